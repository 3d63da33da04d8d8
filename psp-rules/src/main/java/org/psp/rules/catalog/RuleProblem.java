package org.psp.rules.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem in a rule author's .drl file (or list of disabled rules), at a position in that file.
 *
 * @param file the file as the author named it
 * @param line the line in that file, from 1; 0 when the problem concerns the whole file
 * @param column the column in that line, from 1; 0 when the compiler gives none
 * @param message what is wrong, in plain words; at most {@value #MAX_MESSAGE} characters and a note of how many more
 * @param severity an error, which stops the rules from being used, or a warning, which does not
 */
public record RuleProblem(String file, int line, int column, String message, Severity severity) {

  /** How bad a problem is. */
  public enum Severity {
    /** The rules cannot be used until it is mended. */
    ERROR,
    /** The rules work, but probably not as their author meant (a misspelt name, a share compared with 40). */
    WARNING
  }

  /** Checks that every part is present. */
  public RuleProblem {
    checkNotNull(file, "file");
    checkNotNull(message, "message");
    checkNotNull(severity, "severity");
    if (message.length() > MAX_MESSAGE) {
      // A compiler's message can quote a whole expression of a file: its start says where and what.
      message = message.substring(0, MAX_MESSAGE) + "... (" + String.format("%,d", message.length() - MAX_MESSAGE)
          + " more characters)";
    }
  }

  /** The longest message kept whole: a longer one (a compiler quoting a whole expression) is cut, saying how much. */
  public static final int MAX_MESSAGE = 1_000;

  /** An error at that position. */
  public RuleProblem(String file, int line, int column, String message) {
    this(file, line, column, message, Severity.ERROR);
  }

  /** A warning at that position. */
  public static RuleProblem warning(String file, int line, int column, String message) {
    return new RuleProblem(file, line, column, message, Severity.WARNING);
  }

  /** Whether it is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code FILE:LINE:COLUMN: message}, or {@code FILE:LINE:COLUMN: warning: message}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + (isError() ? "" : "warning: ") + message;
  }
}
