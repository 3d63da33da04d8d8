package org.psp.model.fbi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.psp.model.Problem;
import org.psp.model.YearlyStatistics;
import org.psp.model.fbi.internal.CsvSheetRows;
import org.psp.model.fbi.internal.SheetException;
import org.psp.model.fbi.internal.SheetRows;
import org.psp.model.fbi.internal.XlsSheetRows;

/**
 * Reads an FBI city table — <i>Offenses Known to Law Enforcement by State by City</i>, as the FBI
 * publishes it in <i>Crime in the United States</i> (Table 8; Table 6 in 2016), an Excel 97 {@code
 * .xls} workbook or a {@code .csv} of the same columns — row by row into {@link CityRow}s.
 *
 * <p>What the FBI writes is read as it means it: the state only on its first city's row; footnote
 * digits glued to state names, city names and headers ({@code NORTH CAROLINA7}, {@code Toledo4,8},
 * {@code Rape1}); the footnotes at the end of the table, turned into {@link FbiFlag}s (or notes) on
 * the rows that carry their digit, a state's on every row of the state — a footnote that says data
 * are not included is about the row's blank cells, so where those are only other offences (arson,
 * property crime) and every violent crime figure is given it is a note, not a flag (Cincinnati 2019's
 * "underreported", Toledo 2014's "did not follow national UCR Program guidelines"); blank cells, which are not
 * reported, never zero; and in 2014–2016 the two rape columns: the revised definition's is read
 * where it is filled, else the legacy one's, and then the row is flagged {@link
 * FbiFlag.Kind#LEGACY_RAPE_DEFINITION} (the FBI's violent crime total counts whichever was reported).
 * Title rows above the header, as the FBI's own downloads have, are passed over.
 *
 * <p>The year is the one given with {@link #year(int)}, else the one the file says: its sheet's name
 * ({@code 16tbl06}), a title row above the header, or else a year in the file's name ({@code
 * cius-2016-table-6.xls}). A year given that the sheet or title contradicts is an error.
 *
 * <p>Reading is streaming and bounded: an {@code .xls} file is read as POI's stream of records
 * (never a whole workbook in memory), a CSV a record at a time, and rows are handed on one at a time.
 * The footnotes come last: an {@code .xls} workbook is read once, its footnotes found among the texts
 * it lists ahead of its cells (and checked against the footnote rows at the end: a footnote that
 * differs there is a {@link CityTableException}); a CSV file is read twice, its footnotes first. A file larger than {@link #maxBytes(long)}
 * (default {@value #DEFAULT_MAX_BYTES} bytes; the FBI's are under 2 MB), a sheet of more rows than a
 * city table has, a zip (an {@code .xlsx} renamed, a zip bomb: never opened), a damaged or cut-short
 * workbook, or a sheet without the table's headers is a {@link CityTableException} naming the file
 * and what is wrong. A malformed row (a figure that is no count, a state the FBI does not list, a row
 * with figures and no city, a row below the footnotes) is reported in {@link CityTable#skipped()} with
 * its row number, and the rest is read.
 *
 * <p>Immutable and thread-safe.
 */
public final class CityTableReader {

  /** The largest file read unless {@link #maxBytes(long)} says otherwise: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  /** How many rows at the top may come before the header (the FBI's title rows). */
  static final int MAX_ROWS_BEFORE_HEADER = 10;

  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private static final Pattern SHEET_YEAR = Pattern.compile("(\\d{2})tbl\\d+", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern FOOTNOTE = Pattern.compile("(\\d{1,3})\\s*(\\S.*)", Pattern.DOTALL);
  /** A name and the footnote digits glued to its end: {@code Toledo10}, {@code Boaz4,8}, {@code IOWA 7}. */
  private static final Pattern DIGITS = Pattern.compile("(.*?\\D)\\s*(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern COUNT = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+(\\.0+)?");

  private final Integer year;
  private final long maxBytes;

  /** A reader that takes the year from each file and reads files of up to {@value #DEFAULT_MAX_BYTES} bytes. */
  public CityTableReader() {
    this(null, DEFAULT_MAX_BYTES);
  }

  private CityTableReader(Integer year, long maxBytes) {
    this.year = year;
    this.maxBytes = maxBytes;
  }

  /** A reader like this one that reads every file as the table of {@code year} (1990–2100). */
  public CityTableReader year(int year) {
    checkArgument(YearlyStatistics.isYear(year), "year must be %s but was %s", YearlyStatistics.YEAR_RANGE, year);
    return new CityTableReader(year, maxBytes);
  }

  /** A reader like this one that refuses files larger than {@code maxBytes}. */
  public CityTableReader maxBytes(long maxBytes) {
    checkArgument(maxBytes > 0, "maxBytes must be > 0 but was %s", maxBytes);
    return new CityTableReader(year, maxBytes);
  }

  /**
   * Reads {@code file}, handing each city row to {@code rows} in the table's order (rows with blank
   * figures too: see {@link CityRow#missing()}); malformed rows are not handed on but listed in the
   * result's {@link CityTable#skipped()}.
   *
   * @return what the table holds besides its rows
   * @throws CityTableException when the file cannot be read as a city table, naming it and why
   */
  public CityTable read(Path file, Consumer<? super CityRow> rows) throws CityTableException {
    checkNotNull(rows, "rows");
    SheetRows sheet = open(file);
    // The footnotes end the table, but the rows that carry their digits come first. An .xls workbook
    // lists its texts, the footnotes' among them, ahead of the sheet's cells: one reading finds the
    // footnotes there and reads the rows, and at the end checks them against the footnotes' rows. A
    // CSV file, or a workbook whose texts leave a footnote in doubt, is read twice: its footnotes first.
    try {
      TableReader table = new TableReader(sheet, sheet.listsTextsAhead() ? null : footnotes(sheet), rows);
      sheet.read(table);
      if (table.footnotesInDoubt()) {
        table = new TableReader(sheet, footnotes(sheet), rows);
        sheet.read(table);
      }
      return table.end();
    } catch (SheetException e) {
      throw new CityTableException(e.file(), e.problem(), e.getCause());
    }
  }

  /** The footnotes of {@code sheet}, read to its end: its footnote rows below the header. */
  private static Map<Integer, Footnote> footnotes(SheetRows sheet) throws SheetException {
    Map<Integer, Footnote> footnotes = new LinkedHashMap<>();
    boolean[] header = {false};
    sheet.<RuntimeException>read((row, cells) -> {
      if (!header[0]) {
        header[0] = isHeader(cells);
      } else {
        footnote(cells).ifPresent(f -> footnotes.putIfAbsent(f.number(), f));
      }
    });
    return footnotes;
  }

  /**
   * Reads {@code file} whole: its rows in a list, for small tables and tests; {@link #read(Path,
   * Consumer)} streams them.
   */
  public Table readAll(Path file) throws CityTableException {
    List<CityRow> rows = new ArrayList<>();
    CityTable table = read(file, rows::add);
    return new Table(table, rows);
  }

  /**
   * A table read whole.
   *
   * @param table what the table holds besides its rows
   * @param rows its city rows, in order
   */
  public record Table(CityTable table, List<CityRow> rows) {
    /** Copies the rows. */
    public Table {
      rows = List.copyOf(rows);
    }
  }

  private SheetRows open(Path file) throws CityTableException {
    byte[] start = new byte[8];
    int read;
    try {
      if (Files.isDirectory(file)) {
        throw new CityTableException(file, "a folder, not a file");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new CityTableException(file, "the file has " + size + " bytes, more than the " + maxBytes
            + " read at most; the FBI's city tables have under 2 MB");
      }
      try (InputStream in = Files.newInputStream(file)) {
        read = in.readNBytes(start, 0, start.length);
      }
    } catch (NoSuchFileException e) {
      throw new CityTableException(file, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new CityTableException(file, "cannot read it: permission denied", e);
    } catch (IOException e) {
      throw new CityTableException(file, "cannot read it: " + e.getMessage(), e);
    }
    if (read == 0) {
      throw new CityTableException(file, "the file is empty");
    }
    if (read == OLE2.length && Arrays.equals(start, OLE2)) {
      return new XlsSheetRows(file);
    }
    if (read >= 2 && start[0] == 'P' && start[1] == 'K') {
      throw new CityTableException(file, "a zip file (an Excel 2007+ .xlsx workbook, or another zip), which is not read: "
          + "give the table as the FBI publishes it, an Excel 97 .xls workbook, or as CSV");
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return new CsvSheetRows(file);
    }
    throw new CityTableException(file, "neither an Excel 97 .xls workbook (it does not start as one) nor a .csv file");
  }

  private int year(SheetRows sheet, Integer titleYear) throws CityTableException {
    Optional<Integer> sheetYear = sheet.sheetName().map(SHEET_YEAR::matcher).filter(Matcher::matches)
        .map(m -> 2000 + Integer.parseInt(m.group(1)));
    Optional<Integer> content = sheetYear.or(() -> Optional.ofNullable(titleYear));
    String where = sheetYear.isPresent() ? "its sheet " + sheet.sheetName().get() : "its title";
    if (year != null) {
      if (content.isPresent() && !content.get().equals(year)) {
        throw new CityTableException(sheet.file(), "it is the table of " + content.get() + " (" + where + " says so), not of "
            + year + " as given");
      }
      return year;
    }
    if (content.isPresent()) {
      return content.get();
    }
    String name = sheet.file().getFileName() == null ? "" : sheet.file().getFileName().toString();
    TreeSet<Integer> named = YEAR.matcher(name).results().map(m -> Integer.parseInt(m.group(1)))
        .collect(Collectors.toCollection(TreeSet::new));
    if (named.size() == 1) {
      return named.first();
    }
    throw new CityTableException(sheet.file(), "no year in its sheet, title or name" + (named.size() > 1 ? " (its name "
        + "gives " + named + ")" : "") + ": say which year it is (psp screen --year YYYY)");
  }

  /** The columns of a city table, by their header without footnote digits, spacing or case. */
  enum Column {
    STATE("state", "State"),
    CITY("city", "City"),
    POPULATION("population", "Population"),
    VIOLENT_CRIME("violent crime", "Violent crime"),
    MURDERS("murder and nonnegligent manslaughter", "Murder and nonnegligent manslaughter"),
    RAPES("rape", "Rape"),
    RAPES_REVISED("rape (revised definition)", "Rape (revised definition)"),
    RAPES_LEGACY("rape (legacy definition)", "Rape (legacy definition)"),
    ROBBERIES("robbery", "Robbery"),
    AGGRAVATED_ASSAULTS("aggravated assault", "Aggravated assault"),
    PROPERTY_CRIME("property crime", "Property crime"),
    BURGLARY("burglary", "Burglary"),
    LARCENY_THEFT("larceny-theft", "Larceny-theft"),
    MOTOR_VEHICLE_THEFT("motor vehicle theft", "Motor vehicle theft"),
    ARSON("arson", "Arson");

    private final String key;
    private final String header;

    Column(String key, String header) {
      this.key = key;
      this.header = header;
    }

    static Optional<Column> of(String header) {
      String key = withoutDigits(header).name().replaceAll("\\s+", " ").replace("- ", "-").toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    /** The columns of the figures a row is read for. */
    static final List<Column> FIGURES = List.of(POPULATION, VIOLENT_CRIME, MURDERS, RAPES, RAPES_REVISED, RAPES_LEGACY,
        ROBBERIES, AGGRAVATED_ASSAULTS);

    /** The columns every table has (a table has one rape column, or the revised and legacy ones). */
    static final List<Column> REQUIRED = List.of(STATE, CITY, POPULATION, VIOLENT_CRIME, MURDERS, ROBBERIES,
        AGGRAVATED_ASSAULTS);

    /** The offences besides violent crime that a table may give: a site reads none of them. */
    static final List<Column> OTHER_OFFENCES = List.of(PROPERTY_CRIME, BURGLARY, LARCENY_THEFT, MOTOR_VEHICLE_THEFT, ARSON);
  }

  /** A footnote row: a footnote in the first cell, every other cell blank. */
  private static Optional<Footnote> footnote(String[] cells) {
    for (int i = 1; i < cells.length; i++) {
      if (!cells[i].isBlank()) {
        return Optional.empty();
      }
    }
    return footnote(cells[0]);
  }

  /** A footnote's text: its number, then words. */
  private static Optional<Footnote> footnote(String text) {
    Matcher m = FOOTNOTE.matcher(text.strip());
    if (!m.matches() || !Character.isLetter(m.group(2).charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(new Footnote(Integer.parseInt(m.group(1)), m.group(2).strip().replaceAll("\\s+", " ")));
  }

  /** A name without the footnote digits glued to its end, and those footnotes' numbers. */
  record Named(String name, List<Integer> footnotes) {}

  static Named withoutDigits(String text) {
    String name = SPACES.matcher(text.replace('\u00a0', ' ').strip()).replaceAll(" ");
    Matcher m = DIGITS.matcher(name);
    if (!m.matches()) {
      return new Named(name, List.of());
    }
    List<Integer> numbers = Arrays.stream(m.group(2).split(",")).map(String::strip).map(Integer::valueOf).toList();
    return new Named(m.group(1).strip(), numbers);
  }

  private static String clip(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "..." : text;
  }

  /** Whether {@code cells} are the table's header: State in the first cell, more cells after it. */
  private static boolean isHeader(String[] cells) {
    return cells.length > 1 && Column.of(cells[0]).orElse(null) == Column.STATE;
  }

  /**
   * The reading of a table: the title rows and the header, then every row below it becomes a city, a
   * footnote or a skipped row. A city's footnote digits are looked up among the footnotes known before
   * its row (read first, or found among the workbook's texts); {@link #end()} checks those against the
   * footnotes the table ends with.
   */
  private final class TableReader implements SheetRows.Visitor<CityTableException> {
    private final SheetRows sheet;
    private final Path file;
    private final Consumer<? super CityRow> rows;
    /** The footnotes known ahead of the rows; null until the workbook's texts or the header are seen. */
    private Map<Integer, Footnote> known;
    /** The footnote rows read, below the header. */
    private final Map<Integer, Footnote> footnotes = new LinkedHashMap<>();
    /** The numbers of the footnotes that the rows handed on carry. */
    private final Set<Integer> used = new TreeSet<>();
    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private final List<Problem> skipped = new ArrayList<>();
    private boolean inDoubt;
    private int headerRow = -1;
    private int rowsSeen;
    private Integer titleYear;
    private String firstRow;
    private int year;
    private int cityRows;
    private boolean inFootnotes;
    private Named state;
    private String stateCode;

    TableReader(SheetRows sheet, Map<Integer, Footnote> known, Consumer<? super CityRow> rows) {
      this.sheet = sheet;
      this.file = sheet.file();
      this.known = known;
      this.rows = rows;
    }

    /**
     * The workbook's texts: the footnotes among them are known before the rows, unless two texts give
     * one number, or the workbook has none (its cells would hold their own): then the table is read
     * twice.
     */
    @Override
    public boolean texts(List<String> texts) {
      if (known != null) {
        return true;
      }
      Map<Integer, Footnote> found = new HashMap<>();
      for (String text : texts) {
        Optional<Footnote> footnote = footnote(text);
        if (footnote.isPresent()) {
          Footnote earlier = found.putIfAbsent(footnote.get().number(), footnote.get());
          if (earlier != null && !earlier.equals(footnote.get())) {
            inDoubt = true;
            return false;
          }
        }
      }
      inDoubt = texts.isEmpty();
      known = found;
      return !inDoubt;
    }

    /** Whether the reading stopped before the rows, the footnotes being in doubt: read them first. */
    boolean footnotesInDoubt() {
      return inDoubt;
    }

    @Override
    public void row(int row, String[] cells) throws CityTableException {
      if (headerRow < 0) {
        aboveTheRows(row, cells);
      } else {
        city(row, cells);
      }
    }

    /** A title row, or the header. */
    private void aboveTheRows(int row, String[] cells) throws CityTableException {
      rowsSeen++;
      if (firstRow == null) {
        firstRow = Arrays.stream(cells).map(c -> c.strip().replaceAll("\\s+", " ")).filter(c -> !c.isEmpty())
            .limit(6).collect(Collectors.joining(" | "));
      }
      if (isHeader(cells)) {
        header(row, cells);
      } else if (rowsSeen >= MAX_ROWS_BEFORE_HEADER) {
        throw noHeader();
      } else if (titleYear == null) {
        Matcher found = YEAR.matcher(String.join(" ", cells));
        if (found.find()) {
          titleYear = Integer.parseInt(found.group(1));
        }
      }
    }

    private void header(int row, String[] cells) throws CityTableException {
      List<String> unknown = new ArrayList<>();
      for (int i = 0; i < cells.length; i++) {
        if (cells[i].isBlank()) {
          continue;
        }
        Optional<Column> column = Column.of(cells[i]);
        if (column.isEmpty()) {
          unknown.add("\"" + cells[i].strip().replaceAll("\\s+", " ") + "\"");
        } else if (columns.putIfAbsent(column.get(), i) != null) {
          throw new CityTableException(file, where() + "row " + row + ": the column " + column.get().header
              + " appears twice");
        }
      }
      if (!unknown.isEmpty()) {
        throw new CityTableException(file, where() + "row " + row + ": " + String.join(", ", unknown)
            + (unknown.size() == 1 ? " is no column" : " are no columns") + " of an FBI city table; its columns are "
            + Arrays.stream(Column.values()).map(c -> c.header).collect(Collectors.joining(", ")));
      }
      headerRow = row;
      List<String> missing = new ArrayList<>();
      for (Column column : Column.REQUIRED) {
        if (!columns.containsKey(column)) {
          missing.add(column.header);
        }
      }
      if (!columns.containsKey(Column.RAPES) && !columns.containsKey(Column.RAPES_REVISED)
          && !columns.containsKey(Column.RAPES_LEGACY)) {
        missing.add("Rape (or Rape (revised definition) and Rape (legacy definition))");
      }
      if (!missing.isEmpty()) {
        throw new CityTableException(file, where() + "row " + headerRow + ", the header, lacks the column"
            + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
      }
      year = year(sheet, titleYear);
      if (known == null) {
        known = Map.of();   // no texts ahead of the rows and none read first: no footnote is known
      }
    }

    /** A row below the header: a city, a footnote or a skipped row. */
    private void city(int row, String[] cells) {
      Optional<Footnote> footnote = footnote(cells);
      if (footnote.isPresent()) {
        footnotes.putIfAbsent(footnote.get().number(), footnote.get());
        inFootnotes = true;
        return;
      }
      String stateCell = cell(cells, Column.STATE);
      String cityCell = cell(cells, Column.CITY);
      boolean figures = false;
      for (Column column : columns.keySet()) {
        if (column != Column.STATE && column != Column.CITY && !cell(cells, column).isEmpty()) {
          figures = true;
          break;
        }
      }
      if (inFootnotes) {
        if (!cityCell.isEmpty() || figures) {
          cityRows++;
          skipped.add(Problem.inFile(file.toString(), row, 0, "a row below the footnotes, which end the table: "
              + clip(String.join(" | ", cells).strip())));
        }
        return;
      }
      if (!stateCell.isEmpty()) {
        state = withoutDigits(stateCell);
        stateCode = UsStates.code(state.name()).orElse(null);
      }
      if (cityCell.isEmpty()) {
        if (figures) {
          cityRows++;
          skipped.add(Problem.inFile(file.toString(), row, 0, "figures without a city name"));
        }
        return;   // a state's row without a city (the FBI lists no city of it): its footnote is on the state
      }
      cityRows++;
      Named city = withoutDigits(cityCell);
      if (state == null) {
        skipped.add(Problem.inFile(file.toString(), row, 0, city.name() + ": no state above it (the state is written on its first city's row)"));
        return;
      }
      if (stateCode == null) {
        skipped.add(Problem.inFile(file.toString(), row, 0, city.name() + ": the state \"" + state.name() + "\" is no U.S. state or territory"));
        return;
      }
      List<String> problems = new ArrayList<>();
      Map<Column, OptionalInt> counts = new EnumMap<>(Column.class);
      for (Column column : Column.FIGURES) {
        if (columns.containsKey(column)) {
          counts.put(column, count(cell(cells, column), column, problems));
        }
      }
      if (!problems.isEmpty()) {
        skipped.add(Problem.inFile(file.toString(), row, 0, city.name() + ", " + stateCode + ": " + String.join("; ", problems)));
        return;
      }
      List<FbiFlag> flags = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      List<Column> leftOut = violentFiguresGiven(counts) ? blankOffences(cells) : List.of();
      apply(state.footnotes(), " (on " + state.name() + ")", leftOut, flags, notes);
      apply(city.footnotes(), "", leftOut, flags, notes);
      OptionalInt rapes = rapes(counts, flags, notes);
      rows.accept(new CityRow(file, row, year, stateCode, state.name(), city.name(),
          counts.get(Column.POPULATION), counts.get(Column.VIOLENT_CRIME), counts.get(Column.MURDERS), rapes,
          counts.get(Column.ROBBERIES), counts.get(Column.AGGRAVATED_ASSAULTS), dedupe(flags), notes));
    }

    /**
     * What the table holds besides its rows, once read to its end; checks that every footnote the rows
     * were handed on with is the one the table ends with.
     */
    CityTable end() throws CityTableException {
      if (headerRow < 0) {
        throw noHeader();
      }
      for (int number : used) {
        Footnote before = known.get(number);
        Footnote after = footnotes.get(number);
        if (!Objects.equals(before, after)) {
          throw new CityTableException(file, where() + "footnote " + number + " at the end of the table "
              + (after == null ? "is missing" : "reads \"" + clip(after.text()) + "\"") + ", but the workbook's texts, "
              + "read before its rows, gave " + (before == null ? "none" : "\"" + clip(before.text()) + "\"")
              + ", and the rows that carry it were read with that: save the sheet as CSV and read that");
        }
      }
      return new CityTable(file, year, sheet.sheetName(), cityRows, skipped, List.copyOf(footnotes.values()));
    }

    /** The revised definition's count where the table gives it, else the legacy one's, flagged. */
    private static OptionalInt rapes(Map<Column, OptionalInt> counts, List<FbiFlag> flags, List<String> notes) {
      if (counts.containsKey(Column.RAPES)) {
        return counts.get(Column.RAPES);
      }
      OptionalInt revised = counts.getOrDefault(Column.RAPES_REVISED, OptionalInt.empty());
      OptionalInt legacy = counts.getOrDefault(Column.RAPES_LEGACY, OptionalInt.empty());
      if (revised.isPresent()) {
        if (legacy.isPresent()) {
          notes.add("the table gives rape under both definitions (revised " + revised.getAsInt() + ", legacy "
              + legacy.getAsInt() + "): the revised count is used");
        }
        return revised;
      }
      if (legacy.isPresent()) {
        flags.add(new FbiFlag(FbiFlag.Kind.LEGACY_RAPE_DEFINITION, "rape counted under the legacy UCR definition: "
            + "the table's revised-definition column is blank and its legacy-definition column gives "
            + legacy.getAsInt()));
      }
      return legacy;
    }

    /**
     * Each footnote of {@code numbers} as a flag or a note. A footnote that says data are left out of the
     * table is about the cells the row leaves blank: when those are only other offences ({@code leftOut},
     * given only when every violent crime figure is filled), it is a note that says so, not a flag.
     */
    private void apply(List<Integer> numbers, String on, List<Column> leftOut, List<FbiFlag> flags, List<String> notes) {
      for (int number : numbers) {
        used.add(number);
        Footnote footnote = known.get(number);
        if (footnote == null) {
          notes.add("FBI footnote " + number + on + ", which the table does not give");
          continue;
        }
        Optional<FbiFlag.Kind> kind = footnote.kind();
        if (kind.isPresent() && footnote.saysDataAreLeftOut() && !leftOut.isEmpty()) {
          notes.add(footnote + on + " (no flag here: the row gives every violent crime figure and leaves "
              + headers(leftOut) + " blank)");
        } else if (kind.isPresent()) {
          flags.add(new FbiFlag(kind.get(), footnote + on));
        } else {
          notes.add(footnote + on);
        }
      }
    }

    /** Whether the row gives violent crime and each of its offences (a rape count in either column). */
    private static boolean violentFiguresGiven(Map<Column, OptionalInt> counts) {
      boolean rapes = Stream.of(Column.RAPES, Column.RAPES_REVISED, Column.RAPES_LEGACY)
          .anyMatch(c -> counts.getOrDefault(c, OptionalInt.empty()).isPresent());
      return rapes && Stream.of(Column.VIOLENT_CRIME, Column.MURDERS, Column.ROBBERIES, Column.AGGRAVATED_ASSAULTS)
          .allMatch(c -> counts.getOrDefault(c, OptionalInt.empty()).isPresent());
    }

    /** The columns of other offences (property crime and its kinds, arson) that the table has and the row leaves blank. */
    private List<Column> blankOffences(String[] cells) {
      return Column.OTHER_OFFENCES.stream().filter(c -> columns.containsKey(c) && cell(cells, c).isEmpty()).toList();
    }

    /** "property crime, larceny-theft and arson". */
    private static String headers(List<Column> columns) {
      List<String> words = columns.stream().map(c -> c.header.toLowerCase(Locale.ROOT)).toList();
      return words.size() == 1 ? words.get(0)
          : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static List<FbiFlag> dedupe(List<FbiFlag> flags) {
      return flags.stream().distinct().toList();
    }

    private String cell(String[] cells, Column column) {
      Integer index = columns.get(column);
      return index == null || index >= cells.length ? "" : cells[index].replace('\u00a0', ' ').strip();
    }

    private CityTableException noHeader() {
      return new CityTableException(file, where() + "not an FBI city table: no row of its first "
          + MAX_ROWS_BEFORE_HEADER + " is the header (State, City, Population, Violent crime, ...)"
          + (firstRow == null ? "; the sheet is empty" : "; its first row reads: " + clip(firstRow)));
    }

    private String where() {
      return sheet.sheetName().map(name -> "sheet \"" + name + "\": ").orElse("");
    }

    private static OptionalInt count(String text, Column column, List<String> problems) {
      if (text.isEmpty()) {
        return OptionalInt.empty();
      }
      if (!COUNT.matcher(text).matches()) {
        problems.add(column.header + " is \"" + clip(text) + "\", not a count");
        return OptionalInt.empty();
      }
      String digits = text.replace(",", "");
      int dot = digits.indexOf('.');
      if (dot >= 0) {
        digits = digits.substring(0, dot);
      }
      try {
        return OptionalInt.of(Integer.parseInt(digits));
      } catch (NumberFormatException e) {
        problems.add(column.header + " is " + clip(text) + ", too large for a count");
        return OptionalInt.empty();
      }
    }
  }
}
