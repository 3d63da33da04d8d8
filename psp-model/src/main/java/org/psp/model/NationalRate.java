package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;

/**
 * The national violent crime and murder rates per 100,000 of one year, with where they come from.
 *
 * @param year the year
 * @param violentCrimeRate national violent crimes per 100,000 residents, from {@link #MIN_VIOLENT_CRIME_RATE} to {@link
 *     #MAX_VIOLENT_CRIME_RATE}
 * @param murderRate national murders per 100,000 residents, from {@link #MIN_MURDER_RATE} to {@link
 *     #MAX_MURDER_RATE}; empty when no source for it was
 *     read (never zero)
 * @param basis whether the figures are the FBI's first-published ones or a later estimate
 * @param source where the figures were published
 * @param note a caveat on the figures, or empty
 */
public record NationalRate(int year, double violentCrimeRate, OptionalDouble murderRate, Basis basis, String source,
    String note) {

  /** What a year's figures are. */
  public enum Basis {
    /** As first published in the FBI's edition for that year. */
    FIRST_PUBLISHED("first published"),
    /**
     * A later estimate, where no first-published figure is comparable (2021, the FBI's transition to
     * NIBRS): advice for such a year says so.
     */
    LATER_ESTIMATE("later estimate");

    private final String label;

    Basis(String label) {
      this.label = label;
    }

    /** As the table writes it: "first published", "later estimate". */
    public String label() {
      return label;
    }
  }

  /**
   * The lowest national violent crime rate per 100,000 taken as plausible. The FBI's national rate has
   * been from 160.9 (1960) to 758.2 (1991); a rate far below that is a typo or a unit mistake, and a
   * rate near zero would make every site's ratio to it enormous (1e-320 made it infinite).
   */
  public static final double MIN_VIOLENT_CRIME_RATE = 50;
  /** The highest national violent crime rate per 100,000 taken as plausible (see {@link #MIN_VIOLENT_CRIME_RATE}). */
  public static final double MAX_VIOLENT_CRIME_RATE = 5_000;
  /** The lowest national murder rate per 100,000 taken as plausible: the FBI's has been from 4.4 (2014) to 10.2 (1980). */
  public static final double MIN_MURDER_RATE = 0.5;
  /** The highest national murder rate per 100,000 taken as plausible (see {@link #MIN_MURDER_RATE}). */
  public static final double MAX_MURDER_RATE = 100;

  /** The plausible violent crime rates, in words. */
  static final String VIOLENT_RANGE = "a number from 50 to 5,000 per 100,000 (the FBI's national rate has been "
      + "from 160.9 in 1960 to 758.2 in 1991)";
  /** The plausible murder rates, in words. */
  static final String MURDER_RANGE = "a number from 0.5 to 100 per 100,000 (the FBI's national murder rate has been "
      + "from 4.4 in 2014 to 10.2 in 1980)";

  /** Checks every value; the rates must lie within the plausible bounds above. */
  public NationalRate {
    checkArgument(YearlyStatistics.isYear(year), "year must be %s but was %s", YearlyStatistics.YEAR_RANGE, year);
    checkArgument(violentCrimeRate >= MIN_VIOLENT_CRIME_RATE && violentCrimeRate <= MAX_VIOLENT_CRIME_RATE,
        "violentCrimeRate must be %s but was %s", VIOLENT_RANGE, violentCrimeRate);
    checkNotNull(murderRate, "murderRate");
    murderRate.ifPresent(m -> checkArgument(m >= MIN_MURDER_RATE && m <= MAX_MURDER_RATE,
        "murderRate must be %s but was %s", MURDER_RANGE, m));
    checkNotNull(basis, "basis");
    checkNotNull(source, "source");
    checkArgument(!source.isBlank(), "source of the national rates of %s must not be blank", year);
    checkNotNull(note, "note");
  }

  /** First-published rates of {@code year} with no note. */
  public NationalRate(int year, double violentCrimeRate, double murderRate, String source) {
    this(year, violentCrimeRate, OptionalDouble.of(murderRate), Basis.FIRST_PUBLISHED, source, "");
  }

  /**
   * A site's murder rate of this year over the national one ("M" in the policy); empty when the table
   * gives no national murder rate for the year.
   */
  public OptionalDouble murderRatio(double siteMurderRate) {
    return murderRate.isPresent() ? OptionalDouble.of(siteMurderRate / murderRate.getAsDouble()) : OptionalDouble.empty();
  }

  /** Whether the figures are a later estimate rather than first-published ones. */
  public boolean isEstimate() {
    return basis == Basis.LATER_ESTIMATE;
  }
}
