package org.psp.model.fbi.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one sheet, each as the text of its cells, read again from the start on every {@link
 * #read}; an Excel workbook's texts first ({@link #listsTextsAhead()}).
 */
public interface SheetRows {

  /** The most columns read of a row; cells further right are left out (a city table has 14). */
  int MAX_COLUMNS = 64;

  /** The most rows read of a sheet (a city table has under 10,000). */
  int MAX_ROWS = 200_000;

  /**
   * Receives each row that has a cell.
   *
   * @param <E> what it throws to stop reading
   */
  @FunctionalInterface
  interface Visitor<E extends Exception> {
    /**
     * One row.
     *
     * @param row the row's number as a spreadsheet shows it (from 1)
     * @param cells the text of its first cells ({@value #MAX_COLUMNS} at most), "" where blank; a
     *     number as written, without a fraction when it has none (12, not 12.0)
     * @throws E to stop reading: the file is not what the visitor reads
     */
    void row(int row, String[] cells) throws E;

    /**
     * Before the first row, when the file lists the texts of its cells ahead of them ({@link
     * #listsTextsAhead()}): those texts, each once (an Excel workbook's shared strings; empty when it
     * has none, its cells holding their own).
     *
     * @return whether to read the rows: false ends the reading here
     */
    default boolean texts(List<String> texts) {
      return true;
    }
  }

  /** Whether {@link #read} hands the visitor the sheet's texts before its rows ({@link Visitor#texts}). */
  boolean listsTextsAhead();

  /** The name of the sheet read (an Excel sheet's name), empty for a CSV file. */
  Optional<String> sheetName();

  /**
   * Hands every row to {@code visitor}, in order.
   *
   * @throws E what the visitor threw, which ends the reading
   * @throws SheetException if the file cannot be read as a sheet
   */
  <E extends Exception> void read(Visitor<E> visitor) throws E, SheetException;

  /** The file. */
  Path file();
}
