package org.psp.examples.screen;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.psp.model.Problem;
import org.psp.model.Strategy;
import org.psp.model.fbi.CityTable;
import org.psp.model.fbi.FbiFlag;
import org.psp.model.fbi.PspRoster;
import org.psp.model.words.Phrases;
import org.psp.rules.screen.ScreenedCity;

/**
 * What {@code psp screen} found: each table read, with the rows it could not screen, and each city
 * with its years, ranked by the national ratio of its latest year (highest first). A city-year is
 * kept as its figures and verdict only (not the whole advice), so that every city of six tables fits
 * in memory for the ranking.
 *
 * @param tables each table, in the order given
 * @param cities the cities, ranked
 */
public record ScreenResults(List<Table> tables, List<City> cities) {

  /** Copies the lists. */
  public ScreenResults {
    tables = List.copyOf(tables);
    cities = List.copyOf(cities);
  }

  /**
   * A table read.
   *
   * @param file the file
   * @param year its year
   * @param rows how many city rows it has
   * @param skipped its rows that were not screened, each a problem at its row (the problem's line), and
   *     why: malformed, figures left blank, or a city-year screened already from an earlier row or table
   */
  public record Table(Path file, int year, int rows, List<Problem> skipped) {
    /** Copies the list. */
    public Table {
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * One city-year screened.
   *
   * @param state the USPS code
   * @param city the FBI's name
   * @param year the year
   * @param population that year's
   * @param violentCrimeRate per 100,000
   * @param nationalRatio the rate divided by the national rate of the year
   * @param murderRatio the murder rate divided by the national one; empty when the year has none
   * @param eligible whether the policy finds it eligible
   * @param focus where to start
   * @param flags the FBI's flags on the row
   * @param psp the city's PSP cohorts
   * @param file the table
   * @param row the table's row
   * @param thresholds the policy's thresholds in force, which the ratios are printed clear of ({@link
   *     org.psp.model.Advice#thresholds()})
   */
  public record CityYear(String state, String city, int year, int population, double violentCrimeRate,
      double nationalRatio, OptionalDouble murderRatio, boolean eligible, List<Strategy> focus, List<FbiFlag> flags,
      List<PspRoster.Entry> psp, Path file, int row, List<Double> thresholds) {
    /** Copies the lists. */
    public CityYear {
      focus = List.copyOf(focus);
      flags = List.copyOf(flags);
      psp = List.copyOf(psp);
      thresholds = List.copyOf(thresholds);
    }

    /** The national ratio as every writer prints it: two decimals, more where two would round it onto or across a threshold. */
    public String nationalRatioText() {
      return Phrases.ratio(nationalRatio, thresholds);
    }

    /** The murder ratio as {@link #nationalRatioText()} prints the national one; empty when the year has none. */
    public Optional<String> murderRatioText() {
      return murderRatio.isPresent() ? Optional.of(Phrases.ratio(murderRatio.getAsDouble(), thresholds)) : Optional.empty();
    }

    /** The kinds of the flags, each once, in order. */
    public List<FbiFlag.Kind> flagKinds() {
      return flags.stream().map(FbiFlag::kind).distinct().toList();
    }
  }

  /**
   * A city and its years.
   *
   * @param state the USPS code
   * @param city the FBI's name in its latest year (a PSP site's years are one city, whatever the FBI calls
   *     its police in each)
   * @param years its years screened, in year order
   */
  public record City(String state, String city, List<CityYear> years) {
    /** Checks there is a year and copies them. */
    public City {
      checkArgument(!years.isEmpty(), "city %s, %s has no year", city, state);
      years = List.copyOf(years);
    }

    /** Its latest year screened: the one it is ranked by. */
    public CityYear latest() {
      return years.get(years.size() - 1);
    }

    /** Its PSP cohorts (the roster's entries, the same in every year of the tables). */
    public List<PspRoster.Entry> psp() {
      return years.stream().flatMap(y -> y.psp().stream()).distinct().toList();
    }
  }

  /** Every year of every table, in order. */
  public List<Integer> years() {
    return tables.stream().map(Table::year).distinct().sorted().toList();
  }

  /** Collects screened cities table by table, then ranks them. Not thread-safe. */
  public static final class Collector {
    private final List<Table> tables = new ArrayList<>();
    private final Map<String, TreeMap<Integer, CityYear>> byCity = new LinkedHashMap<>();
    private final Map<String, String> screenedFrom = new HashMap<>();
    private List<Pending> pending = new ArrayList<>();
    private List<Problem> skipped = new ArrayList<>();

    /** A city-year screened from the table being read, and the city it counts for. */
    private record Pending(String city, CityYear year) {}

    /** Takes one screened city-year of the table being read; it counts once its table ends. */
    public void add(ScreenedCity screened) {
      var row = screened.row();
      if (screened.advice().isEmpty()) {
        skipped.add(screened.notScreened().orElseThrow());
        return;
      }
      // A PSP site is one city whatever the FBI calls its police in a year (Nashville: three names).
      String city = row.state() + "\u0000" + (screened.psp().isEmpty() ? row.city() : "PSP " + screened.psp().get(0).site());
      var advice = screened.advice().get();
      pending.add(new Pending(city, new CityYear(row.state(), row.city(), row.year(), row.population().getAsInt(),
          advice.violentCrimeRate(), advice.nationalRatio(), advice.murderRatio(), advice.eligible(), screened.focus(),
          row.flags(), screened.psp(), row.file(), row.row(), advice.thresholds())));
    }

    /** Leaves out what the table being read gave so far: it could not be read to its end. */
    public void abandonTable() {
      pending = new ArrayList<>();
      skipped = new ArrayList<>();
    }

    /**
     * Ends the table being read: its cities count (a city-year screened already, from an earlier row or
     * table, is listed as not screened), its rows not screened are listed by row number.
     */
    public void endTable(CityTable table) {
      List<Problem> all = new ArrayList<>(table.skipped());
      all.addAll(skipped);
      for (Pending p : pending) {
        CityYear year = p.year();
        String where = year.file().getFileName() + " row " + year.row();
        String earlier = screenedFrom.putIfAbsent(p.city() + "\u0000" + year.year(), where);
        if (earlier != null) {
          all.add(Problem.inFile(year.file().toString(), year.row(), 0, year.city() + ", " + year.state() + " " + year.year() + ": screened already, "
              + "from " + earlier + " (one evaluation per city and year)"));
        } else {
          byCity.computeIfAbsent(p.city(), k -> new TreeMap<>()).put(year.year(), year);
        }
      }
      all.sort(Comparator.comparingInt(Problem::line));
      tables.add(new Table(table.file(), table.year(), table.rows(), all));
      abandonTable();
    }

    /** The results: the cities ranked by their latest year's national ratio, the first {@code top} of them. */
    public ScreenResults results(int top) {
      Comparator<City> rank = Comparator.comparingDouble((City c) -> c.latest().nationalRatio()).reversed()
          .thenComparing(City::state).thenComparing(City::city);
      List<City> cities = byCity.values().stream()
          .map(years -> new City(years.lastEntry().getValue().state(), years.lastEntry().getValue().city(),
              List.copyOf(years.values())))
          .sorted(rank).limit(top).toList();
      return new ScreenResults(tables, cities);
    }
  }
}
