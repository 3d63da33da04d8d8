package org.psp.model;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A site's crime figures for one year: the four FBI Uniform Crime Reporting (UCR) violent offenses and
 * the figures a year may give, such as that year's population or the share of violent incidents that
 * involved a firearm. Each figure is declared once, with its key, unit and range, as a {@link Figure};
 * {@code build()} checks each against its range.
 *
 * <p>The violent crime rate is never stored: {@link #violentCrimeRate(int)} computes it from the
 * offenses and the population.
 */
@Value.Immutable
public abstract class YearlyStatistics {

  /** Only the generated implementation extends this class: build values with {@link #builder()}. */
  YearlyStatistics() {}

  /** Offenses per this many residents in a rate. */
  public static final int RATE_BASE = 100_000;

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link YearlyStatistics}: the year and the four offense counts are required; {@code
   * build()} checks every value and names each bad one.
   */
  public static final class Builder extends ImmutableYearlyStatistics.Builder {
    /** An empty builder, as {@link YearlyStatistics#builder()} returns. */
    public Builder() {}
  }

  /** The earliest year the model takes anywhere (a year of figures, a national rate, a fact, a year advised on). */
  public static final int EARLIEST_YEAR = 1990;

  /** The latest year the model takes anywhere. */
  public static final int LATEST_YEAR = 2100;

  /** The range in words, for messages: "a year from 1990 to 2100". */
  public static final String YEAR_RANGE = "a year from " + EARLIEST_YEAR + " to " + LATEST_YEAR;

  /** Whether {@code year} is within {@link #EARLIEST_YEAR} to {@link #LATEST_YEAR}. */
  public static boolean isYear(long year) {
    return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
  }

  /** The calendar year, {@value #EARLIEST_YEAR} to {@value #LATEST_YEAR}. */
  public abstract int year();

  /** Murders and nonnegligent manslaughters. */
  public abstract int murders();

  /** Rapes (UCR revised definition from 2017; see the data notes for 2016). */
  public abstract int rapes();

  /** Robberies. */
  public abstract int robberies();

  /** Aggravated assaults. */
  public abstract int aggravatedAssaults();

  /** That year's population, when it differs from the site's. */
  public abstract OptionalInt population();

  /** Share of violent incidents that involved a firearm, in [0, 1]. */
  public abstract OptionalDouble firearmShare();

  /** Share of violent incidents that involved a gang, in [0, 1]. */
  public abstract OptionalDouble gangShare();

  /** Share of violent incidents that involved drugs, in [0, 1]. */
  public abstract OptionalDouble drugShare();

  /** Non-fatal shootings. */
  public abstract OptionalInt nonFatalShootings();

  /** Share of homicides cleared, in [0, 1]. */
  public abstract OptionalDouble homicideClearanceRate();

  /**
   * The FBI's footnotes on the year's figures (not comparable with earlier years, underreported...);
   * empty when there are none.
   */
  public abstract List<DataFlag> flags();

  /**
   * The FBI's other footnotes on the year's figures, each in its words ("FBI footnote 11: Arson
   * offenses are reported by the Toledo Fire Department..."): about offences the figures here do not
   * count, or the population they cover. No flag: outcomes never read them; the advice shows them
   * beside the flags. Empty when there are none.
   */
  public abstract List<String> notes();

  /** The four violent offenses added up. */
  public final long violentCrimes() {
    return (long) murders() + rapes() + robberies() + aggravatedAssaults();
  }

  /**
   * Violent crimes per 100,000 residents, using this year's population if given, else {@code
   * sitePopulation}.
   *
   * @param sitePopulation the site's population, used when the year gives none; must be > 0
   */
  public final double violentCrimeRate(int sitePopulation) {
    int residents = population().orElse(sitePopulation);
    if (residents <= 0) {
      throw new IllegalArgumentException("population must be > 0 but was " + residents);
    }
    return violentCrimes() * (double) RATE_BASE / residents;
  }

  /**
   * Murders per 100,000 residents, using this year's population if given, else {@code
   * sitePopulation}.
   *
   * @param sitePopulation the site's population, used when the year gives none; must be > 0
   */
  public final double murderRate(int sitePopulation) {
    int residents = population().orElse(sitePopulation);
    if (residents <= 0) {
      throw new IllegalArgumentException("population must be > 0 but was " + residents);
    }
    return murders() * (double) RATE_BASE / residents;
  }

  @Value.Check
  void check() {
    ValueChecks v = new ValueChecks("YearlyStatistics");
    v.year("year", year());
    for (Figure figure : Figure.all()) {
      OptionalDouble value = figure.of(this);
      if (value.isPresent()) {
        v.figure(figure, value.getAsDouble());
      }
    }
    notes().forEach(n -> v.notBlank("notes", n));
    v.throwIfAny();
  }
}
