package org.psp.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one object under construction, each at the path of its field with a
 * message that follows it ({@code robberies}: {@code must be >= 0 but was -4}); the {@code
 * @Value.Check} methods of the model use it so that a message and its check are written once, side
 * by side.
 */
final class ValueChecks {

  private final String type;
  // Made on the first problem: most objects have none.
  private List<Problem> found;

  ValueChecks(String type) {
    this.type = type;
  }

  /** Records a problem with {@code field} unless {@code valid}: "must be > 0 but was -4". */
  ValueChecks require(boolean valid, String field, Object value, String rule) {
    if (!valid) {
      add(field, value, rule);
    }
    return this;
  }

  /**
   * Records a problem with {@code field}, "{@code rule} but was {@code value}": for checks whose field
   * name or rule is built from the data, so that the text is built only when the check fails.
   */
  ValueChecks add(String field, Object value, String rule) {
    return say(field, rule + " but was " + quoted(value));
  }

  /**
   * Records a problem with {@code field} said in words of its own, which follow the field: {@code
   * statistics[1].year}, "repeats 2019, the year of statistics[0]", for a rule that "must ... but was"
   * says badly.
   */
  ValueChecks say(String field, String text) {
    if (found == null) {
      found = new ArrayList<>();
    }
    found.add(Problem.atPath(field, text));
    return this;
  }

  ValueChecks positive(String field, long value) {
    return require(value > 0, field, value, "must be > 0");
  }

  ValueChecks year(String field, int value) {
    return require(YearlyStatistics.isYear(value), field, value,
        "must be " + YearlyStatistics.YEAR_RANGE);
  }

  /**
   * A figure of a year within its unit's range ({@link Figure.Unit}); a whole figure's value is quoted
   * as a whole number.
   */
  ValueChecks figure(Figure figure, double value) {
    if (figure.unit().accepts(value)) {
      return this;
    }
    Object quoted = figure.unit().isWhole() && value == Math.rint(value) ? (Object) (long) value : (Object) value;
    return add(figure.key(), quoted, switch (figure.unit()) {
      case OFFENSES, COUNT, RATE, RATIO -> "must be >= 0";
      case RESIDENTS -> "must be > 0";
      case SHARE -> "must be between 0 and 1";
    });
  }

  ValueChecks notBlank(String field, String value) {
    return require(!value.isBlank(), field, value, "must not be blank");
  }

  /** The years and source of a {@link Dated} entry: real years, since not after until, a source not blank. */
  ValueChecks dated(Dated dated) {
    dated.since().ifPresent(y -> year("since", y));
    dated.until().ifPresent(y -> year("until", y));
    if (dated.since().isPresent() && dated.until().isPresent() && dated.since().getAsInt() > dated.until().getAsInt()) {
      add("until", dated.until().getAsInt(), "must not be before since, " + dated.since().getAsInt());
    }
    dated.source().ifPresent(s -> notBlank("source", s));
    return this;
  }

  /** Throws an {@link InvalidValueException} with every problem recorded, if any. */
  void throwIfAny() {
    if (found != null) {
      throw new InvalidValueException(type, found);
    }
  }

  private static String quoted(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
