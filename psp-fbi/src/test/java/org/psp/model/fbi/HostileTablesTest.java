package org.psp.model.fbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.Problem;

/**
 * Files that are no FBI city table, or damaged ones: each is a {@link CityTableException} whose
 * message starts with the file and says what is wrong, never another exception or an unbounded read;
 * a malformed row is reported with its number and the rest is read.
 */
class HostileTablesTest {
  private static final List<String> HEADER = List.of("State", "City", "Population", "Violent\ncrime",
      "Murder and\nnonnegligent\nmanslaughter", "Rape1", "Robbery", "Aggravated\nassault", "Property\ncrime", "Burglary",
      "Larceny-\ntheft", "Motor\nvehicle\ntheft", "Arson2");

  @TempDir Path dir;
  private final CityTableReader reader = new CityTableReader();

  private void fails(Path file, String problem) {
    assertThatThrownBy(() -> reader.read(file, row -> { }))
        .isInstanceOf(CityTableException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((CityTableException) e).file()).isEqualTo(file));
  }

  /** A workbook of {@code sheets}, each a name and its rows of cells (a Number or text; null for none). */
  private Path workbook(String name, Object[]... sheets) throws IOException {
    Path file = dir.resolve(name);
    try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      for (Object[] sheet : sheets) {
        Sheet made = workbook.createSheet((String) sheet[0]);
        for (int r = 1; r < sheet.length; r++) {
          Row row = made.createRow(r - 1);
          Object[] cells = (Object[]) sheet[r];
          for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number n) {
              row.createCell(c).setCellValue(n.doubleValue());
            } else if (cells[c] != null) {
              row.createCell(c).setCellValue(cells[c].toString());
            }
          }
        }
      }
      workbook.write(out);
    }
    return file;
  }

  private static Object[] header() {
    return HEADER.toArray();
  }

  private static Object[] city(String state, String city, Object... figures) {
    Object[] row = new Object[2 + figures.length];
    row[0] = state;
    row[1] = city;
    System.arraycopy(figures, 0, row, 2, figures.length);
    return row;
  }

  private Path smallTable(Object[]... more) throws IOException {
    Object[][] rows = new Object[3 + more.length][];
    rows[0] = "19tbl08".split(",");   // the sheet's name in front
    rows[1] = header();
    rows[2] = city("TENNESSEE", "Memphis", 651932, 15310, 234, 554, 3306, 11216);
    System.arraycopy(more, 0, rows, 3, more.length);
    Object[] sheet = new Object[rows.length];
    sheet[0] = "19tbl08";
    System.arraycopy(rows, 1, sheet, 1, rows.length - 1);
    return workbook("table.xls", sheet);
  }

  @Test
  void aSmallWellFormedTableIsRead() throws Exception {
    CityTableReader.Table table = reader.readAll(smallTable());
    assertThat(table.rows()).singleElement().satisfies(r -> {
      assertThat(r.city()).isEqualTo("Memphis");
      assertThat(r.state()).isEqualTo("TN");
      assertThat(r.row()).isEqualTo(2);
    });
    assertThat(table.table().year()).isEqualTo(2019);
  }

  @Test
  void aZipBombIsNeverOpened() throws IOException {
    Path bomb = dir.resolve("cius-2019-table-8.xls");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);   // 64 MiB that pack into a few hundred KiB
      }
      zip.closeEntry();
    }
    assertThat(Files.size(bomb)).isLessThan(1 << 20);
    fails(bomb, "a zip file (an Excel 2007+ .xlsx workbook, or another zip), which is not read");
  }

  @Test
  void anXlsxRenamedXlsIsNamedForWhatItIs() throws IOException {
    Path renamed = dir.resolve("table.xls");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(renamed))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    fails(renamed, "give the table as the FBI publishes it, an Excel 97 .xls workbook, or as CSV");
  }

  @Test
  void aTruncatedWorkbookIsAnError() throws IOException {
    Path whole = CityTableReaderTest.excerpt(2019);
    byte[] bytes = Files.readAllBytes(whole);
    for (int cut : new int[] {512, 4096, bytes.length / 2, bytes.length - 700}) {
      Path truncated = dir.resolve("truncated-" + cut + ".xls");
      Files.write(truncated, Arrays.copyOf(bytes, cut));
      fails(truncated, "not a readable Excel 97 workbook (.xls)");
    }
  }

  @Test
  void garbageAfterTheWorkbooksSignatureIsAnError() throws IOException {
    byte[] bytes = new byte[8192];
    new java.util.Random(7).nextBytes(bytes);
    System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
        0, bytes, 0, 8);
    Path garbage = Files.write(dir.resolve("garbage.xls"), bytes);
    fails(garbage, "not a readable Excel 97 workbook (.xls)");
  }

  @Test
  void aWebPageSavedAsXlsIsNoWorkbook() throws IOException {
    Path html = Files.writeString(dir.resolve("table.xls"), "<html><body><table><tr><td>State</td></tr></table></body></html>");
    fails(html, "neither an Excel 97 .xls workbook (it does not start as one) nor a .csv file");
  }

  @Test
  void missingEmptyFolderAndTooLargeAreErrors() throws IOException {
    fails(dir.resolve("none.xls"), "no such file");
    fails(Files.createFile(dir.resolve("empty.xls")), "the file is empty");
    fails(Files.createDirectory(dir.resolve("folder.xls")), "a folder, not a file");
    Path table = smallTable();
    assertThatThrownBy(() -> reader.maxBytes(1000).read(table, row -> { })).isInstanceOf(CityTableException.class)
        .hasMessageContaining("more than the 1000 read at most; the FBI's city tables have under 2 MB");
  }

  @Test
  void aWorkbookWhoseFirstSheetIsNotTheTableNamesTheSheet() throws IOException {
    Path file = workbook("notes.xls", new Object[] {"Notes", new Object[] {"About these data"}, new Object[] {"See below"}},
        new Object[] {"19tbl08", header()});
    fails(file, "sheet \"Notes\": not an FBI city table: no row of its first 10 is the header (State, City, Population, "
        + "Violent crime, ...); its first row reads: About these data");
  }

  @Test
  void aHeaderOfOtherColumnsIsNamed() throws IOException {
    Object[] header = header();
    header[4] = "Homicide";
    fails(workbook("t.xls", new Object[] {"19tbl08", header}), "sheet \"19tbl08\": row 1: \"Homicide\" is no column of an "
        + "FBI city table; its columns are State, City, Population");
    Object[] lacking = Arrays.copyOf(header(), 4);
    fails(workbook("u.xls", new Object[] {"19tbl08", lacking}), "row 1, the header, lacks the columns Murder and "
        + "nonnegligent manslaughter, Robbery, Aggravated assault, Rape (or Rape (revised definition) and Rape (legacy definition))");
  }

  @Test
  void aTableWithoutAYearAnywhereAsksForOne() throws IOException {
    Path file = workbook("city-table.xls", new Object[] {"Sheet1", header(), city("TENNESSEE", "Memphis", 1, 1, 0, 0, 1, 0)});
    fails(file, "no year in its sheet, title or name: say which year it is (psp screen --year YYYY)");
    Object[] title = {"Table 8", new Object[] {"Offenses Known to Law Enforcement"}, new Object[] {"by State by City, 2016"},
        header(), city("TENNESSEE", "Memphis", 1, 1, 0, 0, 1, 0)};
    title[0] = "Sheet1";
    assertThat(assertDoesNotThrow(workbook("titled.xls", title)).table().year()).isEqualTo(2016);
  }

  private CityTableReader.Table assertDoesNotThrow(Path file) {
    try {
      return reader.readAll(file);
    } catch (CityTableException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  @Test
  void aMalformedRowIsReportedWithItsNumberAndTheRestIsRead() throws Exception {
    Path file = smallTable(
        city(null, "Nashville", 692587, 7433, "eighty", 497, 1939, 4910),
        city(null, "Knoxville", 188085, 1491, 25, 103, 264, -5),
        city(null, "Chattanooga", 181370, 1776, 31, 105, 295, 1345),
        city("ATLANTIS", "Poseidonia", 100, 1, 0, 0, 1, 0),
        city(null, null, 100, 1, 0, 0, 1, 0),
        new Object[] {"1 The figures shown in this column for the offense of rape were reported using only the revised "
            + "Uniform Crime Reporting (UCR) definition of rape."},
        city(null, "Afterwards", 100, 1, 0, 0, 1, 0));
    CityTableReader.Table table = reader.readAll(file);
    assertThat(table.rows()).extracting(CityRow::city).containsExactly("Memphis", "Chattanooga");
    assertThat(table.table().rows()).isEqualTo(7);
    assertThat(table.table().skipped()).extracting(Problem::toString).containsExactly(
        file + ":3: Nashville, TN: Murder and nonnegligent manslaughter is \"eighty\", not a count",
        file + ":4: Knoxville, TN: Aggravated assault is \"-5\", not a count",
        file + ":6: Poseidonia: the state \"ATLANTIS\" is no U.S. state or territory",
        file + ":7: figures without a city name",
        file + ":9: a row below the footnotes, which end the table: | Afterwards | 100 | 1 | 0 | 0 | 1 | 0");
  }

  @Test
  void aCsvThatIsNotUtf8OrCutInAQuotedFieldIsAnError() throws IOException {
    Path latin1 = Files.write(dir.resolve("table-2019.csv"), "State,City\nTENNESSEE,Lebanon\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    fails(latin1, "not UTF-8 text: save the CSV as UTF-8");
    Path cut = Files.writeString(dir.resolve("cut-2019.csv"), String.join(",", HEADER.stream()
        .map(h -> "\"" + h + "\"").toList()) + "\nTENNESSEE,\"Memphis");   // the header spans lines 1-9
    fails(cut, "line 10: a quoted field is not closed before the end of the file (a truncated file?)");
  }

  @Test
  void aSheetOfEndlessRowsStopsAtTheBound() throws IOException {
    StringBuilder csv = new StringBuilder(String.join(",", HEADER.stream().map(h -> "\"" + h + "\"").toList())).append('\n');
    for (int i = 0; i <= 200_000; i++) {
      csv.append(",x\n");
    }
    Path endless = Files.writeString(dir.resolve("endless-2019.csv"), csv);
    fails(endless, "the file has more than 200000 rows; an FBI city table has under 10,000");
  }

  private static final String UNDERREPORTED = "3 The FBI determined that the agency's data were underreported.";

  @Test
  void footnotesTakenFromTheWorkbooksTextsAheadOfItsRowsAreTheOnesItEndsWith() throws Exception {
    // A town whose name reads as footnote 3 too: two texts give footnote 3, so the table is read twice.
    Path file = smallTable(city(null, "Toledo3", 1000, 5, 0, 1, 2, 2), city(null, "3 Rivers", 1000, 5, 0, 1, 2, 2),
        new Object[] {UNDERREPORTED});
    CityTableReader.Table table = reader.readAll(file);
    assertThat(table.rows()).extracting(CityRow::city).containsExactly("Memphis", "Toledo", "3 Rivers");
    assertThat(table.rows().get(1).flags()).extracting(FbiFlag::kind).containsExactly(FbiFlag.Kind.UNDERREPORTED);
    assertThat(table.table().footnotes()).extracting(Footnote::number).containsExactly(3);
  }

  @Test
  void aFootnoteThatDiffersAtTheEndFromTheWorkbooksTextsIsAnError() throws Exception {
    // The only text that reads as footnote 3 is a town's name, and the table gives no footnote 3.
    Path named = smallTable(city(null, "Toledo3", 1000, 5, 0, 1, 2, 2), city(null, "3 Rivers", 1000, 5, 0, 1, 2, 2));
    fails(named, "sheet \"19tbl08\": footnote 3 at the end of the table is missing, but the workbook's texts, read "
        + "before its rows, gave \"Rivers\", and the rows that carry it were read with that: save the sheet as CSV");
    // Footnote 3 written as a formula: its text is the formula's result, not among the workbook's texts.
    Path file = dir.resolve("formula.xls");
    try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("19tbl08");
      Object[][] rows = {header(), city("OHIO", "Toledo3", 1000, 5, 0, 1, 2, 2)};
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (rows[r][c] != null) {
            row.createCell(c).setCellValue(rows[r][c].toString());
          }
        }
      }
      Cell footnote = sheet.createRow(2).createCell(0);
      footnote.setCellFormula("\"" + UNDERREPORTED.replace("\"", "\"\"") + "\"");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(footnote);
      workbook.write(out);
    }
    fails(file, "footnote 3 at the end of the table reads \"The FBI determined that the agency's data were "
        + "underreported.\", but the workbook's texts, read before its rows, gave none");
  }
}
