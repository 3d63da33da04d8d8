package org.psp.rules.baseline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.psp.model.Advice;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.DataNote;
import org.psp.model.DerivedFigure;
import org.psp.model.EvidenceTable;
import org.psp.model.Ground;
import org.psp.model.Ground.Purpose;
import org.psp.model.Intervention;
import org.psp.model.Measure;
import org.psp.model.InterventionReview;
import org.psp.model.Mode;
import org.psp.model.NationalRate;
import org.psp.model.NationalRates;
import org.psp.model.OnRecord;
import org.psp.model.Outcome;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;
import org.psp.model.YearlyStatistics;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Because;
import org.psp.rules.facts.Caution;
import org.psp.rules.facts.Criterion;
import org.psp.rules.facts.Eligible;
import org.psp.rules.facts.NotOnRecord;
import org.psp.rules.facts.Proposal;
import org.psp.rules.facts.RankScore;
import org.psp.rules.facts.RankWithin;
import org.psp.rules.facts.Strengthen;
import org.psp.rules.internal.engine.AdviceAssembler;
import org.psp.rules.internal.engine.FiringRecord;
import org.psp.rules.internal.rulebase.RuleCatalog;
import org.psp.rules.settings.PolicySettings;

/**
 * The default policy (CONTRACT §4) written by hand in plain Java, without Drools: the speed baseline
 * for the engine, and an independent reading of the policy to test the .drl rules against.
 *
 * <p>{@link #advise} writes the whole {@link Advice} that the default rules write: the eligibility
 * reasons, each recommendation with the rule that made it, its rationale quoting the numbers, the
 * sentence on its usual leads and its cautions, and the rules that fired. It is the output the engine
 * is timed for, so the two are compared on the same work. {@link #decide} stops at the decisions
 * (eligibility, strategies, modes, ranks, focus and priorities) and writes no text; it ranks on its
 * own, with none of the engine's folding, so that comparing it with the advice tests that folding.
 *
 * <p>Shared with the engine: the grounds ({@link Ground}) and their words, the fact types, a few
 * readings of {@link Because} ({@link Because#rate}, {@link Because#kept}, {@link Because#notOnRecord}),
 * and the {@link AdviceAssembler} that folds facts into advice, so that the leads sentence and the
 * merging of proposals are written once. Every decision, and which grounds each rationale and reason
 * gives, is read from the site here; rule names are checked against the engine's catalog.
 */
public final class HandWrittenPolicy {

  /**
   * What the policy decides for one site: eligibility, per strategy its priority, mode and rank, and
   * the focus.
   */
  public record Decision(boolean eligible, Map<Strategy, Integer> priorities, Map<Strategy, Mode> modes,
      Map<Strategy, Integer> ranks, List<Strategy> focus) {}

  /** The default rules this baseline models, as {@link #named} met them; before the first of them. */
  private static final Set<String> MODELLED = new LinkedHashSet<>();

  private static final String RATE_MET = named("Eligibility: violent crime rate far above the national rate");
  private static final String RATE_UNMET = named("Eligibility unmet: violent crime rate not far enough above the national rate");
  private static final String COMMITTED = named("Eligibility: leadership committed, or its commitment not on record");
  private static final String NOT_COMMITTED = named("Eligibility unmet: leadership not committed");
  private static final String COOPERATES = named("Eligibility: no refusal of federal immigration cooperation on record");
  private static final String DECLINES = named("Eligibility unmet: declines federal immigration cooperation");
  private static final String ELIGIBLE = named("Eligible for PSP");
  private static final String PROSECUTION_ON_MURDERS =
      named("Federal prosecution: murder rate standing in for a missing firearm share");
  private static final String GUN_INTELLIGENCE_ON_MURDERS =
      named("Crime gun intelligence: murder rate standing in for a missing firearm share");
  private static final String OUTREACH_ON_TRUST = named("Community outreach: low trust or a high-profile incident");
  private static final String OUTREACH_WITH_ENFORCEMENT = named("Prevention accompanies enforcement: community outreach");
  private static final String MODE_FROM_INTERVENTION = named("Mode: strengthen an active intervention of the same strategy");
  private static final String MODE_FROM_REGIONAL_CENTER = named("Mode: strengthen the regional crime center's work");
  private static final String MODE_UNKNOWN_INTERVENTION = named("Mode unknown: intervention not on record");
  private static final String KEPT = named("Active intervention: an eligible site keeps what it carries out");
  private static final String OUTCOME_WORSENING = named("Outcome: worsening since joining puts enforcement first");
  private static final String OUTCOME_MENTOR = named("Outcome: improving after a completed engagement puts peer exchange in the focus");
  private static final String RANK_NEED = named("Rank: need, how far the deciding figure is beyond its threshold");
  private static final String RANK_EVIDENCE = named("Rank: evidence behind the strategy");
  private static final String RANK_DEFICIT = named("Rank: capacity, a deficit the site reports");
  private static final String RANK_ABSENT = named("Rank: capacity, recorded as absent");
  private static final String RANK_UNKNOWN = named("Rank: capacity, not on record");
  private static final String RANK_STRENGTHEN = named("Rank: capacity, an effort to strengthen");
  private static final String CAUTION = named("Caution: coordinate enforcement with the consent decree");

  private static final Strategy[] STRATEGIES = Strategy.values();

  /**
   * {@code name}, after checking that the default policy's catalog has a rule of that name: a renamed
   * rule fails here instead of leaving the baseline to compare with nothing. The name is one of the
   * rules this baseline models ({@link #modelledRules()}).
   */
  private static String named(String name) {
    String known = RuleCatalog.defaults().rule(name)
        .orElseThrow(() -> new IllegalStateException("the default policy has no rule named \"" + name + "\""))
        .name();
    MODELLED.add(known);
    return known;
  }

  /** The names of the default rules this baseline models. */
  public static Set<String> modelledRules() {
    return Collections.unmodifiableSet(MODELLED);
  }

  /**
   * Whether this baseline proposes {@code strategy} from the site's figures: false for a strategy added
   * to the catalog after it was written (CONTRIBUTING.md, "Add a strategy"), which it only keeps as an
   * ACTIVE intervention.
   */
  public static boolean proposes(Strategy strategy) {
    return PROPOSED_BY[strategy.ordinal()] != null || strategy == Strategy.COMMUNITY_OUTREACH;
  }

  /** The rule that proposes each strategy, by ordinal; COMMUNITY_OUTREACH has two (see {@link Reading}). */
  private static final String[] PROPOSED_BY = new String[STRATEGIES.length];
  /** The capabilities that make a strategy STRENGTHEN, the rule that says so and its reason, by ordinal; null if none. */
  private static final Capability[][] STRENGTHENED_BY = new Capability[STRATEGIES.length][];
  /** The rule that makes a strategy with matching capabilities UNKNOWN, by ordinal. */
  private static final String[] UNKNOWN_RULE = new String[STRATEGIES.length];
  private static final String[] STRENGTHENED_RULE = new String[STRATEGIES.length];
  private static final String[] STRENGTHENED_REASON = new String[STRATEGIES.length];

  static {
    proposedBy(Strategy.FEDERAL_PROSECUTION, named("Federal prosecution: gun violence at an eligible site"));
    proposedBy(Strategy.CRIME_GUN_INTELLIGENCE, named("Crime gun intelligence: gun violence at an eligible site"));
    proposedBy(Strategy.FOCUSED_DETERRENCE, named("Focused deterrence: gang violence at an eligible site"));
    proposedBy(Strategy.HOT_SPOTS_POLICING, named("Hot spots policing: violent crime well above the national rate"));
    proposedBy(Strategy.ENFORCEMENT_TASK_FORCE, named("Enforcement task force: gang or drug violence at an eligible site"));
    proposedBy(Strategy.DRUG_TRAFFICKING_ENFORCEMENT, named("Drug trafficking enforcement: drug-related violence at an eligible site"));
    proposedBy(Strategy.FUGITIVE_APPREHENSION, named("Fugitive apprehension: warrant backlog at an eligible site"));
    proposedBy(Strategy.GRANT_ASSISTANCE, named("Grant assistance: small eligible site"));
    proposedBy(Strategy.SAFE_NEIGHBORHOODS_TASK_FORCE,
        named("Safe neighborhoods task force: low trust or a high-profile incident at an eligible site"));
    proposedBy(Strategy.VICTIM_SERVICES, named("Victim services: eligible site with no victim services program on record"));
    proposedBy(Strategy.TREATMENT_AND_SERVICES, named("Treatment and services: drug-related violence"));
    proposedBy(Strategy.PEER_EXCHANGE, named("Peer exchange: engaged site"));
    proposedBy(Strategy.REGIONAL_COORDINATION, named("Regional coordination: region or regional crime center"));
    proposedBy(Strategy.CRIME_ANALYSIS, named("Crime analysis: analytics deficit or no crime analysis unit on record"));
    proposedBy(Strategy.TECHNOLOGY, named("Technology: technology deficit, or high violence with no real-time crime center on record"));
    proposedBy(Strategy.INVESTIGATIONS, named("Investigations: low homicide clearance"));
    proposedBy(Strategy.CONSTITUTIONAL_POLICING, named("Constitutional policing: consent decree"));
    proposedBy(Strategy.REENTRY, named("Prevention accompanies enforcement: reentry"));
    strengthenedBy(Strategy.ENFORCEMENT_TASK_FORCE, named("Mode: strengthen the existing violent crime task force"),
        named("Mode unknown: violent crime task force not on record"), Capability.VIOLENT_CRIME_TASK_FORCE);
    strengthenedBy(Strategy.FUGITIVE_APPREHENSION, named("Mode: strengthen the existing fugitive task force"),
        named("Mode unknown: fugitive task force not on record"), Capability.FUGITIVE_TASK_FORCE);
    strengthenedBy(Strategy.CRIME_ANALYSIS, named("Mode: strengthen the existing crime analysis unit"),
        named("Mode unknown: crime analysis unit not on record"), Capability.CRIME_ANALYSIS_UNIT);
    strengthenedBy(Strategy.TECHNOLOGY, named("Mode: strengthen the existing real-time crime center"),
        named("Mode unknown: real-time crime center not on record"), Capability.REAL_TIME_CRIME_CENTER);
    strengthenedBy(Strategy.COMMUNITY_OUTREACH, named("Mode: strengthen the existing community policing program"),
        named("Mode unknown: community policing program not on record"), Capability.COMMUNITY_POLICING_PROGRAM);
    strengthenedBy(Strategy.CRIME_GUN_INTELLIGENCE, named("Mode: strengthen the existing NIBIN access or crime gun intelligence center"),
        named("Mode unknown: NIBIN access or crime gun intelligence center not on record"), Capability.NIBIN_ACCESS,
        Capability.CRIME_GUN_INTELLIGENCE_CENTER);
  }

  private static void proposedBy(Strategy strategy, String rule) {
    PROPOSED_BY[strategy.ordinal()] = rule;
  }

  private static void strengthenedBy(Strategy strategy, String rule, String unknownRule, Capability... capabilities) {
    STRENGTHENED_BY[strategy.ordinal()] = capabilities;
    STRENGTHENED_RULE[strategy.ordinal()] = rule;
    UNKNOWN_RULE[strategy.ordinal()] = unknownRule;
  }

  private final PolicySettings p;
  private final NationalRates rates;

  /** The policy with these settings, comparing sites with {@code rates}. */
  public HandWrittenPolicy(PolicySettings settings, NationalRates rates) {
    this.p = settings;
    this.rates = rates;
  }

  /** Decides for {@code site} in {@code year}; no text. */
  public Decision decide(Site site, int year) {
    Reading r = new Reading(site, rates.rate(year).orElseThrow(), outcome(site, year));
    Map<Strategy, Mode> modes = new EnumMap<>(Strategy.class);
    List<Strategy> proposed = new ArrayList<>();
    for (Strategy s : STRATEGIES) {
      if (r.proposed(s)) {
        modes.put(s, r.mode[s.ordinal()]);
        proposed.add(s);
      }
    }
    // By score, the highest first, ties in catalog order; then the outcome's placements.
    proposed.sort(Comparator.comparingDouble((Strategy s) -> -r.score(s)).thenComparing(Comparator.naturalOrder()));
    List<Strategy> order = new ArrayList<>(proposed.size());
    if (r.worsening) {
      proposed.stream().filter(Strategy::isEnforcement).forEach(order::add);
    }
    proposed.stream().filter(s -> !order.contains(s)).forEach(order::add);
    int inFocus = p.focusSize();
    if (r.mentor && order.indexOf(Strategy.PEER_EXCHANGE) >= inFocus) {
      order.remove(Strategy.PEER_EXCHANGE);
      order.add(inFocus - 1, Strategy.PEER_EXCHANGE);
    }
    Map<Strategy, Integer> ranks = new EnumMap<>(Strategy.class);
    Map<Strategy, Integer> priorities = new EnumMap<>(Strategy.class);
    for (int i = 0; i < order.size(); i++) {
      Strategy s = order.get(i);
      ranks.put(s, i + 1);
      priorities.put(s, i < inFocus ? 1 : s == Strategy.PEER_EXCHANGE || s == Strategy.GRANT_ASSISTANCE
          || s == Strategy.REGIONAL_COORDINATION ? 3 : 2);
    }
    return new Decision(r.eligible, priorities, modes, ranks, List.copyOf(order.subList(0, Math.min(inFocus, order.size()))));
  }

  /**
   * The advice on {@code site} in {@code year}, against the national rates of that year, as the
   * default rules write it: the facts the rules would insert, each with its rule, folded by the
   * engine's own {@link AdviceAssembler}, so that the words of the advice (the leads sentence, the
   * merging of proposals) exist once. Its fired rules are each rule that applied, once; the engine
   * lists them in the order they fired.
   */
  public Advice advise(Site site, int year) {
    NationalRate national = rates.rate(year).orElseThrow();
    Outcome outcome = outcome(site, year);
    Reading r = new Reading(site, national, outcome);
    List<InterventionReview> reviews = InterventionReview.of(site, year, rates);
    Assessment a = new Assessment(site, national, p, outcome, reviews);
    FiringRecord record = new FiringRecord();
    Ground rate = Because.rate(a);
    Ground ratio = Because.atLeast(a, "nationalRatio", "eligibilityRatio");
    if (r.ratio >= p.eligibilityRatio()) {
      insert(record, RATE_MET, Criterion.met(a, "violent crime rate", rate, ratio));
    } else {
      insert(record, RATE_UNMET, Criterion.unmet(a, "violent crime rate", rate, ratio));
    }
    Ground commitment = new Ground.Commitment(site.commitment(), site.isRecorded(SiteField.COMMITMENT));
    if (site.commitment()) {
      insert(record, COMMITTED, Criterion.met(a, "commitment", commitment));
    } else {
      insert(record, NOT_COMMITTED, Criterion.unmet(a, "commitment", commitment));
    }
    if (r.immigrationApplies) {
      Ground declines = new Ground.ConditionOnRecord(Condition.DECLINES_IMMIGRATION_COOPERATION,
          site.condition(Condition.DECLINES_IMMIGRATION_COOPERATION, year), year);
      Ground required = new Ground.RequiredIn(year, p.immigrationCooperationFirstYear(), p.immigrationCooperationLastYear());
      if (r.declinesImmigration) {
        insert(record, DECLINES, Criterion.unmet(a, "immigration cooperation", declines, required));
      } else {
        insert(record, COOPERATES, Criterion.met(a, "immigration cooperation", declines, required));
      }
    }
    if (r.eligible) {
      insert(record, ELIGIBLE, new Eligible(a));
    }
    Proposal[] proposals = new Proposal[STRATEGIES.length];
    for (Strategy s : STRATEGIES) {
      int i = s.ordinal();
      if (r.rule[i] != null) {
        proposals[i] = new Proposal(a, s, grounds(s, r, a));
        insert(record, r.rule[i], proposals[i]);
      }
      if (r.kept[i] != null) {
        // The strategies stage keeps an ACTIVE intervention's strategy after the figures' rules.
        Proposal kept = new Proposal(a, r.kept[i], Because.kept(a, r.kept[i]));
        proposals[i] = proposals[i] == null ? kept : proposals[i];
        insert(record, KEPT, kept);
      }
    }
    for (Strategy s : STRATEGIES) {
      Proposal proposal = proposals[s.ordinal()];
      if (proposal == null) {
        continue;
      }
      int i = s.ordinal();
      // The outcomes stage runs before the refinements: its placements come first.
      if (s.isEnforcement() && r.worsening) {
        insert(record, OUTCOME_WORSENING, new RankWithin(proposal, "outcome", 1, new Ground.Fared(outcome)));
      }
      if (s == Strategy.PEER_EXCHANGE && r.mentor) {
        insert(record, OUTCOME_MENTOR, new RankWithin(proposal, "outcome", p.focusSize(), new Ground.Fared(outcome)));
      }
      if (r.capabilityMode[i]) {
        Capability has = STRENGTHENED_BY[i].length > 1 && a.hasCapability(STRENGTHENED_BY[i][1]) ? STRENGTHENED_BY[i][1]
            : STRENGTHENED_BY[i][0];
        insert(record, STRENGTHENED_RULE[i], new Strengthen(proposal, new Ground.CapabilityOnRecord(has, OnRecord.HOLDS, year,
            Optional.empty())));
      }
      if (s == Strategy.REGIONAL_COORDINATION && a.hasPartner(Agency.REGIONAL_CRIME_CENTER)) {
        insert(record, MODE_FROM_REGIONAL_CENTER, new Strengthen(proposal, new Ground.PartnerWorks(Agency.REGIONAL_CRIME_CENTER,
            year)));
      }
      if (r.interventionMode[i]) {
        Integer since = a.activeInterventionSince(s);
        insert(record, MODE_FROM_INTERVENTION, new Strengthen(proposal, new Ground.ActiveIntervention(s,
            since == null ? OptionalInt.empty() : OptionalInt.of(since))));
      }
      if (r.mode[i] == Mode.UNKNOWN) {
        insert(record, UNKNOWN_RULE[i] != null ? UNKNOWN_RULE[i] : MODE_UNKNOWN_INTERVENTION, new NotOnRecord(proposal,
            STRENGTHENED_BY[i] != null ? Because.notOnRecord(a, s, STRENGTHENED_BY[i]) : Because.notOnRecord(a, s)));
      }
      if (s.isEnforcement() && r.consentDecree) {
        insert(record, CAUTION, new Caution(proposal, new Ground.CoordinateWith(Condition.CONSENT_DECREE, s)));
      }
    }
    // The ranking stage, after every refinement.
    for (Strategy s : STRATEGIES) {
      Proposal proposal = proposals[s.ordinal()];
      if (proposal == null) {
        continue;
      }
      int i = s.ordinal();
      if (r.figure[i] != null) {
        insert(record, RANK_NEED, new RankScore(proposal, "need", p.rankNeedWeight() * r.need(s), described(r.figure[i], a)));
      }
      insert(record, RANK_EVIDENCE, new RankScore(proposal, "evidence", r.evidence(s),
          new Ground.EvidenceWeighed(EvidenceTable.bundled().summary(s), p.rankNullFindingPenalty())));
      if (r.deficit(s)) {
        insert(record, RANK_DEFICIT, new RankScore(proposal, "capacity", p.rankCapacityWeight(),
            new Ground.EffortOnRecord(s, Ground.Capacity.DEFICIT_REPORTED, year)));
      }
      if (r.mode[i] == Mode.STRENGTHEN) {
        insert(record, RANK_STRENGTHEN, new RankScore(proposal, "capacity", 0,
            new Ground.EffortOnRecord(s, Ground.Capacity.TO_STRENGTHEN, year)));
      } else if (r.mode[i] == Mode.ESTABLISH) {
        insert(record, RANK_ABSENT, new RankScore(proposal, "capacity", p.rankCapacityWeight(),
            new Ground.EffortOnRecord(s, Ground.Capacity.RECORDED_ABSENT, year)));
      } else {
        insert(record, RANK_UNKNOWN, new RankScore(proposal, "capacity", 0.5 * p.rankCapacityWeight(),
            new Ground.EffortOnRecord(s, Ground.Capacity.NOT_ON_RECORD, year)));
      }
    }
    return AdviceAssembler.assemble(a, record, reviews);
  }

  /** The site's outcome in {@code year}, or null for a site not engaged by then. */
  private Outcome outcome(Site site, int year) {
    return Outcome.of(site, year, rates, p.outcomeMargin()).orElse(null);
  }

  private static void insert(FiringRecord record, String rule, Object fact) {
    record.fired(rule);
    record.inserted(fact, rule);
  }

  /** What strategy {@code s} is proposed on, as its rule gives it. */
  private Ground[] grounds(Strategy s, Reading r, Assessment a) {
    Ground rate = new Ground.NationalRatio(a.getYear(), a.getViolentCrimeRate(), a.getNationalRate(), p.ratioThresholds(),
        DataNote.on(a.getStatistics(), DerivedFigure.NATIONAL_RATIO));
    Ground figure = described(r.figure[s.ordinal()], a);
    return switch (s) {
      case FEDERAL_PROSECUTION -> PROSECUTION_ON_MURDERS.equals(r.rule[s.ordinal()])
          ? new Ground[] {rate, murdersStandIn(a), figure} : new Ground[] {rate, figure};
      case CRIME_GUN_INTELLIGENCE -> GUN_INTELLIGENCE_ON_MURDERS.equals(r.rule[s.ordinal()])
          ? new Ground[] {murdersStandIn(a), figure} : new Ground[] {figure};
      case FOCUSED_DETERRENCE, DRUG_TRAFFICKING_ENFORCEMENT, INVESTIGATIONS -> new Ground[] {figure};
      case HOT_SPOTS_POLICING -> new Ground[] {rate, figure};
      case ENFORCEMENT_TASK_FORCE -> {
        List<Ground> shares = new ArrayList<>(2);
        if (r.gangs >= p.taskForceGangShare()) {
          shares.add(described(share("gangShare", r.gangs, "taskForceGangShare", p.taskForceGangShare()), a));
        }
        if (r.drugs >= p.taskForceDrugShare()) {
          shares.add(described(share("drugShare", r.drugs, "taskForceDrugShare", p.taskForceDrugShare()), a));
        }
        yield shares.toArray(new Ground[0]);
      }
      case FUGITIVE_APPREHENSION -> new Ground[] {held(Condition.WARRANT_BACKLOG, a)};
      case GRANT_ASSISTANCE -> new Ground[] {figure, new Ground.Aim(Purpose.SMALL_SITE_GRANTS)};
      case SAFE_NEIGHBORHOODS_TASK_FORCE -> new Ground[] {new Ground.Aim(Purpose.PREVENTION_WITH_ENFORCEMENT),
          held(r.trustConcern(), a)};
      case COMMUNITY_OUTREACH -> OUTREACH_ON_TRUST.equals(r.rule[s.ordinal()])
          ? new Ground[] {new Ground.Aim(Purpose.BUILDING_TRUST), held(r.trustConcern(), a)}
          : new Ground[] {new Ground.Aim(Purpose.PREVENTION_WITH_ENFORCEMENT), new Ground.Accompanies(r.enforcementLead)};
      case REENTRY -> new Ground[] {new Ground.Aim(Purpose.RETURN_TO_OPPORTUNITY), new Ground.Accompanies(r.enforcementLead),
          lacks(Capability.REENTRY_PROGRAM, s, a)};
      case VICTIM_SERVICES -> new Ground[] {lacks(Capability.VICTIM_SERVICES_PROGRAM, s, a)};
      case TREATMENT_AND_SERVICES -> new Ground[] {figure, new Ground.Aim(Purpose.TREATMENT_NOT_ONLY_ENFORCEMENT)};
      case PEER_EXCHANGE -> new Ground[] {new Ground.Joined(a.getJoined()), new Ground.Aim(Purpose.LEARNING_FROM_PEERS)};
      case REGIONAL_COORDINATION -> new Ground[] {r.site.kind() == SiteKind.REGION ? new Ground.KindOfSite(SiteKind.REGION)
          : new Ground.PartnerWorks(Agency.REGIONAL_CRIME_CENTER, a.getYear())};
      case CRIME_ANALYSIS -> new Ground[] {r.conditions.contains(Condition.ANALYTICS_DEFICIT)
          ? held(Condition.ANALYTICS_DEFICIT, a) : lacks(Capability.CRIME_ANALYSIS_UNIT, s, a)};
      case TECHNOLOGY -> r.conditions.contains(Condition.TECHNOLOGY_DEFICIT)
          ? new Ground[] {held(Condition.TECHNOLOGY_DEFICIT, a)}
          : new Ground[] {rate, figure, lacks(Capability.REAL_TIME_CRIME_CENTER, s, a)};
      case CONSTITUTIONAL_POLICING -> new Ground[] {held(Condition.CONSENT_DECREE, a)};
    };
  }

  private static Ground held(Condition condition, Assessment a) {
    return new Ground.ConditionOnRecord(condition, OnRecord.HOLDS, a.getYear());
  }

  /** That the site lacks {@code capability}, beside an ACTIVE intervention of {@code s} if it carries one out. */
  private static Ground lacks(Capability capability, Strategy s, Assessment a) {
    return new Ground.CapabilityOnRecord(capability, a.capability(capability), a.getYear(),
        a.hasActiveIntervention(s) ? Optional.of(s) : Optional.empty());
  }

  /**
   * {@code f} with what its words need beside the decision: the default policy's value of its setting
   * and the year's FBI flags on its figure; null for null (no figure decided).
   */
  private static Ground.FigureAgainstSetting described(Ground.FigureAgainstSetting f, Assessment a) {
    return f == null ? null : new Ground.FigureAgainstSetting(f.figure(), f.value(), f.setting(), f.threshold(), f.comparison(),
        OptionalDouble.of(PolicySettings.defaults().value(f.setting())),
        DataNote.on(a.getStatistics(), Measure.named(f.figure()).orElseThrow()));
  }

  private static Ground.FigureAgainstSetting share(String figure, double value, String setting, double threshold) {
    return new Ground.FigureAgainstSetting(figure, OptionalDouble.of(value), setting, threshold, Ground.Comparison.AT_LEAST);
  }

  /**
   * How far {@code value} is above {@code threshold}, relative to it (taken as it is for a threshold
   * of 0); never negative. For a figure that must be below its threshold, pass both negated.
   */
  private static double relativeExcess(double value, double threshold) {
    double scale = Math.abs(threshold) > 0 ? Math.abs(threshold) : 1;
    return Math.max(0, (value - threshold) / scale);
  }

  /** That the murder rate stands in for the firearm share the year does not give, as the two stand-in rules say. */
  private Ground murdersStandIn(Assessment a) {
    Double national = a.getNationalMurderRate();
    return new Ground.MurderRateStandsIn("firearmShare", a.getYear(), a.getMurderRate(),
        national == null ? OptionalDouble.empty() : OptionalDouble.of(national), p.ratioThresholds(),
        DataNote.on(a.getStatistics(), DerivedFigure.MURDER_RATIO));
  }

  /** The policy's decisions on one site in one year: which rule proposes each strategy, its mode and priority. */
  private final class Reading {
    final Site site;
    final Set<Condition> conditions;
    final double ratio;
    // Java's primitive comparisons with NaN are false, so a missing figure meets no threshold.
    final double firearms;
    /** M, the site's murder rate / the national one; NaN when the table has no national murder rate. */
    final double murderRatio;
    final double gangs;
    final double drugs;
    final double clearance;
    final int population;
    final boolean immigrationApplies;
    final boolean declinesImmigration;
    final boolean consentDecree;
    final boolean eligible;
    /** The outcome reactions: enforcement first for a worsening site, peer exchange in the focus for a mentor site. */
    final boolean worsening;
    final boolean mentor;
    /** By strategy ordinal: the figure that decided its proposal and the threshold it passed; null when none did. */
    final Ground.FigureAgainstSetting[] figure = new Ground.FigureAgainstSetting[STRATEGIES.length];
    /**
     * By strategy ordinal: the rule that proposed it (null: not proposed); whether a capability, and
     * whether an active intervention, makes it STRENGTHEN (both may); its mode and priority.
     */
    final String[] rule = new String[STRATEGIES.length];
    /** By strategy ordinal: the ACTIVE intervention whose strategy an eligible site keeps; null if none. */
    final Intervention[] kept = new Intervention[STRATEGIES.length];
    final boolean[] capabilityMode = new boolean[STRATEGIES.length];
    final boolean[] interventionMode = new boolean[STRATEGIES.length];
    final Mode[] mode = new Mode[STRATEGIES.length];
    /** The enforcement strategy that the prevention rules name: FEDERAL_PROSECUTION, else ENFORCEMENT_TASK_FORCE; null if neither. */
    final Strategy enforcementLead;

    Reading(Site site, NationalRate national, Outcome outcome) {
      this.site = site;
      worsening = outcome != null && outcome.verdict() == Outcome.Verdict.WORSENING && outcome.engagementYear() >= 2;
      mentor = outcome != null && outcome.verdict() == Outcome.Verdict.IMPROVING && outcome.completed();
      int year = national.year();
      double nationalRate = national.violentCrimeRate();
      YearlyStatistics stats = site.statisticsFor(year).orElseThrow();
      ratio = stats.violentCrimeRate(site.population()) / nationalRate;
      conditions = EnumSet.noneOf(Condition.class);
      site.conditions().stream().filter(f -> f.holdsIn(year)).forEach(f -> conditions.add(f.value()));
      Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
      site.capabilities().stream().filter(f -> f.holdsIn(year)).forEach(f -> capabilities.add(f.value()));
      firearms = stats.firearmShare().orElse(Double.NaN);
      murderRatio = national.murderRate().isPresent()
          ? stats.murderRate(site.population()) / national.murderRate().getAsDouble() : Double.NaN;
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
        // Where the year gives no firearm share, M at or above its setting stands in for it.
        boolean murderStandsIn = Double.isNaN(firearms) && murderRatio >= p.gunViolenceMurderRatio();
        propose(Strategy.FEDERAL_PROSECUTION, firearms >= p.federalProsecutionFirearmShare());
        decidedBy(Strategy.FEDERAL_PROSECUTION, "firearmShare", firearms, "federalProsecutionFirearmShare", p.federalProsecutionFirearmShare(), false);
        if (murderStandsIn) {
          propose(Strategy.FEDERAL_PROSECUTION, PROSECUTION_ON_MURDERS);
          decidedBy(Strategy.FEDERAL_PROSECUTION, "murderRatio", murderRatio, "gunViolenceMurderRatio", p.gunViolenceMurderRatio(), false);
        }
        propose(Strategy.CRIME_GUN_INTELLIGENCE, firearms >= p.crimeGunIntelligenceFirearmShare());
        decidedBy(Strategy.CRIME_GUN_INTELLIGENCE, "firearmShare", firearms, "crimeGunIntelligenceFirearmShare", p.crimeGunIntelligenceFirearmShare(), false);
        if (murderStandsIn) {
          propose(Strategy.CRIME_GUN_INTELLIGENCE, GUN_INTELLIGENCE_ON_MURDERS);
          decidedBy(Strategy.CRIME_GUN_INTELLIGENCE, "murderRatio", murderRatio, "gunViolenceMurderRatio", p.gunViolenceMurderRatio(), false);
        }
        propose(Strategy.ENFORCEMENT_TASK_FORCE, gangs >= p.taskForceGangShare() || drugs >= p.taskForceDrugShare());
        // The figure further beyond its threshold decides; the gang share when both are as far.
        decidedBy(Strategy.ENFORCEMENT_TASK_FORCE, "drugShare", drugs, "taskForceDrugShare", p.taskForceDrugShare(), false);
        if (!(drugs >= p.taskForceDrugShare()) || gangs >= p.taskForceGangShare()
            && relativeExcess(gangs, p.taskForceGangShare()) >= relativeExcess(drugs, p.taskForceDrugShare())) {
          decidedBy(Strategy.ENFORCEMENT_TASK_FORCE, "gangShare", gangs, "taskForceGangShare", p.taskForceGangShare(), false);
        }
        propose(Strategy.FOCUSED_DETERRENCE, gangs >= p.focusedDeterrenceGangShare());
        decidedBy(Strategy.FOCUSED_DETERRENCE, "gangShare", gangs, "focusedDeterrenceGangShare", p.focusedDeterrenceGangShare(), false);
        propose(Strategy.HOT_SPOTS_POLICING, ratio >= p.hotSpotsRatio());
        decidedBy(Strategy.HOT_SPOTS_POLICING, "nationalRatio", ratio, "hotSpotsRatio", p.hotSpotsRatio(), false);
        propose(Strategy.DRUG_TRAFFICKING_ENFORCEMENT, drugs >= p.drugTraffickingDrugShare());
        decidedBy(Strategy.DRUG_TRAFFICKING_ENFORCEMENT, "drugShare", drugs, "drugTraffickingDrugShare", p.drugTraffickingDrugShare(), false);
        propose(Strategy.FUGITIVE_APPREHENSION, conditions.contains(Condition.WARRANT_BACKLOG));
        propose(Strategy.SAFE_NEIGHBORHOODS_TASK_FORCE, trustConcern);
        propose(Strategy.VICTIM_SERVICES, !capabilities.contains(Capability.VICTIM_SERVICES_PROGRAM));
        propose(Strategy.GRANT_ASSISTANCE, population < p.grantAssistancePopulation());
        decidedBy(Strategy.GRANT_ASSISTANCE, "population", population, "grantAssistancePopulation", p.grantAssistancePopulation(), true);
        for (Intervention intervention : site.interventions()) {
          if (intervention.activeIn(year) && kept[intervention.strategy().ordinal()] == null) {
            kept[intervention.strategy().ordinal()] = intervention;
          }
        }
      }
      propose(Strategy.TREATMENT_AND_SERVICES, drugs >= p.treatmentDrugShare());
      decidedBy(Strategy.TREATMENT_AND_SERVICES, "drugShare", drugs, "treatmentDrugShare", p.treatmentDrugShare(), false);
      enforcementLead = proposed(Strategy.FEDERAL_PROSECUTION) ? Strategy.FEDERAL_PROSECUTION
          : proposed(Strategy.ENFORCEMENT_TASK_FORCE) ? Strategy.ENFORCEMENT_TASK_FORCE : null;
      if (trustConcern) {
        propose(Strategy.COMMUNITY_OUTREACH, OUTREACH_ON_TRUST);
      } else if (enforcementLead != null && !proposed(Strategy.COMMUNITY_OUTREACH)) {
        propose(Strategy.COMMUNITY_OUTREACH, OUTREACH_WITH_ENFORCEMENT);
      }
      propose(Strategy.REENTRY, enforcementLead != null && !capabilities.contains(Capability.REENTRY_PROGRAM)
          && !proposed(Strategy.REENTRY));
      propose(Strategy.CRIME_ANALYSIS,
          conditions.contains(Condition.ANALYTICS_DEFICIT) || !capabilities.contains(Capability.CRIME_ANALYSIS_UNIT));
      propose(Strategy.TECHNOLOGY, conditions.contains(Condition.TECHNOLOGY_DEFICIT)
          || (ratio >= p.technologyRatio() && !capabilities.contains(Capability.REAL_TIME_CRIME_CENTER)));
      if (!conditions.contains(Condition.TECHNOLOGY_DEFICIT)) {
        decidedBy(Strategy.TECHNOLOGY, "nationalRatio", ratio, "technologyRatio", p.technologyRatio(), false);
      }
      propose(Strategy.INVESTIGATIONS, clearance < p.investigationsClearanceRate());
      decidedBy(Strategy.INVESTIGATIONS, "homicideClearanceRate", clearance, "investigationsClearanceRate", p.investigationsClearanceRate(), true);
      propose(Strategy.CONSTITUTIONAL_POLICING, consentDecree);
      propose(Strategy.PEER_EXCHANGE, site.engagements().stream().anyMatch(e -> e.cohort() <= year));
      propose(Strategy.REGIONAL_COORDINATION, site.kind() == SiteKind.REGION || site.hasPartner(Agency.REGIONAL_CRIME_CENTER, year));

      for (Strategy s : STRATEGIES) {
        int i = s.ordinal();
        if (!proposed(s)) {
          continue;
        }
        boolean capabilityNotOnRecord = false;
        if (STRENGTHENED_BY[i] != null) {
          for (Capability c : STRENGTHENED_BY[i]) {
            capabilityMode[i] |= capabilities.contains(c);
            capabilityNotOnRecord |= site.capability(c, year) == OnRecord.NOT_ON_RECORD;
          }
        }
        interventionMode[i] = site.hasActiveIntervention(s, year);
        boolean regionalCenter = s == Strategy.REGIONAL_COORDINATION && site.hasPartner(Agency.REGIONAL_CRIME_CENTER, year);
        boolean notOnRecord = capabilityNotOnRecord || site.intervention(s, year) == OnRecord.NOT_ON_RECORD;
        mode[i] = capabilityMode[i] || interventionMode[i] || regionalCenter ? Mode.STRENGTHEN
            : notOnRecord ? Mode.UNKNOWN : Mode.ESTABLISH;
      }
    }

    /** Whether a rule proposes {@code strategy} or the site keeps it as an ACTIVE intervention. */
    boolean proposed(Strategy strategy) {
      return rule[strategy.ordinal()] != null || kept[strategy.ordinal()] != null;
    }

    /** Records what decided {@code strategy} when it was proposed by a figure {@code value} past {@code threshold}. */
    private void decidedBy(Strategy strategy, String name, double value, String setting, double threshold, boolean below) {
      boolean passed = below ? value < threshold : value >= threshold;
      if (rule[strategy.ordinal()] != null && passed) {
        figure[strategy.ordinal()] = new Ground.FigureAgainstSetting(name, OptionalDouble.of(value), setting, threshold,
            below ? Ground.Comparison.BELOW : Ground.Comparison.AT_LEAST);
      }
    }

    /** The points of need, worked out here: e / (1 + e) of the relative distance beyond the threshold. */
    double need(Strategy s) {
      Ground.FigureAgainstSetting f = figure[s.ordinal()];
      if (f == null) {
        return 0;
      }
      double value = f.value().getAsDouble();
      double e = f.comparison() == Ground.Comparison.BELOW ? relativeExcess(-value, -f.threshold())
          : relativeExcess(value, f.threshold());
      return e / (1 + e);
    }

    /** The points of evidence: its strength less a penalty for each null finding, times the weight. */
    double evidence(Strategy s) {
      EvidenceTable.Summary e = EvidenceTable.bundled().summary(s);
      return p.rankEvidenceWeight() * (e.strength() - p.rankNullFindingPenalty() * e.nullFindings().size());
    }

    /** Whether the site reports a deficit condition that {@code s} answers. */
    boolean deficit(Strategy s) {
      return switch (s) {
        case CRIME_ANALYSIS -> conditions.contains(Condition.ANALYTICS_DEFICIT);
        case TECHNOLOGY -> conditions.contains(Condition.TECHNOLOGY_DEFICIT);
        case FUGITIVE_APPREHENSION -> conditions.contains(Condition.WARRANT_BACKLOG);
        case COMMUNITY_OUTREACH, SAFE_NEIGHBORHOODS_TASK_FORCE -> conditions.contains(Condition.LOW_COMMUNITY_TRUST);
        case CONSTITUTIONAL_POLICING -> conditions.contains(Condition.CONSENT_DECREE);
        default -> false;
      };
    }

    /** The score: need, evidence and the highest capacity, each weighed. */
    double score(Strategy s) {
      double capacity = deficit(s) || mode[s.ordinal()] == Mode.ESTABLISH ? 1 : mode[s.ordinal()] == Mode.STRENGTHEN ? 0 : 0.5;
      return p.rankNeedWeight() * need(s) + evidence(s) + p.rankCapacityWeight() * capacity;
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
    Condition trustConcern() {
      return conditions.contains(Condition.LOW_COMMUNITY_TRUST) ? Condition.LOW_COMMUNITY_TRUST : Condition.HIGH_PROFILE_INCIDENT;
    }
  }
}
