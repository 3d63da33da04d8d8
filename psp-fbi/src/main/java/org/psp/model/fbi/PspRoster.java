package org.psp.model.fbi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.psp.model.SiteKind;
import org.psp.model.Track;
import org.psp.model.fbi.internal.CsvRecords;

/**
 * Every known PSP site, 2014–2024 — the Violence Reduction Network (2014–2016), the PSP pilot and
 * PSP cohorts — one entry per site and cohort, each with its source, and which FBI city rows each is.
 *
 * <p>{@link #bundled()} reads the roster shipped with this library ({@value #ROSTER}, the project's
 * {@code data/roster/psp-roster.csv}, with its sources and cautions in that folder's README) and
 * the FBI's other names for three of its cities ({@value #FBI_NAMES}: Nashville, Louisville,
 * Camden). A city matches a roster entry of kind CITY in the same state whose name is the FBI's
 * name of the city, ignoring case and spacing, or one of those other names in its years; an entry
 * of kind COUNTY is no city row and matches none.
 */
public final class PspRoster {

  /** The bundled roster, a resource beside this class. */
  public static final String ROSTER = "psp-roster.csv";

  /** The bundled list of roster sites the FBI's city tables name otherwise, a resource beside this class. */
  public static final String FBI_NAMES = "fbi-city-names.csv";

  private static final PspRoster BUNDLED = read();

  private final List<Entry> entries;
  private final List<FbiName> fbiNames;

  /**
   * A roster entry: one site in one cohort.
   *
   * @param cohort the year the site was selected
   * @param program {@code VRN} (the Violence Reduction Network, 2014–2016), {@code PSP pilot} or {@code PSP}
   * @param site the site's name, e.g. {@code Kansas City}
   * @param state its two-letter USPS code
   * @param kind CITY or COUNTY
   * @param track OPERATIONS or DIAGNOSTIC where a source states it
   * @param announced when it was announced, as the source dates it ({@code 2017-06-20}, {@code 2018})
   * @param source the public page that names the site in that cohort
   */
  public record Entry(int cohort, String program, String site, String state, SiteKind kind, Optional<Track> track,
      String announced, String source) {
    /** Checks that every value is given. */
    public Entry {
      checkNotNull(program, "program");
      checkNotNull(site, "site");
      checkNotNull(state, "state");
      checkNotNull(kind, "kind");
      checkNotNull(track, "track");
      checkNotNull(announced, "announced");
      checkNotNull(source, "source");
    }
  }

  /** Another name the FBI's tables give a roster city, in some years. */
  private record FbiName(String site, String state, String fbiCity, int from, int to) {}

  private PspRoster(List<Entry> entries, List<FbiName> fbiNames) {
    this.entries = List.copyOf(entries);
    this.fbiNames = List.copyOf(fbiNames);
  }

  /** The roster bundled with the library. */
  public static PspRoster bundled() {
    return BUNDLED;
  }

  /** Every entry, in the roster's order (by cohort). */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The entries of the FBI's city {@code city} of {@code state} in a table of {@code year}: the PSP
   * cohorts it was part of, in order; empty when it was never a PSP site.
   *
   * @param state a two-letter USPS code
   * @param city the FBI's name of the city, without footnote digits
   * @param year the year of the table (the FBI's name for a police department changes over the years)
   */
  public List<Entry> of(String state, String city, int year) {
    String key = key(city);
    List<Entry> found = new ArrayList<>(2);
    for (Entry entry : entries) {
      if (entry.kind() == SiteKind.CITY && entry.state().equals(state) && isNamed(entry, key, year)) {
        found.add(entry);
      }
    }
    return found;
  }

  private boolean isNamed(Entry entry, String city, int year) {
    if (key(entry.site()).equals(city)) {
      return true;
    }
    for (FbiName name : fbiNames) {
      if (name.site().equals(entry.site()) && name.state().equals(entry.state()) && key(name.fbiCity()).equals(city)
          && year >= name.from() && year <= name.to()) {
        return true;
      }
    }
    return false;
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static PspRoster read() {
    List<Entry> entries = new ArrayList<>();
    for (List<String> row : rows(ROSTER, "cohort,program,site,state,kind,track,announced,source,grade")) {
      String track = row.get(5);
      entries.add(new Entry(Integer.parseInt(row.get(0)), row.get(1), row.get(2), row.get(3), SiteKind.valueOf(row.get(4)),
          track.isEmpty() ? Optional.empty() : Optional.of(Track.valueOf(track)), row.get(6), row.get(7)));
    }
    List<FbiName> names = new ArrayList<>();
    for (List<String> row : rows(FBI_NAMES, "site,state,fbi_city,years,note")) {
      String[] years = row.get(3).split("-");
      names.add(new FbiName(row.get(0), row.get(1), row.get(2), Integer.parseInt(years[0]),
          Integer.parseInt(years[years.length - 1])));
    }
    return new PspRoster(entries, names);
  }

  private static List<List<String>> rows(String resource, String header) {
    try (InputStream in = PspRoster.class.getResourceAsStream(resource)) {
      checkNotNull(in, "the bundled %s is not on the class path beside %s", resource, PspRoster.class.getName());
      List<List<String>> rows = CsvRecords.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      checkArgument(!rows.isEmpty() && String.join(",", rows.get(0)).equals(header),
          "the bundled %s must start with the header %s", resource, header);
      int columns = header.split(",").length;
      for (int i = 1; i < rows.size(); i++) {
        checkArgument(rows.get(i).size() == columns, "the bundled %s: line %s has %s fields, not %s", resource, i + 1,
            rows.get(i).size(), columns);
      }
      return rows.subList(1, rows.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + resource, e);
    }
  }
}
