package org.psp.rules.baseline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psp.model.Advice;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.Mode;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;
import org.psp.model.YearlyStatistics;
import org.psp.rules.PolicySettings;
import org.psp.rules.facts.Assessment;

/**
 * The default policy (CONTRACT §4) written by hand in plain Java, without Drools: the speed baseline
 * for the engine, and an independent reading of the policy to test the .drl rules against.
 *
 * <p>{@link #advise} writes the whole {@link Advice} that the default rules write: the eligibility
 * reasons, each recommendation with the rule that made it, its rationale quoting the numbers, the
 * sentence on its usual leads and its cautions, and the rules that fired. It is the output the engine
 * is timed for, so the two are compared on the same work. {@link #decide} stops at the decisions
 * (eligibility, strategies, modes and priorities) and writes no text.
 *
 * <p>Only the number formats ({@link Assessment#rateSummary()}, {@link Assessment#percent}, {@link
 * Assessment#number}) are shared with the engine; every decision is read from the site here.
 */
public final class HandWrittenPolicy {

  /** What the policy decides for one site: eligibility and, per strategy, its priority and mode. */
  public record Decision(boolean eligible, Map<Strategy, Integer> priorities, Map<Strategy, Mode> modes) {}

  private static final String RATE_MET = "Eligibility: violent crime rate far above the national rate";
  private static final String RATE_UNMET = "Eligibility unmet: violent crime rate not far enough above the national rate";
  private static final String COMMITTED = "Eligibility: leadership committed";
  private static final String NOT_COMMITTED = "Eligibility unmet: leadership not committed";
  private static final String COOPERATES = "Eligibility: cooperates with federal immigration enforcement";
  private static final String DECLINES = "Eligibility unmet: declines federal immigration cooperation";
  private static final String ELIGIBLE = "Eligible for PSP";
  private static final String OUTREACH_ON_TRUST = "Community outreach: low trust or a high-profile incident";
  private static final String OUTREACH_WITH_ENFORCEMENT = "Prevention accompanies enforcement: community outreach";
  private static final String MODE_FROM_INTERVENTION = "Mode: strengthen an active intervention of the same strategy";
  private static final String PRIORITY_1 = "Priority 1: enforcement where violent crime is highest";
  private static final String PRIORITY_3 = "Priority 3: supporting strategies";
  private static final String CAUTION = "Caution: coordinate enforcement with the consent decree";

  private static final Strategy[] STRATEGIES = Strategy.values();

  /** The rule that proposes each strategy, by ordinal; COMMUNITY_OUTREACH has two (see {@link Reading}). */
  private static final String[] PROPOSED_BY = new String[STRATEGIES.length];
  /** The capability that makes a strategy STRENGTHEN, and the rule that says so, by ordinal; null if none. */
  private static final Capability[] STRENGTHENED_BY = new Capability[STRATEGIES.length];
  private static final String[] STRENGTHENED_RULE = new String[STRATEGIES.length];

  static {
    proposedBy(Strategy.FEDERAL_PROSECUTION, "Federal prosecution: gun violence at an eligible site");
    proposedBy(Strategy.CRIME_GUN_INTELLIGENCE, "Crime gun intelligence: gun violence without NIBIN or a crime gun intelligence center");
    proposedBy(Strategy.FOCUSED_DETERRENCE, "Focused deterrence: gang violence at an eligible site");
    proposedBy(Strategy.HOT_SPOTS_POLICING, "Hot spots policing: violent crime well above the national rate");
    proposedBy(Strategy.ENFORCEMENT_TASK_FORCE, "Enforcement task force: gang or drug violence at an eligible site");
    proposedBy(Strategy.DRUG_TRAFFICKING_ENFORCEMENT, "Drug trafficking enforcement: drug-related violence at an eligible site");
    proposedBy(Strategy.FUGITIVE_APPREHENSION, "Fugitive apprehension: warrant backlog at an eligible site");
    proposedBy(Strategy.GRANT_ASSISTANCE, "Grant assistance: small eligible site");
    proposedBy(Strategy.SAFE_NEIGHBORHOODS_TASK_FORCE,
        "Safe neighborhoods task force: low trust or a high-profile incident at an eligible site");
    proposedBy(Strategy.VICTIM_SERVICES, "Victim services: eligible site without a victim services program");
    proposedBy(Strategy.TREATMENT_AND_SERVICES, "Treatment and services: drug-related violence");
    proposedBy(Strategy.PEER_EXCHANGE, "Peer exchange: engaged site");
    proposedBy(Strategy.REGIONAL_COORDINATION, "Regional coordination: region or regional crime center");
    proposedBy(Strategy.CRIME_ANALYSIS, "Crime analysis: analytics deficit or no crime analysis unit");
    proposedBy(Strategy.TECHNOLOGY, "Technology: technology deficit, or high violence without a real-time crime center");
    proposedBy(Strategy.INVESTIGATIONS, "Investigations: low homicide clearance");
    proposedBy(Strategy.CONSTITUTIONAL_POLICING, "Constitutional policing: consent decree");
    proposedBy(Strategy.REENTRY, "Prevention accompanies enforcement: reentry");
    strengthenedBy(Strategy.ENFORCEMENT_TASK_FORCE, Capability.VIOLENT_CRIME_TASK_FORCE,
        "Mode: strengthen the existing violent crime task force");
    strengthenedBy(Strategy.FUGITIVE_APPREHENSION, Capability.FUGITIVE_TASK_FORCE,
        "Mode: strengthen the existing fugitive task force");
    strengthenedBy(Strategy.CRIME_ANALYSIS, Capability.CRIME_ANALYSIS_UNIT, "Mode: strengthen the existing crime analysis unit");
    strengthenedBy(Strategy.TECHNOLOGY, Capability.REAL_TIME_CRIME_CENTER, "Mode: strengthen the existing real-time crime center");
    strengthenedBy(Strategy.COMMUNITY_OUTREACH, Capability.COMMUNITY_POLICING_PROGRAM,
        "Mode: strengthen the existing community policing program");
  }

  private static void proposedBy(Strategy strategy, String rule) {
    PROPOSED_BY[strategy.ordinal()] = rule;
  }

  private static void strengthenedBy(Strategy strategy, Capability capability, String rule) {
    STRENGTHENED_BY[strategy.ordinal()] = capability;
    STRENGTHENED_RULE[strategy.ordinal()] = rule;
  }

  private final PolicySettings p;

  /** The policy with these settings. */
  public HandWrittenPolicy(PolicySettings settings) {
    this.p = settings;
  }

  /** Decides for {@code site} in {@code year}, against the national rate {@code nationalRate}; no text. */
  public Decision decide(Site site, int year, double nationalRate) {
    Reading r = new Reading(site, year, nationalRate);
    Map<Strategy, Integer> priorities = new EnumMap<>(Strategy.class);
    Map<Strategy, Mode> modes = new EnumMap<>(Strategy.class);
    for (Strategy s : STRATEGIES) {
      if (r.rule[s.ordinal()] != null) {
        priorities.put(s, r.priority[s.ordinal()]);
        modes.put(s, r.mode[s.ordinal()]);
      }
    }
    return new Decision(r.eligible, priorities, modes);
  }

  /**
   * The advice on {@code site} in {@code year}, against the national rate {@code nationalRate}, as the
   * default rules write it. Its fired rules are each rule that applied, once; the engine lists them in
   * the order they fired.
   */
  public Advice advise(Site site, int year, double nationalRate) {
    Reading r = new Reading(site, year, nationalRate);
    Assessment figures = new Assessment(site, year, nationalRate, p);
    List<String> fired = new ArrayList<>(16);
    List<String> reasons = new ArrayList<>(3);
    String rate = figures.rateSummary();
    String required = Assessment.number(p.eligibilityRatio()) + "× required";
    if (r.ratio >= p.eligibilityRatio()) {
      fired.add(RATE_MET);
      reasons.add("met: " + rate + ": at least the " + required);
    } else {
      fired.add(RATE_UNMET);
      reasons.add("not met: " + rate + ": below the " + required);
    }
    if (site.commitment()) {
      fired.add(COMMITTED);
      reasons.add("met: leadership is committed to reducing violent crime");
    } else {
      fired.add(NOT_COMMITTED);
      reasons.add("not met: leadership has not committed to reducing violent crime");
    }
    if (r.immigrationApplies) {
      if (r.declinesImmigration) {
        fired.add(DECLINES);
        reasons.add("not met: the site declines federal immigration cooperation, required for " + year + " (policy of "
            + p.immigrationCooperationFirstYear() + "-" + p.immigrationCooperationLastYear() + ")");
      } else {
        fired.add(COOPERATES);
        reasons.add("met: the site cooperates with federal immigration enforcement, required for " + year);
      }
    }
    if (r.eligible) {
      fired.add(ELIGIBLE);
    }

    List<Recommendation> recommendations = new ArrayList<>(STRATEGIES.length);
    boolean cautioned = false;
    for (Strategy s : STRATEGIES) {
      int i = s.ordinal();
      if (r.rule[i] == null) {
        continue;
      }
      fired.add(r.rule[i]);
      if (r.modeRule[i] != null && !fired.contains(r.modeRule[i])) {
        fired.add(r.modeRule[i]);
      }
      if (r.priorityRule[i] != null && !fired.contains(r.priorityRule[i])) {
        fired.add(r.priorityRule[i]);
      }
      List<String> cautions = List.of();
      if (s.isEnforcement() && r.consentDecree) {
        if (!cautioned) {
          cautioned = true;
          fired.add(CAUTION);
        }
        cautions = List.of("the police department is under a consent decree: coordinate " + s
            + " with the decree and the Justice Department that oversees it");
      }
      recommendations.add(Recommendation.builder()
          .strategy(s)
          .priority(r.priority[i])
          .mode(r.mode[i])
          .rule(r.rule[i])
          .rationale(rationale(s, r, figures) + ". " + Leads.sentence(site, s))
          .cautions(cautions)
          .build());
    }
    recommendations.sort(Advice.PRIORITY_ORDER);
    return Advice.builder()
        .site(site)
        .year(year)
        .nationalRate(nationalRate)
        .eligible(r.eligible)
        .eligibilityReasons(reasons)
        .recommendations(recommendations)
        .firedRules(fired)
        .build();
  }

  /** Why strategy {@code s} is proposed, quoting the numbers, as its rule writes it. */
  private String rationale(Strategy s, Reading r, Assessment figures) {
    return switch (s) {
      case FEDERAL_PROSECUTION -> figures.rateSummary() + "; " + Assessment.percent(r.firearms)
          + " of violent incidents involved a firearm (at least " + Assessment.percent(p.federalProsecutionFirearmShare()) + ")";
      case CRIME_GUN_INTELLIGENCE -> Assessment.percent(r.firearms) + " of violent incidents involved a firearm (at least "
          + Assessment.percent(p.crimeGunIntelligenceFirearmShare())
          + ") and the site has neither NIBIN access nor a crime gun intelligence center";
      case FOCUSED_DETERRENCE -> Assessment.percent(r.gangs) + " of violent incidents involved a gang (at least "
          + Assessment.percent(p.focusedDeterrenceGangShare()) + ")";
      case HOT_SPOTS_POLICING -> figures.rateSummary() + " (at least " + Assessment.number(p.hotSpotsRatio()) + "×)";
      case ENFORCEMENT_TASK_FORCE -> {
        String gangs = r.gangs >= p.taskForceGangShare() ? Assessment.percent(r.gangs)
            + " of violent incidents involved a gang (at least " + Assessment.percent(p.taskForceGangShare()) + ")" : null;
        String drugs = r.drugs >= p.taskForceDrugShare() ? Assessment.percent(r.drugs)
            + " involved drugs (at least " + Assessment.percent(p.taskForceDrugShare()) + ")" : null;
        yield gangs == null ? drugs : drugs == null ? gangs : gangs + "; " + drugs;
      }
      case DRUG_TRAFFICKING_ENFORCEMENT -> Assessment.percent(r.drugs) + " of violent incidents involved drugs (at least "
          + Assessment.percent(p.drugTraffickingDrugShare()) + ")";
      case FUGITIVE_APPREHENSION -> "the site has a backlog of outstanding warrants";
      case GRANT_ASSISTANCE -> Assessment.number(r.population) + " residents, fewer than "
          + Assessment.number(p.grantAssistancePopulation()) + ": a small site gains most from help with federal grants";
      case SAFE_NEIGHBORHOODS_TASK_FORCE -> "prevention and outreach must accompany enforcement: " + r.trustConcern();
      case COMMUNITY_OUTREACH -> OUTREACH_ON_TRUST.equals(r.rule[s.ordinal()])
          ? "building trust between the community and law enforcement: " + r.trustConcern()
          : "prevention and outreach must accompany enforcement (" + r.enforcementLead + " is recommended)";
      case REENTRY -> "people prosecuted and removed must return to opportunity (" + r.enforcementLead
          + " is recommended) and the site has no reentry program";
      case VICTIM_SERVICES -> "the site has no victim services program";
      case TREATMENT_AND_SERVICES -> Assessment.percent(r.drugs) + " of violent incidents involved drugs (at least "
          + Assessment.percent(p.treatmentDrugShare()) + "): treatment and city services, not only enforcement";
      case PEER_EXCHANGE -> "the site joined PSP in " + r.site.engagements().get(0).cohort() + " and can learn from its peer sites";
      case REGIONAL_COORDINATION -> r.site.kind() == SiteKind.REGION
          ? "the site is a region spanning several agencies" : "a regional crime center already works with the site";
      case CRIME_ANALYSIS -> r.conditions.contains(Condition.ANALYTICS_DEFICIT)
          ? "the site reports an analytics deficit" : "the site has no crime analysis unit";
      case TECHNOLOGY -> r.conditions.contains(Condition.TECHNOLOGY_DEFICIT)
          ? "the site reports a technology deficit"
          : figures.rateSummary() + " (at least " + Assessment.number(p.technologyRatio()) + "×) and the site has no real-time crime center";
      case INVESTIGATIONS -> Assessment.percent(r.clearance) + " of homicides cleared (below "
          + Assessment.percent(p.investigationsClearanceRate()) + ")";
      case CONSTITUTIONAL_POLICING -> "the police department is under a consent decree";
    };
  }

  /** The policy's decisions on one site in one year: which rule proposes each strategy, its mode and priority. */
  private final class Reading {
    final Site site;
    final Set<Condition> conditions;
    final double ratio;
    // Java's primitive comparisons with NaN are false, so a missing figure meets no threshold.
    final double firearms;
    final double gangs;
    final double drugs;
    final double clearance;
    final int population;
    final boolean immigrationApplies;
    final boolean declinesImmigration;
    final boolean consentDecree;
    final boolean eligible;
    /** By strategy ordinal: the rule that proposed it (null: not proposed), the mode and priority rules that changed it. */
    final String[] rule = new String[STRATEGIES.length];
    final String[] modeRule = new String[STRATEGIES.length];
    final String[] priorityRule = new String[STRATEGIES.length];
    final Mode[] mode = new Mode[STRATEGIES.length];
    final int[] priority = new int[STRATEGIES.length];
    /** The enforcement strategy that the prevention rules name: FEDERAL_PROSECUTION, else ENFORCEMENT_TASK_FORCE; null if neither. */
    final Strategy enforcementLead;

    Reading(Site site, int year, double nationalRate) {
      this.site = site;
      YearlyStatistics stats = site.statisticsFor(year).orElseThrow();
      ratio = stats.violentCrimeRate(site.population()) / nationalRate;
      conditions = site.conditions();
      Set<Capability> capabilities = site.capabilities();
      firearms = stats.firearmShare().orElse(Double.NaN);
      gangs = stats.gangShare().orElse(Double.NaN);
      drugs = stats.drugShare().orElse(Double.NaN);
      clearance = stats.homicideClearanceRate().orElse(Double.NaN);
      population = stats.population().orElse(site.population());
      immigrationApplies = p.immigrationCooperationRequired(year);
      declinesImmigration = conditions.contains(Condition.DECLINES_IMMIGRATION_COOPERATION);
      consentDecree = conditions.contains(Condition.CONSENT_DECREE);
      eligible = ratio >= p.eligibilityRatio() && site.commitment() && !(immigrationApplies && declinesImmigration);
      boolean trustConcern = conditions.contains(Condition.LOW_COMMUNITY_TRUST)
          || conditions.contains(Condition.HIGH_PROFILE_INCIDENT);

      if (eligible) {
        propose(Strategy.FEDERAL_PROSECUTION, firearms >= p.federalProsecutionFirearmShare());
        propose(Strategy.CRIME_GUN_INTELLIGENCE, firearms >= p.crimeGunIntelligenceFirearmShare()
            && !capabilities.contains(Capability.NIBIN_ACCESS)
            && !capabilities.contains(Capability.CRIME_GUN_INTELLIGENCE_CENTER));
        propose(Strategy.ENFORCEMENT_TASK_FORCE, gangs >= p.taskForceGangShare() || drugs >= p.taskForceDrugShare());
        propose(Strategy.FOCUSED_DETERRENCE, gangs >= p.focusedDeterrenceGangShare());
        propose(Strategy.HOT_SPOTS_POLICING, ratio >= p.hotSpotsRatio());
        propose(Strategy.DRUG_TRAFFICKING_ENFORCEMENT, drugs >= p.drugTraffickingDrugShare());
        propose(Strategy.FUGITIVE_APPREHENSION, conditions.contains(Condition.WARRANT_BACKLOG));
        propose(Strategy.SAFE_NEIGHBORHOODS_TASK_FORCE, trustConcern);
        propose(Strategy.VICTIM_SERVICES, !capabilities.contains(Capability.VICTIM_SERVICES_PROGRAM));
        propose(Strategy.GRANT_ASSISTANCE, population < p.grantAssistancePopulation());
      }
      propose(Strategy.TREATMENT_AND_SERVICES, drugs >= p.treatmentDrugShare());
      enforcementLead = rule[Strategy.FEDERAL_PROSECUTION.ordinal()] != null ? Strategy.FEDERAL_PROSECUTION
          : rule[Strategy.ENFORCEMENT_TASK_FORCE.ordinal()] != null ? Strategy.ENFORCEMENT_TASK_FORCE : null;
      if (trustConcern) {
        propose(Strategy.COMMUNITY_OUTREACH, OUTREACH_ON_TRUST);
      } else if (enforcementLead != null) {
        propose(Strategy.COMMUNITY_OUTREACH, OUTREACH_WITH_ENFORCEMENT);
      }
      propose(Strategy.REENTRY, enforcementLead != null && !capabilities.contains(Capability.REENTRY_PROGRAM));
      propose(Strategy.CRIME_ANALYSIS,
          conditions.contains(Condition.ANALYTICS_DEFICIT) || !capabilities.contains(Capability.CRIME_ANALYSIS_UNIT));
      propose(Strategy.TECHNOLOGY, conditions.contains(Condition.TECHNOLOGY_DEFICIT)
          || (ratio >= p.technologyRatio() && !capabilities.contains(Capability.REAL_TIME_CRIME_CENTER)));
      propose(Strategy.INVESTIGATIONS, clearance < p.investigationsClearanceRate());
      propose(Strategy.CONSTITUTIONAL_POLICING, consentDecree);
      propose(Strategy.PEER_EXCHANGE, site.isEngaged());
      propose(Strategy.REGIONAL_COORDINATION, site.kind() == SiteKind.REGION || site.hasPartner(Agency.REGIONAL_CRIME_CENTER));

      for (Strategy s : STRATEGIES) {
        int i = s.ordinal();
        if (rule[i] == null) {
          continue;
        }
        // Where both a capability and an active intervention call for STRENGTHEN, the engine fires the
        // capability's rule first, and the other no longer matches.
        mode[i] = Mode.ESTABLISH;
        if (STRENGTHENED_BY[i] != null && capabilities.contains(STRENGTHENED_BY[i])) {
          mode[i] = Mode.STRENGTHEN;
          modeRule[i] = STRENGTHENED_RULE[i];
        } else if (site.hasActiveIntervention(s)) {
          mode[i] = Mode.STRENGTHEN;
          modeRule[i] = MODE_FROM_INTERVENTION;
        }
        priority[i] = 2;
        if (s.isEnforcement() && ratio >= p.priorityOneRatio()) {
          priority[i] = 1;
          priorityRule[i] = PRIORITY_1;
        } else if (s == Strategy.PEER_EXCHANGE || s == Strategy.GRANT_ASSISTANCE || s == Strategy.REGIONAL_COORDINATION) {
          priority[i] = 3;
          priorityRule[i] = PRIORITY_3;
        }
      }
    }

    private void propose(Strategy strategy, boolean when) {
      if (when) {
        propose(strategy, PROPOSED_BY[strategy.ordinal()]);
      }
    }

    private void propose(Strategy strategy, String byRule) {
      rule[strategy.ordinal()] = byRule;
    }

    /** What calls for community outreach: low trust, else a high-profile incident. */
    String trustConcern() {
      return conditions.contains(Condition.LOW_COMMUNITY_TRUST) ? "community trust is low" : "a high-profile incident occurred";
    }
  }

  /**
   * The sentence on a strategy's usual leads that ends each rationale, for each set of its leads that
   * work with the site (bit i for lead i): worked out once, as a hand-written policy would.
   */
  private static final class Leads {
    private static final String[][] SENTENCES = new String[STRATEGIES.length][];

    static {
      for (Strategy s : STRATEGIES) {
        List<Agency> leads = s.usualLeads();
        SENTENCES[s.ordinal()] = new String[1 << leads.size()];
        for (int working = 0; working < SENTENCES[s.ordinal()].length; working++) {
          List<String> names = new ArrayList<>();
          for (int i = 0; i < leads.size(); i++) {
            if ((working >> i & 1) == 1) {
              names.add(leads.get(i).name());
            }
          }
          SENTENCES[s.ordinal()][working] = leads.isEmpty() ? "Led by " + s.usualLeadsDescription() + "."
              : "Usual leads: " + s.usualLeadsDescription() + "; " + (names.isEmpty() ? "none of them works with the site yet"
                  : String.join(", ", names) + (names.size() == 1 ? " already works" : " already work") + " with the site") + ".";
        }
      }
    }

    static String sentence(Site site, Strategy strategy) {
      List<Agency> leads = strategy.usualLeads();
      int working = 0;
      for (int i = 0; i < leads.size(); i++) {
        if (site.hasPartner(leads.get(i))) {
          working |= 1 << i;
        }
      }
      return SENTENCES[strategy.ordinal()][working];
    }
  }
}
