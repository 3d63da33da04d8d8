package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when values are invalid: a model object built from them, the policy's settings, or a table
 * read from a file. It carries every {@link Problem} found, not only the first, so that a caller fixing
 * input sees all of its mistakes at once: each with the path of the bad value ({@code robberies},
 * {@code statistics[1].year}, a setting's name) and, for a file, its line and column.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What could not be made, e.g. {@code YearlyStatistics} or {@code national rates table}. */
  private final String type;

  /** Every problem found, at least one. */
  private final List<Problem> problems;

  /**
   * Creates the exception. Its message is {@code invalid TYPE: } and every problem, joined with
   * {@code "; "}: a value's with its path as the sentence's subject ({@code invalid YearlyStatistics:
   * robberies must be >= 0 but was -4}), a file's as {@link Problem#toString()} places it.
   *
   * @param type what could not be made: the simple name of the type being built, e.g. {@code
   *     YearlyStatistics}, or the kind of file read, e.g. {@code national rates table}
   * @param problems at least one problem, each an error
   */
  public InvalidValueException(String type, List<Problem> problems) {
    super(message(type, problems));
    this.type = type;
    this.problems = List.copyOf(problems);
  }

  private static String message(String type, List<Problem> problems) {
    checkArgument(!problems.isEmpty(), "an InvalidValueException needs at least one problem");
    return "invalid " + type + ": " + problems.stream().map(InvalidValueException::sentence).collect(Collectors.joining("; "));
  }

  /** A problem as a clause of the message: the path of a value leads its message, as its check was written. */
  private static String sentence(Problem problem) {
    return problem.file().isEmpty() && problem.site().isEmpty() && !problem.path().isEmpty()
        ? problem.path() + " " + problem.message()
        : problem.toString();
  }

  /** What could not be made: the simple name of the type being built, or the kind of file read. */
  public String type() {
    return type;
  }

  /** Every invalid value, in the order of the type's fields or the file's lines. */
  public List<Problem> problems() {
    return problems;
  }
}
