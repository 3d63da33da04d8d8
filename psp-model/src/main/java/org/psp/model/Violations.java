package org.psp.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the violations of one object under construction; the {@code @Value.Check} methods of the
 * model use it so that a message and its check are written once, side by side.
 */
final class Violations {

  private final String type;
  // Made on the first violation: most objects have none.
  private List<Violation> found;

  Violations(String type) {
    this.type = type;
  }

  /** Records a violation of {@code field} unless {@code valid}. */
  Violations require(boolean valid, String field, Object value, String rule) {
    if (!valid) {
      add(field, value, rule);
    }
    return this;
  }

  /**
   * Records a violation of {@code field}: for checks whose field name or rule is built from the
   * data, so that the text is built only when the check fails.
   */
  Violations add(String field, Object value, String rule) {
    if (found == null) {
      found = new ArrayList<>();
    }
    found.add(new Violation(field, Objects.toString(value, null), field + " " + rule + " but was " + quoted(value)));
    return this;
  }

  /**
   * Records a violation of {@code field} said in words of its own, {@code field} first: "statistics[1].year
   * repeats 2019, the year of statistics[0]", for a rule that "must ... but was" says badly.
   */
  Violations say(String field, Object value, String text) {
    if (found == null) {
      found = new ArrayList<>();
    }
    found.add(new Violation(field, Objects.toString(value, null), field + " " + text));
    return this;
  }

  Violations positive(String field, long value) {
    return require(value > 0, field, value, "must be > 0");
  }

  Violations year(String field, int value) {
    return require(YearlyStatistics.isYear(value), field, value,
        "must be " + YearlyStatistics.YEAR_RANGE);
  }

  /**
   * A figure of a year within its unit's range ({@link Figure.Unit}); a whole figure's value is quoted
   * as a whole number.
   */
  Violations figure(Figure figure, double value) {
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

  Violations notBlank(String field, String value) {
    return require(!value.isBlank(), field, value, "must not be blank");
  }

  /** The years and source of a {@link Dated} entry: real years, since not after until, a source not blank. */
  Violations dated(Dated dated) {
    dated.since().ifPresent(y -> year("since", y));
    dated.until().ifPresent(y -> year("until", y));
    if (dated.since().isPresent() && dated.until().isPresent() && dated.since().getAsInt() > dated.until().getAsInt()) {
      add("until", dated.until().getAsInt(), "must not be before since, " + dated.since().getAsInt());
    }
    dated.source().ifPresent(s -> notBlank("source", s));
    return this;
  }

  /** Throws an {@link InvalidValueException} with every violation recorded, if any. */
  void throwIfAny() {
    if (found != null) {
      throw new InvalidValueException(type, found);
    }
  }

  private static String quoted(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
