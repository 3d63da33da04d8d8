package org.psp.model;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a policy advises one site for one year: its violent crime rate and ratio to the national rate,
 * whether it is eligible for PSP and why, the recommendations in priority order, and the rules that
 * fired, in the order they fired.
 */
@Value.Immutable
public abstract class Advice {

  /** The order of recommendations: priority, then the catalog order of the strategy. */
  public static final Comparator<Recommendation> PRIORITY_ORDER =
      Comparator.comparingInt(Recommendation::priority).thenComparing(Recommendation::strategy);

  /** A new builder. */
  public static ImmutableAdvice.Builder builder() {
    return ImmutableAdvice.builder();
  }

  /** The site advised. */
  public abstract Site site();

  /** The year advised on. */
  public abstract int year();

  /** The national violent crime rate per 100,000 of that year. */
  public abstract double nationalRate();

  /** The site's violent crime rate per 100,000 in that year. */
  public final double violentCrimeRate() {
    return site().violentCrimeRate(year());
  }

  /** The site's rate divided by the national rate. */
  public final double nationalRatio() {
    return violentCrimeRate() / nationalRate();
  }

  /** Whether the site meets every PSP eligibility criterion. */
  public abstract boolean eligible();

  /** One sentence per eligibility criterion, saying whether and how it was met. */
  public abstract List<String> eligibilityReasons();

  /** The recommendations, in {@link #PRIORITY_ORDER}. */
  public abstract List<Recommendation> recommendations();

  /** The names of the rules that fired, in firing order. */
  public abstract List<String> firedRules();

  /** The recommendation of {@code strategy}, if any. */
  public final Optional<Recommendation> recommendation(Strategy strategy) {
    return recommendations().stream().filter(r -> r.strategy() == strategy).findFirst();
  }

  /** The strategies recommended. */
  public final Set<Strategy> strategies() {
    Set<Strategy> strategies = EnumSet.noneOf(Strategy.class);
    recommendations().forEach(r -> strategies.add(r.strategy()));
    return strategies;
  }

  @Value.Check
  void check() {
    Violations v = new Violations("Advice");
    v.require(site().statisticsFor(year()).isPresent(), "year", year(), "must be a year of the site's statistics")
        .require(nationalRate() > 0 && Double.isFinite(nationalRate()), "nationalRate", nationalRate(), "must be > 0");
    List<Recommendation> recommendations = recommendations();
    for (int i = 1; i < recommendations.size(); i++) {
      if (PRIORITY_ORDER.compare(recommendations.get(i - 1), recommendations.get(i)) >= 0) {
        v.add("recommendations[" + i + "]", recommendations.get(i).strategy(),
            "must come after recommendations[" + (i - 1) + "] in priority order, each strategy once");
      }
    }
    v.throwIfAny();
  }
}
