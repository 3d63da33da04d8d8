package org.psp.model;

/** Something a site already has that a strategy can build on. */
public enum Capability {
  /** A crime analysis unit. */
  CRIME_ANALYSIS_UNIT,
  /** A real-time crime center. */
  REAL_TIME_CRIME_CENTER,
  /** Access to ATF's National Integrated Ballistic Information Network. */
  NIBIN_ACCESS,
  /** A crime gun intelligence center. */
  CRIME_GUN_INTELLIGENCE_CENTER,
  /** A violent crime task force. */
  VIOLENT_CRIME_TASK_FORCE,
  /** A fugitive task force. */
  FUGITIVE_TASK_FORCE,
  /** A community policing program. */
  COMMUNITY_POLICING_PROGRAM,
  /** A reentry program for people returning from prison. */
  REENTRY_PROGRAM,
  /** A victim services program. */
  VICTIM_SERVICES_PROGRAM
}
