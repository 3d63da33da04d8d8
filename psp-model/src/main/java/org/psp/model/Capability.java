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
  VICTIM_SERVICES_PROGRAM;

  /** The capability in words, with its article where it takes one: "a crime analysis unit", "NIBIN access". */
  public String words() {
    return switch (this) {
      case CRIME_ANALYSIS_UNIT -> "a crime analysis unit";
      case REAL_TIME_CRIME_CENTER -> "a real-time crime center";
      case NIBIN_ACCESS -> "NIBIN access";
      case CRIME_GUN_INTELLIGENCE_CENTER -> "a crime gun intelligence center";
      case VIOLENT_CRIME_TASK_FORCE -> "a violent crime task force";
      case FUGITIVE_TASK_FORCE -> "a fugitive task force";
      case COMMUNITY_POLICING_PROGRAM -> "a community policing program";
      case REENTRY_PROGRAM -> "a reentry program";
      case VICTIM_SERVICES_PROGRAM -> "a victim services program";
    };
  }

  /** The capability in words without an article: "crime analysis unit", "NIBIN access". */
  public String bareWords() {
    String words = words();
    return words.startsWith("a ") ? words.substring(2) : words;
  }
}
