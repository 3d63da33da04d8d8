package org.psp.model;

/** Where a site's intervention stands. */
public enum InterventionStatus {
  /** Decided but not started. */
  PLANNED,
  /** Under way. */
  ACTIVE,
  /** Finished. */
  COMPLETED
}
