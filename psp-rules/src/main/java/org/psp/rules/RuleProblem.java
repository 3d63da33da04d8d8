package org.psp.rules;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem in a rule author's .drl file, at a position in that file.
 *
 * @param file the .drl file as the author named it
 * @param line the line in that file, from 1; 0 when the problem concerns the whole file
 * @param column the column in that line, from 1; 0 when the compiler gives none
 * @param message what is wrong, in plain words
 */
public record RuleProblem(String file, int line, int column, String message) {

  /** Checks that file and message are present. */
  public RuleProblem {
    checkNotNull(file, "file");
    checkNotNull(message, "message");
  }

  /** {@code FILE:LINE:COLUMN: message}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
