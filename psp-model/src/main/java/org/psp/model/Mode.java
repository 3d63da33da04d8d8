package org.psp.model;

/** Whether a recommendation starts a new effort or builds on one the site already has. */
public enum Mode {
  /** Establish a new effort. */
  ESTABLISH,
  /** Strengthen an effort the site already has. */
  STRENGTHEN,
  /** Whether the site already has such an effort is not on record for the year: the rationale says what to check. */
  UNKNOWN
}
