package org.psp.model;

/**
 * What the record says about a capability, a condition or an intervention of a site in one year: it
 * held, it was recorded absent, or nobody recorded either (the section is not recorded, or it is
 * {@linkplain Site#partial() partial} and does not list it for the year).
 */
public enum OnRecord {
  /** Recorded as holding in the year. */
  HOLDS,
  /** Recorded as absent in the year: listed as {@code absent}, or left out of a complete section. */
  ABSENT,
  /** Not on record for the year: the advice must not state it either way. */
  NOT_ON_RECORD
}
