package org.psp.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The figures a year of a site's statistics can give ({@link YearlyStatistics}), each declared once: its
 * key (its name in a site file's year, and the property a rule reads), its {@link Unit}, which sets its
 * kind of number and its range, and whether every year must give it. The site file's reader and writer,
 * the year's checks, the data-gap probe, explanations and the checks of rule authors' rules take the
 * figures from here, so a new figure is declared here and in the few places CONTRIBUTING.md lists.
 *
 * <p>A figure a year does not give is missing, never zero: {@link #of} is then empty.
 *
 * <p>The figures rules read that no year gives, worked out from these (the violent crime rate, the
 * ratios to the national rates, ...), are the {@link DerivedFigure}s; {@link Measure} names both.
 */
public enum Figure implements Measure {
  /** Murders and nonnegligent manslaughters (FBI UCR). */
  MURDERS("murders", Unit.OFFENSES, true, s -> whole(s.murders()), (b, v) -> b.murders(v.intValue())),
  /** Rapes (FBI UCR). */
  RAPES("rapes", Unit.OFFENSES, true, s -> whole(s.rapes()), (b, v) -> b.rapes(v.intValue())),
  /** Robberies (FBI UCR). */
  ROBBERIES("robberies", Unit.OFFENSES, true, s -> whole(s.robberies()), (b, v) -> b.robberies(v.intValue())),
  /** Aggravated assaults (FBI UCR). */
  AGGRAVATED_ASSAULTS("aggravatedAssaults", Unit.OFFENSES, true, s -> whole(s.aggravatedAssaults()),
      (b, v) -> b.aggravatedAssaults(v.intValue())),
  /** That year's population, when it differs from the site's. */
  POPULATION("population", Unit.RESIDENTS, false, s -> whole(s.population()), (b, v) -> b.population(v.intValue())),
  /** The share of violent incidents that involved a firearm. */
  FIREARM_SHARE("firearmShare", Unit.SHARE, false, YearlyStatistics::firearmShare,
      (b, v) -> b.firearmShare(v.doubleValue())),
  /** The share of violent incidents that involved a gang. */
  GANG_SHARE("gangShare", Unit.SHARE, false, YearlyStatistics::gangShare, (b, v) -> b.gangShare(v.doubleValue())),
  /** The share of violent incidents that involved drugs. */
  DRUG_SHARE("drugShare", Unit.SHARE, false, YearlyStatistics::drugShare, (b, v) -> b.drugShare(v.doubleValue())),
  /** Shootings that wounded and did not kill. */
  NON_FATAL_SHOOTINGS("nonFatalShootings", Unit.COUNT, false, s -> whole(s.nonFatalShootings()),
      (b, v) -> b.nonFatalShootings(v.intValue())),
  /** The share of homicides cleared. */
  HOMICIDE_CLEARANCE_RATE("homicideClearanceRate", Unit.SHARE, false, YearlyStatistics::homicideClearanceRate,
      (b, v) -> b.homicideClearanceRate(v.doubleValue()));

  /**
   * What a figure counts, which sets its kind of number (whole or not) and its range. The four offenses
   * of a year together are bounded too, by the site's population ({@link Site#MAX_PLAUSIBLE_RATE}).
   */
  public enum Unit {
    /** Offenses known to the police: a whole number, 0 or more. */
    OFFENSES(true, 0, true, Integer.MAX_VALUE),
    /** Residents: a whole number above 0. */
    RESIDENTS(true, 0, false, Integer.MAX_VALUE),
    /** A count of events: a whole number, 0 or more. */
    COUNT(true, 0, true, Integer.MAX_VALUE),
    /** A share of a whole: a number from 0 to 1, both included. */
    SHARE(false, 0, true, 1),
    /** A rate per 100,000 residents, 0 or more: a {@link DerivedFigure}'s, never a year's. */
    RATE(false, 0, true, Integer.MAX_VALUE),
    /** A ratio of the site's rate to the national rate, 0 or more: a {@link DerivedFigure}'s, never a year's. */
    RATIO(false, 0, true, Integer.MAX_VALUE);

    private final boolean whole;
    private final double lowest;
    private final boolean lowestIncluded;
    private final double highest;

    Unit(boolean whole, double lowest, boolean lowestIncluded, double highest) {
      this.whole = whole;
      this.lowest = lowest;
      this.lowestIncluded = lowestIncluded;
      this.highest = highest;
    }

    /** Whether a value is a whole number (a count) rather than any number of its range (a share). */
    public boolean isWhole() {
      return whole;
    }

    /** The lower end of the range: 0 for every unit; whether it is included says {@link #lowestIncluded()}. */
    public double lowest() {
      return lowest;
    }

    /** Whether {@link #lowest()} itself is in the range (it is not for residents: a population is above 0). */
    public boolean lowestIncluded() {
      return lowestIncluded;
    }

    /** The upper end of the range, included: 1 for a share, the largest {@code int} for a whole number. */
    public double highest() {
      return highest;
    }

    /** Whether the range has an upper end a value can reach in earnest: a share's 1. */
    public boolean isBounded() {
      return highest < Integer.MAX_VALUE;
    }

    /** Whether {@code value} is in this unit's range and, for a whole unit, whole (NaN and infinities never are). */
    public boolean accepts(double value) {
      boolean above = lowestIncluded ? value >= lowest : value > lowest;
      return above && value <= highest && (!whole || value == Math.rint(value));
    }
  }

  private static final List<Figure> ALL = List.of(values());
  private static final List<Figure> PROBED = ALL.stream().filter(f -> !f.required && f.unit.isBounded()).toList();

  private final String key;
  private final Unit unit;
  private final boolean required;
  private final Function<YearlyStatistics, OptionalDouble> read;
  private final BiConsumer<ImmutableYearlyStatistics.Builder, Number> set;

  Figure(String key, Unit unit, boolean required, Function<YearlyStatistics, OptionalDouble> read,
      BiConsumer<ImmutableYearlyStatistics.Builder, Number> set) {
    this.key = key;
    this.unit = unit;
    this.required = required;
    this.read = read;
    this.set = set;
  }

  /**
   * Its key: its name in a year of a site file, in a rule's condition on the {@code Assessment} and in an
   * advice's data gaps ({@code "firearmShare"}).
   */
  @Override
  public String key() {
    return key;
  }

  /** What it counts, which sets its kind of number and its range. */
  @Override
  public Unit unit() {
    return unit;
  }

  /** Whether every year must give it; a figure that is not required may be missing. */
  public boolean required() {
    return required;
  }

  /** Whether a year may leave it out: whether it is not {@linkplain #required() required}. */
  @Override
  public boolean mayBeMissing() {
    return !required;
  }

  /** Its value in {@code year}, empty when the year does not give it (a whole number as a double). */
  public OptionalDouble of(YearlyStatistics year) {
    return read.apply(year);
  }

  /**
   * {@code builder} with this figure set to {@code value}; {@code build()} checks its range.
   *
   * @throws IllegalArgumentException if the figure is a whole number and {@code value} is not one
   */
  public YearlyStatistics.Builder set(YearlyStatistics.Builder builder, double value) {
    if (unit.isWhole() && !(value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE)) {
      throw new IllegalArgumentException(key + " must be a whole number but was " + value);
    }
    set.accept(builder, value);
    return builder;
  }

  /** Every figure, in the order of a year in a site file. */
  public static List<Figure> all() {
    return ALL;
  }

  /** The figure whose key is {@code key} ({@code "gangShare"}), if there is one. */
  public static Optional<Figure> byKey(String key) {
    for (Figure figure : ALL) {
      if (figure.key.equals(key)) {
        return Optional.of(figure);
      }
    }
    return Optional.empty();
  }

  /**
   * The figures the data-gap probe tries when a year does not give them (CONTRACT §7): those that may be
   * missing and whose range has two ends, each tried alone at 0 and at 1. In the order of {@link #all()}.
   */
  public static List<Figure> probed() {
    return PROBED;
  }

  private static OptionalDouble whole(int value) {
    return OptionalDouble.of(value);
  }

  private static OptionalDouble whole(OptionalInt value) {
    return value.isPresent() ? OptionalDouble.of(value.getAsInt()) : OptionalDouble.empty();
  }
}
