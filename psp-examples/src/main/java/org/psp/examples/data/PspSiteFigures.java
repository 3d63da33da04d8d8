package org.psp.examples.data;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.psp.model.SiteKind;
import org.psp.model.fbi.CityRow;
import org.psp.model.fbi.CityTable;
import org.psp.model.fbi.CityTableException;
import org.psp.model.fbi.CityTableReader;
import org.psp.model.fbi.FbiFlag;
import org.psp.model.fbi.PspRoster;

/**
 * Writes {@code data/fbi/psp-site-figures.csv}: the FBI's figures of every PSP roster city that the
 * city tables in {@code data/fbi/} list, one row per city and year, read from the tables as published.
 * Run by hand from the repository's root, after {@code mvn -B -ntp package -DskipTests}:
 *
 * <pre>java -cp psp-examples/target/psp.jar org.psp.examples.data.PspSiteFigures [DATA-FOLDER]</pre>
 *
 * <p>Columns: {@value #HEADER}. A figure the table leaves blank is left blank (not reported, never
 * zero); {@code flags} are the FBI's footnotes on that row that are flags, as {@code KIND:note}, joined by
 * {@code |}; {@code notes} its other footnotes (arson, population, data left out where only other offences
 * than violent crime are blank), each {@code FBI footnote N: text}, joined by {@code |}; {@code source} is the table's file and row (and the FBI's name of the city when it is not the
 * roster's). A city-year a table does not list gets no row. What could not be matched is printed.
 */
public final class PspSiteFigures {

  /** The columns of the file, in order. */
  public static final String HEADER = "name,state,year,population,murders,rapes,robberies,aggravatedAssaults,flags,notes,source";

  /** The file written, under the data folder. */
  public static final String FILE = "fbi/psp-site-figures.csv";

  /**
   * One roster city's row of one table.
   *
   * @param name the roster's name of the city
   * @param row the table's row
   * @param source the table's file and row
   */
  public record Figures(String name, CityRow row, String source) {}

  private PspSiteFigures() {}

  /**
   * Writes the file from the tables of {@code data/fbi/} (or of the folder given) and prints what it
   * could not match.
   */
  public static void main(String[] args) throws IOException, CityTableException {
    Path data = Path.of(args.length > 0 ? args[0] : "data");
    List<Path> tables = tables(data.resolve("fbi"));
    List<Figures> figures = read(tables, PspRoster.bundled());
    Path out = data.resolve(FILE);
    Files.writeString(out, csv(figures), StandardCharsets.UTF_8);
    System.out.println("Wrote " + out + ": " + figures.size() + " city-years from " + tables.size() + " tables");
    report(figures, tables, PspRoster.bundled(), System.out);
  }

  /** The FBI city tables of {@code folder}: its {@code .xls} files, by name. */
  public static List<Path> tables(Path folder) throws IOException {
    List<Path> tables = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.xls")) {
      files.forEach(tables::add);
    }
    tables.sort(Comparator.naturalOrder());
    return tables;
  }

  /** The rows of the roster's cities in {@code tables}, by city name, state and year. */
  public static List<Figures> read(List<Path> tables, PspRoster roster) throws CityTableException {
    List<Figures> figures = new ArrayList<>();
    CityTableReader reader = new CityTableReader();
    for (Path table : tables) {
      CityTable read = reader.read(table, row -> {
        List<PspRoster.Entry> entries = roster.of(row.state(), row.city(), row.year());
        if (!entries.isEmpty()) {
          String name = entries.get(0).site();
          String source = table.getFileName() + " row " + row.row() + (name.equals(row.city()) ? "" : " (" + row.city() + ")");
          figures.add(new Figures(name, row, source));
        }
      });
      if (!read.skipped().isEmpty()) {
        throw new IllegalStateException(table + ": rows could not be read: " + read.skipped());
      }
    }
    figures.sort(Comparator.comparing(Figures::name).thenComparing(f -> f.row().state())
        .thenComparingInt(f -> f.row().year()));
    return figures;
  }

  /** The file's text: the header, then a line per city-year. */
  public static String csv(List<Figures> figures) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (Figures f : figures) {
      CityRow row = f.row();
      csv.append(String.join(",", quote(f.name()), row.state(), Integer.toString(row.year()), count(row.population()),
          count(row.murders()), count(row.rapes()), count(row.robberies()), count(row.aggravatedAssaults()),
          quote(joined(row.flags().stream().map(FbiFlag::toString).toList())), quote(joined(row.notes())),
          quote(f.source())))
          .append('\n');
    }
    return csv.toString();
  }

  /**
   * Prints the roster entries that match no city row (counties, cities no table lists) and, for the
   * cities matched, the years the tables cover that list them not.
   */
  static void report(List<Figures> figures, List<Path> tables, PspRoster roster, PrintStream out) {
    Map<String, TreeSet<Integer>> years = new LinkedHashMap<>();
    figures.forEach(f -> years.computeIfAbsent(f.name() + ", " + f.row().state(), k -> new TreeSet<>()).add(f.row().year()));
    TreeSet<Integer> all = figures.stream().map(f -> f.row().year()).collect(Collectors.toCollection(TreeSet::new));
    TreeSet<String> done = new TreeSet<>();
    for (PspRoster.Entry entry : roster.entries()) {
      String city = entry.site() + ", " + entry.state();
      if (!done.add(city)) {
        continue;
      }
      if (entry.kind() != SiteKind.CITY) {
        out.println("not matched: " + city + " (" + entry.kind() + ": no city row of the tables)");
      } else if (!years.containsKey(city)) {
        out.println("not matched: " + city + " (no table of " + all + " lists it)");
      } else {
        TreeSet<Integer> absent = new TreeSet<>(all);
        absent.removeAll(years.get(city));
        if (!absent.isEmpty()) {
          out.println("not listed: " + city + " in " + absent);
        }
      }
    }
    figures.stream().filter(f -> !f.row().isComplete()).forEach(f -> out.println("blank in the table: " + f.name() + ", "
        + f.row().state() + " " + f.row().year() + ": " + String.join(", ", f.row().missing())));
  }

  /** The entries joined by {@code |}, which none of them may hold. */
  private static String joined(List<String> entries) {
    for (String entry : entries) {
      if (entry.contains("|")) {
        throw new IllegalStateException("an FBI footnote holds \"|\", which joins the entries of a cell: " + entry);
      }
    }
    return String.join("|", entries);
  }

  private static String count(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
  }

  private static String quote(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
