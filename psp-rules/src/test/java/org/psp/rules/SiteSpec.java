package org.psp.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.DataFlag;
import org.psp.model.DatedFact;
import org.psp.model.Engagement;
import org.psp.model.FlagKind;
import org.psp.model.Intervention;
import org.psp.model.InterventionStatus;
import org.psp.model.Partner;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;
import org.psp.model.YearlyStatistics;

/**
 * An illustrative test site, changed one fact at a time. It has 100,000 residents, so its violent
 * crime rate equals its number of violent crimes; against {@link TestAdvisors#ROUND_NATIONAL_RATE}
 * (400 per 100,000) 600 crimes are exactly R = 1.5, 800 are R = 2, 1,200 are R = 3.
 */
public final class SiteSpec {
  public static final int YEAR = 2019;
  public static final int POPULATION = 100_000;

  private String id = "test-site";
  private int violentCrimes = 800;
  private int population = POPULATION;
  private boolean commitment = true;
  private SiteKind kind = SiteKind.CITY;
  private Double firearmShare;
  private Double gangShare;
  private Double drugShare;
  private Double homicideClearanceRate;
  private final Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
  private final Set<Condition> conditions = EnumSet.noneOf(Condition.class);
  private final List<Partner> partners = new ArrayList<>();
  private final List<Intervention> interventions = new ArrayList<>();
  private final List<Engagement> engagements = new ArrayList<>();
  private final Set<SiteField> notRecorded = EnumSet.noneOf(SiteField.class);
  private final Set<SiteField> partial = EnumSet.noneOf(SiteField.class);
  private int murders;
  private final List<FlagKind> flags = new ArrayList<>();

  /** A committed city of 100,000 with 800 violent crimes (R = 2 against 400) and nothing else. */
  public static SiteSpec site() {
    return new SiteSpec();
  }

  public SiteSpec id(String id) {
    this.id = id;
    return this;
  }

  /** Sets the violent crimes of the year, all counted as aggravated assaults. */
  public SiteSpec violentCrimes(int violentCrimes) {
    this.violentCrimes = violentCrimes;
    return this;
  }

  /** Sets R against the round national rate of 400: R × 400 violent crimes. */
  public SiteSpec ratio(double ratio) {
    return violentCrimes((int) Math.round(ratio * 400));
  }

  public SiteSpec population(int population) {
    this.population = population;
    return this;
  }

  public SiteSpec notCommitted() {
    this.commitment = false;
    return this;
  }

  public SiteSpec kind(SiteKind kind) {
    this.kind = kind;
    return this;
  }

  public SiteSpec firearmShare(double share) {
    this.firearmShare = share;
    return this;
  }

  public SiteSpec gangShare(double share) {
    this.gangShare = share;
    return this;
  }

  public SiteSpec drugShare(double share) {
    this.drugShare = share;
    return this;
  }

  public SiteSpec homicideClearanceRate(double rate) {
    this.homicideClearanceRate = rate;
    return this;
  }

  public SiteSpec with(Capability capability) {
    capabilities.add(capability);
    return this;
  }

  public SiteSpec with(Condition condition) {
    conditions.add(condition);
    return this;
  }

  public SiteSpec partner(Agency agency) {
    partners.add(Partner.of(agency));
    return this;
  }

  public SiteSpec intervention(Strategy strategy, InterventionStatus status) {
    interventions.add(Intervention.builder().strategy(strategy).status(status).build());
    return this;
  }

  public SiteSpec intervention(Strategy strategy, InterventionStatus status, int since) {
    interventions.add(Intervention.builder().strategy(strategy).status(status).since(since).build());
    return this;
  }

  public SiteSpec intervention(Intervention intervention) {
    interventions.add(intervention);
    return this;
  }

  /** The recorded {@code fields} list only what sources mention: what they do not list is not on record. */
  public SiteSpec partial(SiteField... fields) {
    partial.addAll(List.of(fields));
    return this;
  }

  public SiteSpec engaged(int cohort) {
    engagements.add(Engagement.builder().cohort(cohort).build());
    return this;
  }

  /**
   * {@code murders} of the violent crimes are murders (the rest stay aggravated assaults): against
   * the round national murder rate, 5.0 per 100,000, 10 murders are M = 2.
   */
  public SiteSpec murders(int murders) {
    this.murders = murders;
    return this;
  }

  /** Nobody recorded {@code fields}: the site file would leave their keys out. */
  /** Puts an FBI flag of {@code kind} on the year. */
  public SiteSpec flag(FlagKind kind) {
    flags.add(kind);
    return this;
  }

  public SiteSpec notRecorded(SiteField... fields) {
    notRecorded.addAll(List.of(fields));
    return this;
  }

  public Site build() {
    YearlyStatistics.Builder year = YearlyStatistics.builder().year(YEAR)
        .murders(murders).rapes(0).robberies(0).aggravatedAssaults(violentCrimes - murders);
    if (firearmShare != null) {
      year.firearmShare(firearmShare);
    }
    if (gangShare != null) {
      year.gangShare(gangShare);
    }
    if (drugShare != null) {
      year.drugShare(drugShare);
    }
    if (homicideClearanceRate != null) {
      year.homicideClearanceRate(homicideClearanceRate);
    }
    flags.forEach(kind -> year.addFlag(DataFlag.of(kind)));
    Site.Builder site = Site.builder().id(id).name("Test site (illustrative)").state("MD").kind(kind).population(population)
        .addStatistic(year.build()).engagements(engagements);
    // Every part is recorded (complete) unless notRecorded(...) says otherwise.
    if (!notRecorded.contains(SiteField.COMMITMENT)) {
      site.commitment(commitment);
    }
    if (!notRecorded.contains(SiteField.PARTNERS)) {
      site.partners(partners);
    }
    if (!notRecorded.contains(SiteField.CAPABILITIES)) {
      site.capabilities(capabilities.stream().map(DatedFact::of).toList());
    }
    if (!notRecorded.contains(SiteField.CONDITIONS)) {
      site.conditions(conditions.stream().map(DatedFact::of).toList());
    }
    if (!notRecorded.contains(SiteField.INTERVENTIONS)) {
      site.interventions(interventions);
    }
    return site.partial(partial).build();
  }
}
