package org.psp.model;

import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The catalog of strategies a policy can recommend, with stable ids (the constant names), their PSP
 * core area, their usual lead partners and whether they are enforcement strategies.
 */
public enum Strategy {
  /** Federal prosecution of violent offenders, led by the U.S. Attorney's Office. */
  FEDERAL_PROSECUTION(CoreArea.GUN_VIOLENCE, true, Agency.USAO),
  /** A federal enforcement task force. */
  ENFORCEMENT_TASK_FORCE(CoreArea.FEDERAL_PARTNERSHIPS, true, Agency.FBI, Agency.ATF, Agency.DEA, Agency.USMS),
  /** Focused deterrence of groups and gangs. */
  FOCUSED_DETERRENCE(CoreArea.GUN_VIOLENCE, true, Agency.USAO, Agency.LOCAL_POLICE),
  /** Policing of the places where violence concentrates. */
  HOT_SPOTS_POLICING(CoreArea.GUN_VIOLENCE, true, Agency.LOCAL_POLICE),
  /** Crime gun intelligence (NIBIN, gun tracing). */
  CRIME_GUN_INTELLIGENCE(CoreArea.GUN_VIOLENCE, true, Agency.ATF),
  /** Enforcement against drug trafficking. */
  DRUG_TRAFFICKING_ENFORCEMENT(CoreArea.FEDERAL_PARTNERSHIPS, true, Agency.DEA),
  /** Apprehension of fugitives. */
  FUGITIVE_APPREHENSION(CoreArea.FEDERAL_PARTNERSHIPS, true, Agency.USMS),
  /** Outreach to the community. */
  COMMUNITY_OUTREACH(CoreArea.COMMUNITY_ENGAGEMENT, false, Agency.LOCAL_POLICE, Agency.USAO),
  /** A Safe Neighborhoods task force for prevention and outreach. */
  SAFE_NEIGHBORHOODS_TASK_FORCE(CoreArea.COMMUNITY_ENGAGEMENT, false, Agency.USAO),
  /** Reentry support for people returning from prison. */
  REENTRY(CoreArea.CRIMINAL_JUSTICE_COLLABORATION, false, Agency.OJP),
  /** Services for victims. */
  VICTIM_SERVICES(CoreArea.COMMUNITY_ENGAGEMENT, false, Agency.OVW, Agency.OJP),
  /** Treatment and city services; led by local government, which has no {@link Agency} constant. */
  TREATMENT_AND_SERVICES(CoreArea.CRIMINAL_JUSTICE_COLLABORATION, false),
  /** Crime analysis. */
  CRIME_ANALYSIS(CoreArea.CRIME_ANALYSIS, false, Agency.BJA),
  /** Crime-fighting technology. */
  TECHNOLOGY(CoreArea.TECHNOLOGY, false, Agency.BJA),
  /** Investigations, e.g. of unsolved homicides. */
  INVESTIGATIONS(CoreArea.INVESTIGATIONS, false, Agency.FBI),
  /** Constitutional policing. */
  CONSTITUTIONAL_POLICING(CoreArea.CONSTITUTIONAL_POLICING, false, Agency.COPS),
  /** Exchanges with peer PSP sites. */
  PEER_EXCHANGE(CoreArea.CRIMINAL_JUSTICE_COLLABORATION, false, Agency.BJA),
  /** Help applying for federal grants. */
  GRANT_ASSISTANCE(CoreArea.FEDERAL_PARTNERSHIPS, false, Agency.OJP),
  /** Coordination across the agencies of a region. */
  REGIONAL_COORDINATION(CoreArea.CRIMINAL_JUSTICE_COLLABORATION, false, Agency.REGIONAL_CRIME_CENTER);

  private final CoreArea coreArea;
  private final boolean enforcement;
  private final List<Agency> usualLeads;

  Strategy(CoreArea coreArea, boolean enforcement, Agency... usualLeads) {
    this.coreArea = coreArea;
    this.enforcement = enforcement;
    this.usualLeads = List.of(usualLeads);
  }

  /** The PSP core area this strategy belongs to. */
  public CoreArea coreArea() {
    return coreArea;
  }

  /** Whether this is an enforcement strategy, which only PSP-eligible sites are recommended. */
  public boolean isEnforcement() {
    return enforcement;
  }

  /**
   * The partners that usually lead this strategy, in order. Empty for {@link #TREATMENT_AND_SERVICES},
   * which local government leads.
   */
  public List<Agency> usualLeads() {
    return usualLeads;
  }

  /**
   * Whether this is a supporting strategy (peer exchange, grant assistance, regional coordination),
   * which supports the others: priority 3 when it is outside a site's focus.
   */
  public boolean isSupporting() {
    return this == PEER_EXCHANGE || this == GRANT_ASSISTANCE || this == REGIONAL_COORDINATION;
  }

  /** The enforcement strategies, which an ineligible site is never recommended. */
  public static Set<Strategy> enforcementStrategies() {
    return ENFORCEMENT;
  }

  private static final Set<Strategy> ENFORCEMENT =
      Sets.immutableEnumSet(Arrays.stream(values()).filter(Strategy::isEnforcement).toList());
}
