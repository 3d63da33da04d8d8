package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a model object is built from invalid values. It carries every violation found in that
 * object, not only the first, so that a caller fixing input sees all of its mistakes at once.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the type being built. */
  private final String type;

  /** Every violation found, at least one. */
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the type being built, e.g. {@code YearlyStatistics}
   * @param violations at least one violation
   */
  public InvalidValueException(String type, List<Violation> violations) {
    super(message(type, violations));
    this.type = type;
    this.violations = List.copyOf(violations);
  }

  private static String message(String type, List<Violation> violations) {
    checkArgument(!violations.isEmpty(), "an InvalidValueException needs at least one violation");
    return "invalid "
        + type
        + ": "
        + violations.stream().map(Violation::message).collect(Collectors.joining("; "));
  }

  /** The simple name of the type that could not be built. */
  public String type() {
    return type;
  }

  /** Every invalid value, in the order of the type's fields. */
  public List<Violation> violations() {
    return violations;
  }
}
