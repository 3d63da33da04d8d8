package org.psp.model;

/** The level of government, or the sector, that an {@link Agency} belongs to. */
public enum AgencyLevel {
  /** A U.S. Department of Justice component. */
  FEDERAL,
  /** A state agency. */
  STATE,
  /** A city, county or regional agency. */
  LOCAL,
  /** A community, nonprofit or faith-based organization. */
  COMMUNITY,
  /** A business. */
  PRIVATE
}
