package org.psp.model;

/**
 * A kind of partner that can work with a PSP site. The federal ones are the Justice Department
 * components that the 2017 announcement names as PSP's agencies.
 */
public enum Agency {
  /** United States Attorney's Office. */
  USAO(AgencyLevel.FEDERAL, "U.S. Attorney's Office"),
  /** Federal Bureau of Investigation. */
  FBI(AgencyLevel.FEDERAL, "Federal Bureau of Investigation"),
  /** Bureau of Alcohol, Tobacco, Firearms and Explosives. */
  ATF(AgencyLevel.FEDERAL, "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
  /** Drug Enforcement Administration. */
  DEA(AgencyLevel.FEDERAL, "Drug Enforcement Administration"),
  /** U.S. Marshals Service. */
  USMS(AgencyLevel.FEDERAL, "U.S. Marshals Service"),
  /** Office of Justice Programs. */
  OJP(AgencyLevel.FEDERAL, "Office of Justice Programs"),
  /** Bureau of Justice Assistance (part of OJP). */
  BJA(AgencyLevel.FEDERAL, "Bureau of Justice Assistance"),
  /** Office on Violence Against Women. */
  OVW(AgencyLevel.FEDERAL, "Office on Violence Against Women"),
  /** Office of Community Oriented Policing Services. */
  COPS(AgencyLevel.FEDERAL, "Office of Community Oriented Policing Services"),
  /** The city or county police department. */
  LOCAL_POLICE(AgencyLevel.LOCAL, "local police department"),
  /** The county sheriff's office. */
  SHERIFF(AgencyLevel.LOCAL, "sheriff's office"),
  /** The state police. */
  STATE_POLICE(AgencyLevel.STATE, "state police"),
  /** The state's attorney (state prosecutor). */
  STATE_ATTORNEY(AgencyLevel.STATE, "state's attorney"),
  /** The district attorney (local prosecutor). */
  DISTRICT_ATTORNEY(AgencyLevel.LOCAL, "district attorney"),
  /** A regional crime center shared by several agencies. */
  REGIONAL_CRIME_CENTER(AgencyLevel.LOCAL, "regional crime center"),
  /** A community organization. */
  COMMUNITY_ORGANIZATION(AgencyLevel.COMMUNITY, "community organization"),
  /** A nonprofit organization. */
  NONPROFIT(AgencyLevel.COMMUNITY, "nonprofit organization"),
  /** A business or corporate citizen. */
  BUSINESS(AgencyLevel.PRIVATE, "business"),
  /** A faith-based organization. */
  FAITH_BASED(AgencyLevel.COMMUNITY, "faith-based organization");

  private final AgencyLevel level;
  private final String title;

  Agency(AgencyLevel level, String title) {
    this.level = level;
    this.title = title;
  }

  /** The level of government or sector of this agency. */
  public AgencyLevel level() {
    return level;
  }

  /** The agency's name in words, e.g. "U.S. Marshals Service". */
  public String title() {
    return title;
  }
}
