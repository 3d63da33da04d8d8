package org.psp.model.fbi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.psp.model.Problem;

/**
 * What reading one FBI city table found, besides its rows: the year, how many city rows it has, the
 * rows that could not be read and why, and its footnotes.
 *
 * @param file the file
 * @param year the year of the figures
 * @param sheet the name of the worksheet read; empty for a CSV file
 * @param rows how many city rows the table has, those in {@code skipped} included
 * @param skipped the rows that could not be read as a city, each a problem at the file with the row's number
 *     as its line (as a spreadsheet shows it, or the CSV's line) and why
 * @param footnotes the footnotes at the end of the table, in their order
 */
public record CityTable(Path file, int year, Optional<String> sheet, int rows, List<Problem> skipped,
    List<Footnote> footnotes) {

  /** Checks the values and copies the lists. */
  public CityTable {
    checkNotNull(file, "file");
    checkNotNull(sheet, "sheet");
    checkArgument(rows >= 0, "rows must be >= 0 but was %s", rows);
    skipped = List.copyOf(skipped);
    footnotes = List.copyOf(footnotes);
  }
}
