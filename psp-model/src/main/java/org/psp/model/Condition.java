package org.psp.model;

/** A circumstance of a site that shapes the advice. */
public enum Condition {
  /** The police department is under a federal consent decree. */
  CONSENT_DECREE,
  /** The jurisdiction declines to cooperate with federal immigration enforcement. */
  DECLINES_IMMIGRATION_COOPERATION,
  /** Trust between the community and law enforcement is low. */
  LOW_COMMUNITY_TRUST,
  /** A recent high-profile violent incident. */
  HIGH_PROFILE_INCIDENT,
  /** The site lacks crime analysis. */
  ANALYTICS_DEFICIT,
  /** The site lacks crime-fighting technology. */
  TECHNOLOGY_DEFICIT,
  /** Outstanding warrants are piling up. */
  WARRANT_BACKLOG
}
