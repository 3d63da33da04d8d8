package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How an engaged site has fared since it joined PSP, in the year advised: its engagement, how far
 * into it the year is, the change of its violent crime rate since the baseline year (the latest year
 * before its cohort, what the program saw when it chose the site) beside the nation's, and a verdict.
 *
 * @param engagement the site's latest engagement whose cohort is at most the year advised
 * @param year the year advised
 * @param engagementYear the year of the engagement: 1 in the cohort's year
 * @param completed whether the engagement has run its term: more than 3 years (Operations, or no
 *     track given) or more than 2 (Diagnostic, 18 months)
 * @param baselineYear the latest year before the cohort with statistics, if any
 * @param change the site's violent crime rate in the year over its rate in the baseline year, less 1
 *     (-0.1: down 10%); empty without a baseline, or when the baseline year had no violent crime
 * @param nationalChange the same for the national rate; empty without a baseline or a national rate
 * @param verdict IMPROVING, STEADY or WORSENING against the nation, or NOT_ENOUGH_DATA
 */
public record Outcome(Engagement engagement, int year, int engagementYear, boolean completed, OptionalInt baselineYear,
    OptionalDouble change, OptionalDouble nationalChange, Verdict verdict) {

  /** How the site's change compares with the nation's. */
  public enum Verdict {
    /** The site's rate fell by at least the margin more than the nation's. */
    IMPROVING,
    /** Within the margin of the nation's change. */
    STEADY,
    /** The site's rate rose by at least the margin more than the nation's. */
    WORSENING,
    /**
     * No baseline year, no national rate for it or for the year, or no violent crime in the baseline
     * year: nothing to compare.
     */
    NOT_ENOUGH_DATA
  }

  /** Checks that the parts agree. */
  public Outcome {
    checkNotNull(engagement, "engagement");
    checkNotNull(baselineYear, "baselineYear");
    checkNotNull(change, "change");
    checkNotNull(nationalChange, "nationalChange");
    checkNotNull(verdict, "verdict");
    checkArgument(engagementYear == year - engagement.cohort() + 1, "engagementYear must be %s but was %s",
        year - engagement.cohort() + 1, engagementYear);
    checkArgument(change.isPresent() == nationalChange.isPresent() && change.isPresent() == (verdict != Verdict.NOT_ENOUGH_DATA),
        "change and nationalChange must both be given exactly when the verdict is not NOT_ENOUGH_DATA");
  }

  /**
   * The outcome of {@code site} in {@code year}, if it has an engagement whose cohort is at most that
   * year (the latest such counts: a site may join twice).
   *
   * @param rates the national rates to compare with
   * @param margin how much more than the nation's the site's rate must fall (or rise) for IMPROVING
   *     (or WORSENING), e.g. 0.05 for five percentage points
   */
  public static Optional<Outcome> of(Site site, int year, NationalRates rates, double margin) {
    Engagement latest = null;
    for (Engagement e : site.engagements()) {
      if (e.cohort() <= year && (latest == null || e.cohort() > latest.cohort())) {
        latest = e;
      }
    }
    if (latest == null) {
      return Optional.empty();
    }
    int engagementYear = year - latest.cohort() + 1;
    boolean diagnostic = latest.track().orElse(Track.OPERATIONS) == Track.DIAGNOSTIC;
    boolean completed = engagementYear > (diagnostic ? 2 : 3);
    Integer baseline = site.statisticsByYear().headMap(latest.cohort()).isEmpty() ? null
        : site.statisticsByYear().headMap(latest.cohort()).lastKey();
    OptionalDouble change = OptionalDouble.empty();
    OptionalDouble nationalChange = OptionalDouble.empty();
    Verdict verdict = Verdict.NOT_ENOUGH_DATA;
    OptionalDouble national = baseline == null ? OptionalDouble.empty() : change(rates, baseline, year);
    OptionalDouble own = baseline == null ? OptionalDouble.empty() : change(site, baseline, year);
    if (national.isPresent() && own.isPresent()) {
      change = own;
      nationalChange = national;
      double difference = change.getAsDouble() - nationalChange.getAsDouble();
      // Rounded to a millionth, so that a difference exactly at the margin counts as at it.
      double rounded = Math.round(difference * 1e6) / 1e6;
      verdict = rounded <= -margin ? Verdict.IMPROVING : rounded >= margin ? Verdict.WORSENING : Verdict.STEADY;
    }
    return Optional.of(new Outcome(latest, year, engagementYear, completed,
        baseline == null ? OptionalInt.empty() : OptionalInt.of(baseline), change, nationalChange, verdict));
  }

  /**
   * The site's violent crime rate in {@code to} over its rate in {@code from}, less 1; empty when
   * the rate in {@code from} is 0, since a change from nothing is no ratio (it would be infinite).
   */
  static OptionalDouble change(Site site, int from, int to) {
    double before = site.violentCrimeRate(from);
    return before > 0 ? OptionalDouble.of(site.violentCrimeRate(to) / before - 1) : OptionalDouble.empty();
  }

  /** The national rate of {@code to} over that of {@code from}, less 1; empty if the table lacks either. */
  static OptionalDouble change(NationalRates rates, int from, int to) {
    OptionalDouble before = rates.violentCrimeRate(from);
    OptionalDouble after = rates.violentCrimeRate(to);
    return before.isPresent() && after.isPresent()
        ? OptionalDouble.of(after.getAsDouble() / before.getAsDouble() - 1) : OptionalDouble.empty();
  }
}
