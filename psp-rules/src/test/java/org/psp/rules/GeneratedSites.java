package org.psp.rules;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.IntStream;
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

    if (random.nextInt(8) == 0) {
      year.addFlag(DataFlag.of(FlagKind.values()[random.nextInt(FlagKind.values().length)]));
    }
    int advised = YEARS[yearIndex];

    Site.Builder site = Site.builder().id(id).name("Generated site (illustrative)").state("OH")
        .kind(SiteKind.values()[random.nextInt(SiteKind.values().length)])
        .population(population)
        .addStatistic(year.build());
    if (random.nextInt(5) != 0) {
      site.commitment(random.nextInt(6) != 0);
    }
    // Each section: not recorded (no key), complete, or partial; each fact in every year or in some.
    int capabilities = random.nextInt(4);
    if (capabilities > 0) {
      site.capabilities(List.of());
      for (Capability c : Capability.values()) {
        if (random.nextInt(4) == 0) {
          site.addCapability(dated(random, c, advised));
        }
      }
      if (capabilities == 3) {
        site.addPartial(SiteField.CAPABILITIES);
      }
    }
    int conditions = random.nextInt(4);
    if (conditions > 0) {
      site.conditions(List.of());
      for (Condition c : Condition.values()) {
        if (random.nextInt(5) == 0) {
          site.addCondition(dated(random, c, advised));
        }
      }
      if (conditions == 3) {
        site.addPartial(SiteField.CONDITIONS);
      }
    }
    int partners = random.nextInt(4);
    if (partners > 0) {
      site.partners(List.of());
      for (Agency a : Agency.values()) {
        if (random.nextInt(8) == 0) {
          Partner.Builder partner = Partner.builder().agency(a);
          if (random.nextInt(4) == 0) {
            partner.since(advised + random.nextInt(3) - 1);
          }
          site.addPartner(partner.build());
        }
      }
      if (partners == 3) {
        site.addPartial(SiteField.PARTNERS);
      }
    }
    int interventions = random.nextInt(4);
    if (interventions > 0) {
      site.interventions(List.of());
      for (Strategy s : Strategy.values()) {
        if (random.nextInt(10) == 0) {
          Intervention.Builder intervention = Intervention.builder().strategy(s)
              .status(InterventionStatus.values()[random.nextInt(InterventionStatus.values().length)]);
          int since = advised - random.nextInt(3);
          if (random.nextBoolean()) {
            intervention.since(since);
          }
          if (random.nextInt(4) == 0) {
            intervention.until(since + random.nextInt(3));
          }
          site.addIntervention(intervention.build());
        }
      }
      if (interventions == 3) {
        site.addPartial(SiteField.INTERVENTIONS);
      }
    }
    if (random.nextBoolean()) {
      int cohort = 2017 + random.nextInt(3);
      Optional<Track> track = Optional.ofNullable(random.nextBoolean() ? null : Track.values()[random.nextInt(Track.values().length)]);
      site.addEngagement(Engagement.builder().cohort(cohort).track(track).build());
      if (track.isPresent() && track.get() == Track.DIAGNOSTIC && random.nextBoolean() && cohort < 2100) {
        // Joined again the next year, as Kansas City did: one run.
        site.addEngagement(Engagement.builder().cohort(cohort + 1).track(Track.OPERATIONS).build());
      }
      // A baseline year before the cohort, with a rate that has since risen or fallen, for outcomes.
      if (random.nextBoolean() && cohort - 1 < advised) {
        int before = (int) Math.round(crimes * BASELINE_FACTORS[random.nextInt(BASELINE_FACTORS.length)]);
        YearlyStatistics.Builder baseline = YearlyStatistics.builder().year(cohort - 1).population(population)
            .murders(before / 50).rapes(before / 20).robberies(before / 4)
            .aggravatedAssaults(before - before / 50 - before / 20 - before / 4);
        if (random.nextInt(8) == 0) {
          baseline.addFlag(DataFlag.of(FlagKind.LEGACY_RAPE_DEFINITION));
        }
        site.addStatistic(baseline.build());
      }
    }
    return site.build();
  }

  /** {@code value} in every year, or from or until a year around {@code advised}, sometimes recorded absent. */
  private static <V extends Enum<V>> DatedFact<V> dated(Random random, V value, int advised) {
    DatedFact.Builder<V> fact = DatedFact.<V>builder().value(value);
    switch (random.nextInt(4)) {
      case 1 -> fact.since(advised + random.nextInt(3) - 1);
      case 2 -> fact.until(advised + random.nextInt(3) - 1);
      case 3 -> fact.since(advised + random.nextInt(3) - 1).absent(true).until(2030);
      default -> { }
    }
    return fact.build();
  }

  private static OptionalDouble share(Random random) {
    double share = SHARES[random.nextInt(SHARES.length)];
    return Double.isNaN(share) ? OptionalDouble.empty() : OptionalDouble.of(share);
  }
}
