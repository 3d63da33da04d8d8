package org.psp.rules.baseline;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.InterventionStatus;
import org.psp.model.Mode;
import org.psp.model.Site;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;
import org.psp.model.YearlyStatistics;
import org.psp.rules.PolicySettings;

/**
 * The default policy (CONTRACT §4) written by hand in plain Java, without Drools: the speed baseline
 * for the engine, and an independent reading of the policy to test the .drl rules against. It
 * decides eligibility, strategies, modes and priorities; it writes no rationales.
 */
public final class HandWrittenPolicy {

  /** What the policy decides for one site: eligibility and, per strategy, its priority and mode. */
  public record Decision(boolean eligible, Map<Strategy, Integer> priorities, Map<Strategy, Mode> modes) {}

  private static final Map<Strategy, Capability> STRENGTHENED_BY = Map.of(
      Strategy.ENFORCEMENT_TASK_FORCE, Capability.VIOLENT_CRIME_TASK_FORCE,
      Strategy.FUGITIVE_APPREHENSION, Capability.FUGITIVE_TASK_FORCE,
      Strategy.CRIME_ANALYSIS, Capability.CRIME_ANALYSIS_UNIT,
      Strategy.TECHNOLOGY, Capability.REAL_TIME_CRIME_CENTER,
      Strategy.COMMUNITY_OUTREACH, Capability.COMMUNITY_POLICING_PROGRAM);
  private static final Set<Strategy> PRIORITY_3 =
      Set.of(Strategy.PEER_EXCHANGE, Strategy.GRANT_ASSISTANCE, Strategy.REGIONAL_COORDINATION);

  private final PolicySettings p;

  /** The policy with these settings. */
  public HandWrittenPolicy(PolicySettings settings) {
    this.p = settings;
  }

  /** Decides for {@code site} in {@code year}, against the national rate {@code nationalRate}. */
  public Decision decide(Site site, int year, double nationalRate) {
    YearlyStatistics stats = site.statisticsFor(year).orElseThrow();
    double ratio = stats.violentCrimeRate(site.population()) / nationalRate;
    Set<Condition> conditions = site.conditions();
    Set<Capability> capabilities = site.capabilities();
    double firearms = stats.firearmShare().orElse(Double.NaN);
    double gangs = stats.gangShare().orElse(Double.NaN);
    double drugs = stats.drugShare().orElse(Double.NaN);
    double clearance = stats.homicideClearanceRate().orElse(Double.NaN);
    int population = stats.population().orElse(site.population());

    boolean immigrationApplies = year >= p.immigrationCooperationFirstYear() && year <= p.immigrationCooperationLastYear();
    boolean eligible = ratio >= p.eligibilityRatio() && site.commitment()
        && !(immigrationApplies && conditions.contains(Condition.DECLINES_IMMIGRATION_COOPERATION));

    // Java's primitive comparisons with NaN are false, so a missing figure meets no threshold.
    EnumMap<Strategy, Integer> strategies = new EnumMap<>(Strategy.class);
    if (eligible) {
      add(strategies, Strategy.FEDERAL_PROSECUTION, firearms >= p.federalProsecutionFirearmShare());
      add(strategies, Strategy.CRIME_GUN_INTELLIGENCE, firearms >= p.crimeGunIntelligenceFirearmShare()
          && !capabilities.contains(Capability.NIBIN_ACCESS)
          && !capabilities.contains(Capability.CRIME_GUN_INTELLIGENCE_CENTER));
      add(strategies, Strategy.ENFORCEMENT_TASK_FORCE, gangs >= p.taskForceGangShare() || drugs >= p.taskForceDrugShare());
      add(strategies, Strategy.FOCUSED_DETERRENCE, gangs >= p.focusedDeterrenceGangShare());
      add(strategies, Strategy.HOT_SPOTS_POLICING, ratio >= p.hotSpotsRatio());
      add(strategies, Strategy.DRUG_TRAFFICKING_ENFORCEMENT, drugs >= p.drugTraffickingDrugShare());
      add(strategies, Strategy.FUGITIVE_APPREHENSION, conditions.contains(Condition.WARRANT_BACKLOG));
      add(strategies, Strategy.SAFE_NEIGHBORHOODS_TASK_FORCE,
          conditions.contains(Condition.LOW_COMMUNITY_TRUST) || conditions.contains(Condition.HIGH_PROFILE_INCIDENT));
      add(strategies, Strategy.VICTIM_SERVICES, !capabilities.contains(Capability.VICTIM_SERVICES_PROGRAM));
      add(strategies, Strategy.GRANT_ASSISTANCE, population < p.grantAssistancePopulation());
    }
    add(strategies, Strategy.TREATMENT_AND_SERVICES, drugs >= p.treatmentDrugShare());
    boolean enforcementLed = strategies.containsKey(Strategy.FEDERAL_PROSECUTION)
        || strategies.containsKey(Strategy.ENFORCEMENT_TASK_FORCE);
    add(strategies, Strategy.COMMUNITY_OUTREACH, enforcementLed
        || conditions.contains(Condition.LOW_COMMUNITY_TRUST) || conditions.contains(Condition.HIGH_PROFILE_INCIDENT));
    add(strategies, Strategy.REENTRY, enforcementLed && !capabilities.contains(Capability.REENTRY_PROGRAM));
    add(strategies, Strategy.CRIME_ANALYSIS,
        conditions.contains(Condition.ANALYTICS_DEFICIT) || !capabilities.contains(Capability.CRIME_ANALYSIS_UNIT));
    add(strategies, Strategy.TECHNOLOGY, conditions.contains(Condition.TECHNOLOGY_DEFICIT)
        || (ratio >= p.technologyRatio() && !capabilities.contains(Capability.REAL_TIME_CRIME_CENTER)));
    add(strategies, Strategy.INVESTIGATIONS, clearance < p.investigationsClearanceRate());
    add(strategies, Strategy.CONSTITUTIONAL_POLICING, conditions.contains(Condition.CONSENT_DECREE));
    add(strategies, Strategy.PEER_EXCHANGE, site.isEngaged());
    add(strategies, Strategy.REGIONAL_COORDINATION,
        site.kind() == SiteKind.REGION || site.hasPartner(Agency.REGIONAL_CRIME_CENTER));

    EnumMap<Strategy, Mode> modes = new EnumMap<>(Strategy.class);
    for (Strategy s : strategies.keySet()) {
      strategies.put(s, s.isEnforcement() ? (ratio >= p.priorityOneRatio() ? 1 : 2) : PRIORITY_3.contains(s) ? 3 : 2);
      boolean has = STRENGTHENED_BY.containsKey(s) && capabilities.contains(STRENGTHENED_BY.get(s));
      boolean active = site.interventions().stream()
          .anyMatch(i -> i.strategy() == s && i.status() == InterventionStatus.ACTIVE);
      modes.put(s, has || active ? Mode.STRENGTHEN : Mode.ESTABLISH);
    }
    return new Decision(eligible, strategies, modes);
  }

  private static void add(Map<Strategy, Integer> strategies, Strategy strategy, boolean when) {
    if (when) {
      strategies.put(strategy, 0);
    }
  }
}
