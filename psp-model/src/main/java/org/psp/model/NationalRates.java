package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.psp.model.text.BoundedText;

/**
 * National reference rates by year, the yardstick for a site's violent crime and murder rates.
 *
 * <p>{@link #bundled()} reads the table shipped with the library, {@code national-2005-2023.csv} (the
 * build copies the project's {@code data/ucr/national-2005-2023.csv}, where its sources are documented): FBI
 * <i>Crime in the United States</i> rates for 2005–2023, as first published where one was read
 * (2016: 386.3, 2017: 382.9, 2018: 368.9, 2019: 366.7 violent crimes per 100,000), 2021 a later
 * estimate (the FBI's transition to NIBRS), each row with its source, basis and note. {@link
 * #read(Path)} reads another table of the same columns; {@link #of(Collection)} builds one in Java.
 */
public final class NationalRates {

  /** The bundled table, on the class path beside this class. */
  public static final String BUNDLED_RESOURCE = "national-2005-2023.csv";

  /** The first line of a table: its columns, in this order. */
  public static final String HEADER = "year,violent_crime_rate,murder_rate,basis,source,note";

  /** The largest table {@link #read(Path)} reads: a row a year is a few hundred bytes. */
  public static final int MAX_BYTES = 1 << 20;

  private static final String[] COLUMNS = HEADER.split(",");

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

  /** The table bundled with the library (FBI CIUS, 2005–2023). */
  public static NationalRates bundled() {
    return Bundled.RATES;
  }

  /**
   * Reads a table in the bundled table's format: a CSV file in UTF-8 whose first line is {@link
   * #HEADER}, then a row a year; {@code murder_rate} and {@code note} may be empty, {@code basis} is
   * "first published" or "later estimate", cells with commas are in double quotes.
   *
   * @throws InvalidValueException naming the file, line and column of every bad cell: nothing is read
   *     from a table with one
   * @throws IOException if the file cannot be read, or is larger than {@link #MAX_BYTES}
   */
  public static NationalRates read(Path file) throws IOException {
    return parse(file.toString(), BoundedText.read(file, new BoundedText.Limit("a national rates table", MAX_BYTES)));
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

  /** Every rate, by year; unmodifiable. */
  public SortedMap<Integer, NationalRate> byYear() {
    return byYear;
  }

  @Override
  public String toString() {
    return "NationalRates" + byYear.keySet();
  }

  /** The table in {@code text}, named {@code name} in problems. */
  static NationalRates parse(String name, String text) {
    List<Problem> problems = new ArrayList<>();
    List<NationalRate> rates = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    if (!lines[0].equals(HEADER)) {
      problems.add(Problem.inFile(name, 1, 1, "the first line must be \"" + HEADER + "\" but was \"" + shortened(lines[0]) + "\""));
    } else {
      Map<Integer, Integer> lineOfYear = new HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int line = i + 1;
        if (!lines[i].isBlank()) {
          row(name, line, lines[i], problems).ifPresent(rate -> {
            Integer first = lineOfYear.putIfAbsent(rate.year(), line);
            if (first != null) {
              problems.add(Problem.inFile(name, line, 1,
                  "year " + rate.year() + " appears twice (first on line " + first + ")").about("year"));
            } else {
              rates.add(rate);
            }
          });
        }
      }
      if (rates.isEmpty() && problems.isEmpty()) {
        problems.add(Problem.inFile(name, 1, 1, "the table has no row"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("national rates table", problems);
    }
    return of(rates);
  }

  /** One row; its problems (each with its column) go to {@code problems}. */
  private static Optional<NationalRate> row(String name, int line, String text, List<Problem> problems) {
    List<CsvLine.Cell> cells = CsvLine.split(text);
    if (cells.size() != COLUMNS.length) {
      problems.add(Problem.inFile(name, line, 1, "expected " + COLUMNS.length + " columns (" + HEADER + ") but found "
          + cells.size()));
      return Optional.empty();
    }
    int before = problems.size();
    Integer year = null;
    try {
      year = Integer.valueOf(cells.get(0).text().strip());
      if (!YearlyStatistics.isYear(year)) {
        problems.add(bad(name, line, cells.get(0), "year", "must be " + YearlyStatistics.YEAR_RANGE));
      }
    } catch (NumberFormatException e) {
      problems.add(bad(name, line, cells.get(0), "year", "must be a whole number"));
    }
    double violent = plausible(name, line, cells.get(1), COLUMNS[1], false, problems).orElse(Double.NaN);
    OptionalDouble murder = plausible(name, line, cells.get(2), COLUMNS[2], true, problems);
    NationalRate.Basis basis = null;
    for (NationalRate.Basis b : NationalRate.Basis.values()) {
      if (b.label().equals(cells.get(3).text().strip())) {
        basis = b;
      }
    }
    if (basis == null) {
      problems.add(bad(name, line, cells.get(3), "basis", "must be \"first published\" or \"later estimate\""));
    }
    if (cells.get(4).text().isBlank()) {
      problems.add(bad(name, line, cells.get(4), "source", "must name where the figures were published"));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new NationalRate(year, violent, murder, basis, cells.get(4).text().strip(), cells.get(5).text().strip()));
  }

  /**
   * A rate within NationalRate's plausible bounds for its column; empty (and, unless {@code
   * blankAllowed}, a problem) when the cell is blank.
   */
  private static OptionalDouble plausible(String name, int line, CsvLine.Cell cell, String column, boolean blankAllowed,
      List<Problem> problems) {
    if (cell.text().isBlank()) {
      if (!blankAllowed) {
        problems.add(bad(name, line, cell, column, "must be given"));
      }
      return OptionalDouble.empty();
    }
    try {
      double value = Double.parseDouble(cell.text().strip());
      boolean murders = column.equals("murder_rate");
      if (murders ? value >= NationalRate.MIN_MURDER_RATE && value <= NationalRate.MAX_MURDER_RATE
          : value >= NationalRate.MIN_VIOLENT_CRIME_RATE && value <= NationalRate.MAX_VIOLENT_CRIME_RATE) {
        return OptionalDouble.of(value);
      }
    } catch (NumberFormatException e) {
      // reported below, as a value out of range is
    }
    problems.add(bad(name, line, cell, column, "must be " + (column.equals("murder_rate") ? NationalRate.MURDER_RANGE
        : NationalRate.VIOLENT_RANGE)));
    return OptionalDouble.empty();
  }

  private static Problem bad(String name, int line, CsvLine.Cell cell, String column, String rule) {
    return Problem.inFile(name, line, cell.column(), column + " " + rule + " but was \"" + shortened(cell.text()) + "\"").about(column);
  }

  private static String shortened(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  /** Holds the bundled table, read once on first use. */
  private static final class Bundled {
    static final NationalRates RATES = read();

    private static NationalRates read() {
      try (InputStream in = NationalRates.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the bundled " + BUNDLED_RESOURCE + " is missing from the class path");
        }
        return parse(BUNDLED_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled " + BUNDLED_RESOURCE, e);
      }
    }
  }
}
