package org.psp.model;

import java.util.ArrayList;
import java.util.List;

/** The cells of one line of a CSV file, each with the column where it starts: for messages that point at a cell. */
final class CsvLine {

  /** A cell and the column (from 1) where it starts. */
  record Cell(String text, int column) {}

  private CsvLine() {}

  /** The cells of {@code line}: split at commas outside double quotes, quotes removed, "" read as ". */
  static List<Cell> split(String line) {
    List<Cell> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int start = 1;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(new Cell(cell.toString(), start));
        cell.setLength(0);
        start = i + 2;
      } else {
        cell.append(c);
      }
    }
    cells.add(new Cell(cell.toString(), start));
    return cells;
  }
}
