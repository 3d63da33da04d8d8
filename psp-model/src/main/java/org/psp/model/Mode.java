package org.psp.model;

/**
 * Whether a recommendation starts a new effort, builds on one the site already has in the year
 * advised, or cannot say because whether it has one is not on record for that year.
 */
public enum Mode {
  /** Establish a new effort: the record says the site has none in the year. */
  ESTABLISH,
  /** Strengthen an effort the site already has in the year (a capability or an ACTIVE intervention). */
  STRENGTHEN,
  /** Whether the site already has such an effort in the year is not on record: the reasons say what to check. */
  UNKNOWN
}
