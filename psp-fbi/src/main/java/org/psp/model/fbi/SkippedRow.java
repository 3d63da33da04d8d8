package org.psp.model.fbi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A row of a table that was not read into a city, or a city that could not be screened, and why.
 *
 * @param row the row's number as a spreadsheet shows it (the first row is 1), or the CSV's line
 * @param reason why, naming the column and the value
 */
public record SkippedRow(int row, String reason) {

  /** Checks the row number and that the reason says something. */
  public SkippedRow {
    checkArgument(row > 0, "a row number must be > 0 but was %s", row);
    checkNotNull(reason, "reason");
    checkArgument(!reason.isBlank(), "the reason row %s was skipped must not be blank", row);
  }

  /** {@code row N: reason}. */
  @Override
  public String toString() {
    return "row " + row + ": " + reason;
  }
}
