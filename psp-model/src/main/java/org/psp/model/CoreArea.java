package org.psp.model;

/** The PSP core areas that strategies are grouped under. */
public enum CoreArea {
  /** Reducing gun violence. */
  GUN_VIOLENCE,
  /** Working with federal agencies. */
  FEDERAL_PARTNERSHIPS,
  /** Engaging the community. */
  COMMUNITY_ENGAGEMENT,
  /** Collaboration across the criminal justice system. */
  CRIMINAL_JUSTICE_COLLABORATION,
  /** Crime analysis. */
  CRIME_ANALYSIS,
  /** Crime-fighting technology. */
  TECHNOLOGY,
  /** Investigations. */
  INVESTIGATIONS,
  /** Constitutional policing. */
  CONSTITUTIONAL_POLICING
}
