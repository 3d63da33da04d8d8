package org.psp.model;

/**
 * What an FBI footnote says about a year's figures of a city (the footnotes of the FBI's tables
 * "Offenses Known to Law Enforcement by State by City"). A footnote about other offences (arson) is
 * no flag.
 */
public enum FlagKind {
  /** The FBI: because of changes in the agency's reporting practices, the figures are not comparable to previous years' data. */
  NOT_COMPARABLE,
  /** The FBI determined that the agency's data were underreported. */
  UNDERREPORTED,
  /** The agency did not follow the national UCR guidelines for reporting an offense. */
  GUIDELINES_NOT_FOLLOWED,
  /** Rape was counted under the legacy UCR definition, so the violent crime total is not comparable with the revised one. */
  LEGACY_RAPE_DEFINITION
}
