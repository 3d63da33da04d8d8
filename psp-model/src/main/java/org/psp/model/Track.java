package org.psp.model;

import java.time.Period;

/**
 * The two PSP engagement tracks and how long each runs.
 *
 * <p>Source: DOJ announcement of 2017-06-20 (Operations and Diagnostic sites) and the PSP program
 * description: an Operations engagement runs three years, a Diagnostic one about 18 months.
 */
public enum Track {
  /** A full engagement of three years. */
  OPERATIONS(Period.ofYears(3), 3),
  /** A shorter diagnostic engagement of 18 months. */
  DIAGNOSTIC(Period.ofMonths(18), 2);

  private final Period term;
  private final int dataYears;

  Track(Period term, int dataYears) {
    this.term = term;
    this.dataYears = dataYears;
  }

  /**
   * How many years of figures an engagement on this track spans, its cohort's year included: 3 for
   * Operations, 2 for Diagnostic (18 months reach into a second year).
   */
  public int dataYears() {
    return dataYears;
  }

  /** How long an engagement on this track runs. */
  public Period term() {
    return term;
  }
}
