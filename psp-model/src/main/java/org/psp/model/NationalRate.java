package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The national violent crime and murder rates per 100,000 of one year, with where they come from.
 *
 * @param year the year
 * @param violentCrimeRate national violent crimes per 100,000 residents, > 0
 * @param murderRate national murders per 100,000 residents, > 0
 * @param source where the figures were published
 */
public record NationalRate(int year, double violentCrimeRate, double murderRate, String source) {

  /** Checks every value. */
  public NationalRate {
    checkArgument(year >= Violations.MIN_YEAR && year <= Violations.MAX_YEAR,
        "year must be a year from %s to %s but was %s", Violations.MIN_YEAR, Violations.MAX_YEAR, year);
    checkArgument(violentCrimeRate > 0 && Double.isFinite(violentCrimeRate),
        "violentCrimeRate must be > 0 but was %s", violentCrimeRate);
    checkArgument(murderRate > 0 && Double.isFinite(murderRate), "murderRate must be > 0 but was %s", murderRate);
    checkNotNull(source, "source");
  }
}
