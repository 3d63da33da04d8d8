package org.psp.model;

/** What kind of jurisdiction a site is. */
public enum SiteKind {
  /** A city and its police department (the default). */
  CITY,
  /** A county, usually served by a sheriff's office. */
  COUNTY,
  /** A region that spans several agencies. */
  REGION
}
