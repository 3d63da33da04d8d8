package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * National reference rates by year, the yardstick for a site's violent crime rate.
 *
 * <p>{@link #bundled()} reads the table shipped with the library, {@code national-rates.csv}: FBI
 * <i>Crime in the United States</i> rates as first published in each year's edition (2016: 386.3,
 * 2017: 382.9, 2018: 368.9, 2019: 366.7 violent crimes per 100,000), each row naming its source.
 * Applications with other years or another edition build their own with {@link #of(Collection)}.
 */
public final class NationalRates {

  /** The bundled table, on the class path beside this class. */
  public static final String BUNDLED_RESOURCE = "national-rates.csv";

  private static final String HEADER = "year,violent_crime_rate,murder_rate,source";

  private final ImmutableSortedMap<Integer, NationalRate> byYear;

  private NationalRates(ImmutableSortedMap<Integer, NationalRate> byYear) {
    this.byYear = byYear;
  }

  /** A table of the given rates; each year at most once. */
  public static NationalRates of(Collection<NationalRate> rates) {
    TreeMap<Integer, NationalRate> byYear = new TreeMap<>();
    for (NationalRate rate : rates) {
      NationalRate earlier = byYear.put(rate.year(), rate);
      checkArgument(earlier == null, "year %s must appear once in the national rates but appears twice", rate.year());
    }
    return new NationalRates(ImmutableSortedMap.copyOfSorted(byYear));
  }

  /** The table bundled with the library (FBI CIUS, 2016–2019). */
  public static NationalRates bundled() {
    return Bundled.RATES;
  }

  /** The rate of {@code year}, if the table has it. */
  public Optional<NationalRate> rate(int year) {
    return Optional.ofNullable(byYear.get(year));
  }

  /** The national violent crime rate per 100,000 of {@code year}, if the table has it. */
  public OptionalDouble violentCrimeRate(int year) {
    NationalRate rate = byYear.get(year);
    return rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate.violentCrimeRate());
  }

  /** Every rate, by year. */
  public ImmutableSortedMap<Integer, NationalRate> byYear() {
    return byYear;
  }

  @Override
  public String toString() {
    return "NationalRates" + byYear.keySet();
  }

  /** Holds the bundled table, read once on first use. */
  private static final class Bundled {
    static final NationalRates RATES = read();

    private static NationalRates read() {
      try (InputStream in = NationalRates.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the bundled " + BUNDLED_RESOURCE + " is missing from the class path");
        }
        return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled " + BUNDLED_RESOURCE, e);
      }
    }

    private static NationalRates parse(BufferedReader reader) throws IOException {
      String header = reader.readLine();
      if (!HEADER.equals(header)) {
        throw new IllegalStateException(BUNDLED_RESOURCE + " must start with '" + HEADER + "' but starts with '" + header + "'");
      }
      List<NationalRate> rates = new ArrayList<>();
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        // year,violent,murder,source: the source is last and may contain commas.
        String[] cells = line.split(",", 4);
        if (cells.length != 4) {
          throw new IllegalStateException(BUNDLED_RESOURCE + ":" + number + ": expected 4 columns: " + line);
        }
        String source = cells[3].startsWith("\"") ? cells[3].substring(1, cells[3].length() - 1) : cells[3];
        rates.add(new NationalRate(Integer.parseInt(cells[0]), Double.parseDouble(cells[1]),
            Double.parseDouble(cells[2]), source));
      }
      return of(rates);
    }
  }
}
