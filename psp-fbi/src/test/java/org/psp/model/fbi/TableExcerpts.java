package org.psp.model.fbi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Cuts the test excerpts ({@code src/test/resources/fbi/}) from the FBI's tables in {@code data/fbi/}:
 * run by hand from the repository's root when the choice of rows changes (the README beside the
 * excerpts says how). Each excerpt keeps the header, the rows of {@link #CITIES} with their state's
 * first row (where the FBI writes the state), the rows of {@link #STATES} whole, and every footnote;
 * cells are copied as they are (numbers, text, blanks), in the sheet of the FBI's name. The 2016
 * excerpt is also written as CSV, as a spreadsheet saves one.
 */
final class TableExcerpts {

  /** The cities kept, as the FBI names them (without footnote digits), with their state. */
  static final Set<String> CITIES = Set.of("TN Memphis", "TN Jackson", "OH Toledo", "OH Cincinnati", "TX Houston",
      "MO Kansas City", "KS Kansas City", "AL Mobile", "AL Birmingham", "MD Baltimore", "MD Baltimore City Sheriff",
      "MS Jackson", "NM Albuquerque", "TN Nashville", "TN Nashville Metropolitan",
      "TN Metropolitan Nashville Police Department", "IL Springfield", "NY Buffalo", "LA Baton Rouge", "MI Lansing",
      "IN Indianapolis", "IN Beech Grove", "IA Davenport", "IA Des Moines", "LA Monroe", "LA New Orleans", "CO Pueblo");

  /** The states kept whole: small ones with footnoted states and cities. */
  static final Set<String> STATES = Set.of("DELAWARE", "NORTH CAROLINA");

  private TableExcerpts() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of("psp-fbi/src/test/resources/fbi");
    try (var tables = Files.newDirectoryStream(Path.of("data/fbi"), "*.xls")) {
      for (Path table : tables) {
        String name = table.getFileName().toString().replace(".xls", "-excerpt.xls");
        cut(table, out.resolve(name), name.startsWith("cius-2016") ? out.resolve(name.replace(".xls", ".csv")) : null);
      }
    }
  }

  static void cut(Path from, Path to, Path csv) throws IOException {
    try (InputStream in = Files.newInputStream(from); HSSFWorkbook source = new HSSFWorkbook(in);
        HSSFWorkbook excerpt = new HSSFWorkbook()) {
      Sheet sheet = source.getSheetAt(0);
      Sheet copy = excerpt.createSheet(sheet.getSheetName());
      List<List<String>> text = new ArrayList<>();
      String state = "";
      Row stateRow = null;
      boolean stateRowCopied = false;
      int next = 0;
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        String first = string(row.getCell(0));
        String city = CityTableReader.withoutDigits(string(row.getCell(1))).name();
        boolean footnote = r > 0 && first.matches("\\d+\\s*\\D.*");
        if (!footnote && r > 0 && !first.isBlank()) {
          state = CityTableReader.withoutDigits(first).name();
          stateRow = row;
          stateRowCopied = false;
        }
        String code = UsStates.code(state).orElse("");
        boolean wanted = r == 0 || footnote || STATES.contains(state) || CITIES.contains(code + " " + city);
        if (!wanted) {
          continue;
        }
        if (!footnote && r > 0 && !stateRowCopied && stateRow != row) {
          text.add(copy(stateRow, copy.createRow(next++)));
        }
        stateRowCopied = stateRowCopied || r > 0 && !footnote;
        text.add(copy(row, copy.createRow(next++)));
      }
      try (OutputStream out = Files.newOutputStream(to)) {
        excerpt.write(out);
      }
      if (csv != null) {
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
          for (List<String> line : text) {
            out.write(String.join(",", line.stream().map(TableExcerpts::quote).toList()) + "\r\n");
          }
        }
      }
    }
  }

  private static List<String> copy(Row from, Row to) {
    List<String> text = new ArrayList<>();
    for (int c = 0; c < from.getLastCellNum(); c++) {
      Cell cell = from.getCell(c);
      if (cell == null) {
        text.add("");
        continue;
      }
      CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
      Cell made = to.createCell(c);
      switch (type) {
        case NUMERIC -> {
          made.setCellValue(cell.getNumericCellValue());
          text.add(String.format(Locale.US, "%,d", (long) cell.getNumericCellValue()));
        }
        case STRING -> {
          made.setCellValue(cell.getStringCellValue());
          text.add(cell.getStringCellValue());
        }
        default -> text.add("");
      }
    }
    return text;
  }

  private static String string(Cell cell) {
    return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
  }

  private static String quote(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
