package org.psp.rules.settings;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psp.model.Problem;

/**
 * A named setting of the policy as a settings file declares it: its name, what it means, the kind of
 * number it takes and its range. The default policy declares its settings in {@code
 * default-policy.properties}; a rule author's settings file declares a new one the same way, with no
 * Java: the comment lines above a {@code # range:} line say what it means, and the line after gives
 * its value.
 *
 * <pre>
 * # A site needs at least this many federal partners for ...
 * # range: whole number from 0 to 19
 * minimumFederalPartners=2
 * </pre>
 *
 * <p>A range is {@code KIND > LOW}, {@code KIND >= LOW} or {@code KIND from LOW to HIGH}, the kind
 * one of {@code number}, {@code whole number} or {@code year}.
 *
 * @param name the setting's name, as rules read it
 * @param kind the kind of number it takes
 * @param lowest its lowest value, or the bound it must be above when {@code lowestIncluded} is false
 * @param lowestIncluded whether {@code lowest} itself is in range
 * @param highest its highest value ({@code +Infinity} for none: a value must still be finite)
 * @param meaning what it means, in one line: the comment above its {@code # range:} line
 */
public record Setting(String name, Kind kind, double lowest, boolean lowestIncluded, double highest, String meaning) {

  /** The kinds of number a setting takes. */
  public enum Kind {
    /** Any finite number: a ratio, a share, a rate. */
    NUMBER("a number"),
    /** A whole number: a population, a count. */
    WHOLE_NUMBER("a whole number"),
    /** A calendar year, a whole number. */
    YEAR("a year");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    /** How a message names this kind: "a number", "a whole number", "a year". */
    public String words() {
      return words;
    }
  }

  /** The prefix of a declaration's comment line: {@code # range: number > 0}. */
  static final String RANGE_PREFIX = "range:";

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Pattern RANGE = Pattern.compile(
      "(number|whole number|year)\\s+(?:(>=|>)\\s*(\\S+)|from\\s+(\\S+)\\s+to\\s+(\\S+))");

  /** Checks the name, the bounds and their order. */
  public Setting {
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkNotNull(meaning, "meaning");
    checkArgument(NAME.matcher(name).matches(), "a setting's name is a word starting with a lowercase letter but was \"%s\"", name);
    checkArgument(!Double.isNaN(lowest) && !Double.isNaN(highest) && lowest <= highest,
        "setting %s: its range runs from %s to %s", name, lowest, highest);
  }

  /**
   * The setting {@code name} declared by {@code range}, the text after {@code # range:}.
   *
   * @return the setting, or empty when {@code range} is not a range as this class describes it
   */
  static Optional<Setting> declared(String name, String range, String meaning) {
    Matcher m = RANGE.matcher(range.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    Kind kind = switch (m.group(1)) {
      case "number" -> Kind.NUMBER;
      case "whole number" -> Kind.WHOLE_NUMBER;
      default -> Kind.YEAR;
    };
    try {
      if (m.group(2) != null) {
        double low = Double.parseDouble(m.group(3));
        return Double.isFinite(low)
            ? Optional.of(new Setting(name, kind, low, m.group(2).equals(">="), Double.POSITIVE_INFINITY, meaning))
            : Optional.empty();
      }
      double low = Double.parseDouble(m.group(4));
      double high = Double.parseDouble(m.group(5));
      return Double.isFinite(low) && Double.isFinite(high) && low <= high
          ? Optional.of(new Setting(name, kind, low, true, high, meaning))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** How a declaration is written, for messages: {@code # range: number > 0}. */
  static String howToDeclare() {
    return "# range: number > 0 (or whole number, or year; > LOW, >= LOW, or from LOW to HIGH)";
  }

  /** The range in words: {@code > 0}, {@code >= 1}, {@code from 0 to 1}. */
  public String range() {
    if (highest == Double.POSITIVE_INFINITY) {
      return (lowestIncluded ? ">= " : "> ") + number(lowest);
    }
    return "from " + number(lowest) + " to " + number(highest);
  }

  /** Whether {@code value} is of this setting's kind and in its range. */
  public boolean accepts(double value) {
    return Double.isFinite(value)
        && (kind == Kind.NUMBER || value == Math.rint(value))
        && (lowestIncluded ? value >= lowest : value > lowest)
        && value <= highest;
  }

  /**
   * What is wrong with {@code text} as this setting's value: a problem at the setting's name, in the
   * words a settings file's author reads ({@code hotSpotsRatio}: {@code must be > 0 but was -1});
   * empty when nothing is.
   */
  public Optional<Problem> problem(String text) {
    double value;
    try {
      value = kind == Kind.NUMBER ? Double.parseDouble(text) : Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return Optional.of(Problem.atPath(name, "must be " + kind.words() + " " + range() + " but was \"" + text + "\""));
    }
    return accepts(value) ? Optional.empty() : Optional.of(Problem.atPath(name, "must be " + rangeWithKind() + " but was " + text));
  }

  /** The value of {@code text}, which {@link #problem(String)} accepted: a Double, or an Integer for whole numbers and years. */
  Number parse(String text) {
    return kind == Kind.NUMBER ? (Number) Double.valueOf(text) : (Number) Integer.valueOf(text);
  }

  /** The range, with the kind where a number alone would not say it: "from 0 to 1", "a year from 1990 to 2100". */
  String rangeWithKind() {
    return kind == Kind.YEAR ? kind.words() + " " + range() : range();
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
  }
}
