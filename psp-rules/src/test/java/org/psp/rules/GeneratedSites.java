package org.psp.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.IntStream;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.Engagement;
import org.psp.model.Intervention;
import org.psp.model.InterventionStatus;
import org.psp.model.Partner;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;
import org.psp.model.Track;
import org.psp.model.YearlyStatistics;

/**
 * Valid, illustrative sites drawn from a seed, with figures clustered at the default policy's
 * thresholds so that every rule is exercised on both sides of its boundary. The same seed always
 * gives the same site.
 */
public final class GeneratedSites {
  /** Ratios to the national rate around the eligibility (1.5), hot spots (2) and priority (3) thresholds. */
  private static final double[] RATIOS = {0.5, 1.0, 1.49, 1.5, 1.51, 1.99, 2.0, 2.01, 2.99, 3.0, 3.01, 5.0, 9.0};
  /** Shares around 0.2, 0.25, 0.3, 0.4, 0.5; NaN stands for "not given". */
  private static final double[] SHARES = {Double.NaN, Double.NaN, 0.0, 0.19, 0.2, 0.24, 0.25, 0.29, 0.3, 0.39, 0.4, 0.49, 0.5, 0.7, 1.0};
  private static final int[] POPULATIONS = {5_000, 50_000, 99_999, 100_000, 100_001, 650_000, 2_300_000};
  private static final int[] YEARS = {2016, 2017, 2018, 2019};
  private static final double[] NATIONAL = {386.3, 382.9, 368.9, 366.7};
  /** A baseline year's crimes as a multiple of the advised year's: falls and rises around the nation's change. */
  private static final double[] BASELINE_FACTORS = {0.7, 0.9, 0.95, 1.0, 1.05, 1.1, 1.4};

  private GeneratedSites() {}

  /** {@code count} sites from {@code seed}. */
  public static List<Site> sites(long seed, int count) {
    Random random = new Random(seed);
    return IntStream.range(0, count).mapToObj(i -> site(random, "generated-" + i)).toList();
  }

  /** One site from {@code seed}. */
  public static Site site(long seed) {
    return site(new Random(seed), "generated-" + Long.toHexString(seed).replace('-', 'n'));
  }

  private static Site site(Random random, String id) {
    int yearIndex = random.nextInt(YEARS.length);
    int population = POPULATIONS[random.nextInt(POPULATIONS.length)];
    double ratio = RATIOS[random.nextInt(RATIOS.length)];
    int crimes = (int) Math.round(ratio * NATIONAL[yearIndex] * population / 100_000.0);
    YearlyStatistics.Builder year = YearlyStatistics.builder().year(YEARS[yearIndex])
        .murders(crimes / 50).rapes(crimes / 20).robberies(crimes / 4)
        .aggravatedAssaults(crimes - crimes / 50 - crimes / 20 - crimes / 4);
    share(random).ifPresent(year::firearmShare);
    share(random).ifPresent(year::gangShare);
    share(random).ifPresent(year::drugShare);
    share(random).ifPresent(year::homicideClearanceRate);
    if (random.nextInt(3) == 0) {
      year.nonFatalShootings(random.nextInt(2_000));
    }

    // Whether capabilities and interventions are on record, drawn apart from the site's other draws so
    // that the sites of a seed stay as they were before these were drawn.
    java.util.SplittableRandom record = new java.util.SplittableRandom(java.util.Objects.hash(id, crimes, population,
        YEARS[yearIndex]));
    boolean capabilitiesRecorded = record.nextInt(5) != 0;
    boolean interventionsRecorded = record.nextInt(5) != 0;
    Site.Builder site = Site.builder().id(id).name("Generated site (illustrative)").state("OH")
        .kind(SiteKind.values()[random.nextInt(SiteKind.values().length)])
        .population(population)
        .commitment(random.nextInt(6) != 0)
        .addStatistic(year.build());
    for (Capability c : Capability.values()) {
      if (random.nextInt(4) == 0 && capabilitiesRecorded) {
        site.addCapability(c);
      }
    }
    if (!capabilitiesRecorded) {
      site.addNotRecorded(SiteField.CAPABILITIES);
    }
    for (Condition c : Condition.values()) {
      if (random.nextInt(5) == 0) {
        site.addCondition(c);
      }
    }
    for (Agency a : Agency.values()) {
      if (random.nextInt(8) == 0) {
        site.addPartner(Partner.of(a));
      }
    }
    List<Intervention> interventions = new ArrayList<>();
    for (Strategy s : Strategy.values()) {
      if (random.nextInt(10) == 0) {
        interventions.add(Intervention.builder().strategy(s)
            .status(InterventionStatus.values()[random.nextInt(InterventionStatus.values().length)]).build());
      }
    }
    if (interventionsRecorded) {
      site.interventions(interventions);
    } else {
      site.addNotRecorded(SiteField.INTERVENTIONS);
    }
    if (random.nextBoolean()) {
      int cohort = 2017 + random.nextInt(3);
      site.addEngagement(Engagement.builder().cohort(cohort)
          .track(Optional.ofNullable(random.nextBoolean() ? null : Track.values()[random.nextInt(Track.values().length)]))
          .build());
      // A baseline year before the cohort, with a rate that has since risen or fallen, for outcomes.
      if (random.nextBoolean() && cohort - 1 < YEARS[yearIndex]) {
        int before = (int) Math.round(crimes * BASELINE_FACTORS[random.nextInt(BASELINE_FACTORS.length)]);
        site.addStatistic(YearlyStatistics.builder().year(cohort - 1).population(population)
            .murders(before / 50).rapes(before / 20).robberies(before / 4)
            .aggravatedAssaults(before - before / 50 - before / 20 - before / 4).build());
      }
    }
    return site.build();
  }

  private static OptionalDouble share(Random random) {
    double share = SHARES[random.nextInt(SHARES.length)];
    return Double.isNaN(share) ? OptionalDouble.empty() : OptionalDouble.of(share);
  }
}
