package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.IntFunction;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.DerivedFigure;
import org.psp.model.Engagement;
import org.psp.model.EvidenceTable;
import org.psp.model.Figure;
import org.psp.model.Intervention;
import org.psp.model.InterventionReview;
import org.psp.model.Measure;
import org.psp.model.NationalRate;
import org.psp.model.OnRecord;
import org.psp.model.Outcome;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;
import org.psp.model.YearlyStatistics;
import org.psp.rules.settings.PolicySettings;

/**
 * The fact every rule starts from: one site in the year being advised, with its figures worked out.
 * Each evaluation has exactly one, and only the facts of its site: a rule that matches several facts
 * needs no tie between them. The facts rules insert about the site ({@link Criterion}, {@link
 * Eligible}, {@link Proposal}) take it first.
 *
 * <p>In a rule: {@code $a : Assessment( $p : settings, nationalRatio >= $p.eligibilityRatio )}: the
 * thresholds are the assessment's {@link #getSettings() settings}, so a rule that compares the site with
 * them matches this one fact and needs no join. Every optional
 * figure of the year (the shares, shootings, the clearance rate) is {@code null} when the year does not
 * give it, and Drools evaluates every comparison with {@code null} as false: a missing figure meets no
 * threshold, whether the rule asks for {@code >=} or {@code <}. (Not {@code NaN}: Drools compares
 * numbers with {@code compareTo}, for which {@code NaN} is greater than everything.)
 */
public final class Assessment {
  /** The site as given; for an assessment {@link #withStatistics with other statistics}, the site before them. */
  private final Site site;
  /** The site with the statistics of {@link #withStatistics}, made when a rule first asks for it; null until then. */
  private Site rebuilt;
  /** Whether the statistics are {@link #withStatistics other than the site's}. */
  private final boolean replaced;
  private final YearlyStatistics statistics;
  private final double violentCrimeRate;
  private final NationalRate national;
  private final double nationalRate;
  private final PolicySettings settings;
  private final Double murderRatio;
  private final Outcome outcome;
  private final List<InterventionReview> reviews;
  // Boxed once: rules read them many times per evaluation.
  private final Double firearmShare;
  private final Double gangShare;
  private final Double drugShare;
  private final Double homicideClearanceRate;
  /** What the record says of the site in the year, shared with the assessments {@link #withStatistics} makes. */
  private final YearRecord record;

  /**
   * The assessment of {@code site} in the year of {@code national}.
   *
   * @param national the national rates of the year advised
   * @param settings the thresholds the rules compare the site with
   * @throws java.util.NoSuchElementException if the site has no statistics for that year
   */
  public Assessment(Site site, NationalRate national, PolicySettings settings) {
    this(site, national, settings, null);
  }

  /**
   * The assessment of {@code site} in the year of {@code national}, with how the site has fared since
   * it joined PSP.
   *
   * @param outcome the site's outcome in the year, or null for a site not engaged by then
   */
  public Assessment(Site site, NationalRate national, PolicySettings settings, Outcome outcome) {
    this(site, national, settings, outcome, List.of());
  }

  /**
   * The assessment of {@code site} in the year of {@code national}, with how the site has fared since
   * it joined PSP and the reviews of its ACTIVE interventions.
   *
   * @param outcome the site's outcome in the year, or null for a site not engaged by then
   * @param reviews the reviews of the site's interventions ACTIVE in the year (see {@link InterventionReview#of})
   */
  public Assessment(Site site, NationalRate national, PolicySettings settings, Outcome outcome,
      List<InterventionReview> reviews) {
    this.site = checkNotNull(site, "site");
    this.outcome = outcome;
    this.reviews = List.copyOf(reviews);
    this.national = checkNotNull(national, "national");
    this.statistics = site.statisticsOf(national.year());
    this.nationalRate = national.violentCrimeRate();
    this.violentCrimeRate = statistics.violentCrimeRate(site.population()); // the year's statistics, looked up once
    this.murderRatio = orNull(national.murderRatio(statistics.murderRate(site.population())));
    this.firearmShare = orNull(statistics.firearmShare());
    this.gangShare = orNull(statistics.gangShare());
    this.drugShare = orNull(statistics.drugShare());
    this.homicideClearanceRate = orNull(statistics.homicideClearanceRate());
    this.settings = checkNotNull(settings, "settings");
    this.replaced = false;
    this.record = new YearRecord(site, national.year());
  }

  private Assessment(Assessment assessment, YearlyStatistics year) {
    this.site = assessment.site;
    this.replaced = true;
    this.outcome = assessment.outcome;
    this.reviews = assessment.reviews;
    this.national = assessment.national;
    this.statistics = year;
    this.nationalRate = assessment.nationalRate;
    this.violentCrimeRate = year.violentCrimeRate(site.population());
    this.murderRatio = orNull(national.murderRatio(year.murderRate(site.population())));
    this.firearmShare = orNull(year.firearmShare());
    this.gangShare = orNull(year.gangShare());
    this.drugShare = orNull(year.drugShare());
    this.homicideClearanceRate = orNull(year.homicideClearanceRate());
    this.settings = assessment.settings;
    this.record = assessment.record;
  }

  /**
   * This assessment with {@code year} in place of the year's statistics: what the assessment of the
   * site would be were its figures those of {@code year}, as the data-gap probe tries a missing figure
   * at each end of its range. Every property reads as on an assessment of the site rebuilt with {@code
   * year}, with the same national rates, settings, outcome and reviews; the rebuilt site itself ({@link
   * #getSite()}) is made only when asked for, so that a try does not check every year and fact of the
   * site again.
   *
   * @param year the statistics of the year advised, with other figures
   * @throws IllegalArgumentException if {@code year} is of another year
   */
  public Assessment withStatistics(YearlyStatistics year) {
    checkNotNull(year, "year");
    checkArgument(year.year() == getYear(), "statistics of %s given for an assessment of %s", year.year(), getYear());
    return new Assessment(this, year);
  }

  /** The site. */
  public Site getSite() {
    if (!replaced) {
      return site;
    }
    // An evaluation runs on one thread; a site made twice by two threads would be equal anyway.
    Site made = rebuilt;
    if (made == null) {
      List<YearlyStatistics> years = new ArrayList<>(site.statistics().size());
      for (YearlyStatistics s : site.statistics()) {
        years.add(s.year() == statistics.year() ? statistics : s);
      }
      made = Site.builder().from(site).statistics(years).build();
      rebuilt = made;
    }
    return made;
  }

  /** The site's id. */
  public String getSiteId() {
    return site.id();
  }

  /** City, county or region. */
  public SiteKind getKind() {
    return site.kind();
  }

  /** The advised year's population: the year's own if given, else the site's. */
  public int getPopulation() {
    return statistics.population().orElse(site.population());
  }

  /** Whether the site's leadership is committed to reducing violent crime. */
  public boolean isCommitment() {
    return site.commitment();
  }

  /**
   * Whether the site is engaged in PSP in the year: one of its engagements has a cohort at most the
   * year. A site that joins later is not engaged yet.
   */
  public boolean isEngaged() {
    for (var engagement : site.engagements()) {
      if (engagement.cohort() <= getYear()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The year the site joined PSP for its current run of engagements (Kansas City: 2017, its Diagnostic
   * engagement, though it joined again in 2018), or null for a site not engaged by the year.
   */
  public Integer getJoined() {
    List<Engagement> run = Outcome.latestRun(site, getYear());
    return run.isEmpty() ? null : run.get(0).cohort();
  }

  /** The year advised on. */
  public int getYear() {
    return statistics.year();
  }

  /** The year's statistics. */
  public YearlyStatistics getStatistics() {
    return statistics;
  }

  /** The site's violent crime rate per 100,000 in the year. */
  public double getViolentCrimeRate() {
    return violentCrimeRate;
  }

  /** The national violent crime rate per 100,000 in the year. */
  public double getNationalRate() {
    return nationalRate;
  }

  /**
   * The policy's thresholds, the same for every site of a rule base: {@code settings.eligibilityRatio}
   * in a condition, or bind {@code $p : settings} and read {@code $p.eligibilityRatio()} in a
   * consequence.
   */
  public PolicySettings getSettings() {
    return settings;
  }

  /** The national rates of the year, with their source and basis. */
  public NationalRate getNational() {
    return national;
  }

  /** The site's murders per 100,000 in the year. */
  public double getMurderRate() {
    return statistics.murderRate(site.population());
  }

  /** The national murder rate per 100,000 of the year, or null when the national table has none. */
  public Double getNationalMurderRate() {
    return orNull(national.murderRate());
  }

  /**
   * The site's murder rate divided by the national murder rate of the year ("M" in the policy), or
   * null when the national table has no murder rate for the year: then it meets no threshold.
   */
  public Double getMurderRatio() {
    return murderRatio;
  }

  /**
   * The value of {@code measure} in the year, as the property of its key gives it; empty when missing.
   * For {@link Because}, which reads figures by the name a rule gives.
   */
  OptionalDouble value(Measure measure) {
    return measure instanceof DerivedFigure derived ? derived.of(statistics, site.population(), national)
        : ((Figure) measure).of(statistics);
  }

  /** Whether someone recorded {@code field} for the site (see {@link Site#notRecorded()}). */
  public boolean isRecorded(SiteField field) {
    return site.isRecorded(field);
  }

  /**
   * The site's interventions ACTIVE in the year, the first of each strategy: for the rule that keeps
   * their strategies, {@code $i : Intervention() from $a.activeInterventions}.
   */
  public List<Intervention> getActiveInterventions() {
    List<Intervention> active = new ArrayList<>(2);
    Set<Strategy> seen = EnumSet.noneOf(Strategy.class);
    for (Intervention intervention : site.interventions()) {
      if (intervention.activeIn(getYear()) && seen.add(intervention.strategy())) {
        active.add(intervention);
      }
    }
    return active;
  }

  /** The reviews of the site's interventions ACTIVE in the year with a {@code since} year. */
  public List<InterventionReview> getReviews() {
    return reviews;
  }

  /** The site's rate divided by the national rate ("R" in the policy). */
  public double getNationalRatio() {
    return violentCrimeRate / nationalRate;
  }

  /** Share of violent incidents involving a firearm, or null. */
  public Double getFirearmShare() {
    return firearmShare;
  }

  /** Share of violent incidents involving a gang, or null. */
  public Double getGangShare() {
    return gangShare;
  }

  /** Share of violent incidents involving drugs, or null. */
  public Double getDrugShare() {
    return drugShare;
  }

  /** Share of homicides cleared, or null. */
  public Double getHomicideClearanceRate() {
    return homicideClearanceRate;
  }

  /** Non-fatal shootings, or null. */
  public Integer getNonFatalShootings() {
    return statistics.nonFatalShootings().isPresent() ? statistics.nonFatalShootings().getAsInt() : null;
  }

  /** What the record says about {@code capability} in the year: HOLDS, ABSENT or NOT_ON_RECORD. */
  public OnRecord capability(Capability capability) {
    return record.capability(capability);
  }

  /** What the record says about {@code condition} in the year: HOLDS, ABSENT or NOT_ON_RECORD. */
  public OnRecord condition(Condition condition) {
    return record.condition(condition);
  }

  /**
   * What the record says about an ACTIVE intervention of {@code strategy} in the year: HOLDS, ABSENT
   * (the interventions say none is active then) or NOT_ON_RECORD.
   */
  public OnRecord intervention(Strategy strategy) {
    return record.intervention(strategy);
  }

  /** Whether the site has {@code capability} in the year. */
  public boolean hasCapability(Capability capability) {
    return record.capability(capability) == OnRecord.HOLDS;
  }

  /** Whether {@code condition} applies to the site in the year. */
  public boolean hasCondition(Condition condition) {
    return record.condition(condition) == OnRecord.HOLDS;
  }

  /** Whether an agency of this kind works with the site in the year. */
  public boolean hasPartner(Agency agency) {
    return record.hasPartner(agency);
  }

  /** Whether the site has an ACTIVE intervention of {@code strategy} in the year (one that began by then). */
  public boolean hasActiveIntervention(Strategy strategy) {
    return record.hasActiveIntervention(strategy);
  }

  /**
   * The summary of the evidence behind {@code strategy} (the bundled table): for rules that weigh
   * strategies by their evidence, e.g. {@code evidence( strategy ).isRated()}.
   */
  public EvidenceTable.Summary evidence(Strategy strategy) {
    return EvidenceTable.bundled().summary(strategy);
  }

  /** Whether a body (CrimeSolutions, County Health Rankings, the IADB) rated the evidence behind {@code strategy}. */
  public boolean hasRatedEvidence(Strategy strategy) {
    return evidence(strategy).isRated();
  }

  /** How the site has fared since it joined PSP, or null for a site not engaged by the year. */
  public Outcome getOutcome() {
    return outcome;
  }

  /** The outcome's verdict, or null for a site not engaged by the year. */
  public Outcome.Verdict getVerdict() {
    return outcome == null ? null : outcome.verdict();
  }

  /** The year of the site's engagement (1 in its cohort's year), or null for a site not engaged by the year. */
  public Integer getEngagementYear() {
    return outcome == null ? null : outcome.engagementYear();
  }

  /** Whether the site's latest engagement has run its term by the year; false for a site not engaged. */
  public boolean isEngagementCompleted() {
    return outcome != null && outcome.completed();
  }

  /** The {@code since} year of the site's ACTIVE intervention of {@code strategy} in the year, or null if it has none or no year. */
  public Integer activeInterventionSince(Strategy strategy) {
    for (var intervention : site.activeInterventions(strategy, getYear())) {
      if (intervention.since().isPresent()) {
        return intervention.since().getAsInt();
      }
    }
    return null;
  }

  /**
   * What the record says of one site in one year, each answer looked up in the site's lists once: the
   * rules ask for the same capabilities, conditions, interventions and partners many times per
   * evaluation. An answer is looked up again if two threads ask for it at once; both find the same.
   */
  private static final class YearRecord {
    private static final Capability[] CAPABILITIES = Capability.values();
    private static final Condition[] CONDITIONS = Condition.values();
    private static final Strategy[] STRATEGIES = Strategy.values();
    private static final Agency[] AGENCIES = Agency.values();
    private final Site site;
    private final int year;
    private final OnRecord[] capabilities = new OnRecord[CAPABILITIES.length];
    private final OnRecord[] conditions = new OnRecord[CONDITIONS.length];
    private final OnRecord[] interventions = new OnRecord[STRATEGIES.length];
    private final Boolean[] active = new Boolean[STRATEGIES.length];
    private final Boolean[] partners = new Boolean[AGENCIES.length];

    YearRecord(Site site, int year) {
      this.site = site;
      this.year = year;
    }

    OnRecord capability(Capability capability) {
      return answer(capabilities, capability.ordinal(), i -> site.capability(CAPABILITIES[i], year));
    }

    OnRecord condition(Condition condition) {
      return answer(conditions, condition.ordinal(), i -> site.condition(CONDITIONS[i], year));
    }

    OnRecord intervention(Strategy strategy) {
      return answer(interventions, strategy.ordinal(), i -> site.intervention(STRATEGIES[i], year));
    }

    boolean hasActiveIntervention(Strategy strategy) {
      return answer(active, strategy.ordinal(), i -> site.hasActiveIntervention(STRATEGIES[i], year));
    }

    boolean hasPartner(Agency agency) {
      return answer(partners, agency.ordinal(), i -> site.hasPartner(AGENCIES[i], year));
    }

    /** The answer at {@code index} of {@code answers}, looked up with {@code lookUp} the first time. */
    private static <V> V answer(V[] answers, int index, IntFunction<V> lookUp) {
      V known = answers[index];
      if (known == null) {
        known = lookUp.apply(index);
        answers[index] = known;
      }
      return known;
    }
  }

  @Override
  public String toString() {
    return "Assessment[" + site.id() + " " + getYear() + "]";
  }

  private static Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
