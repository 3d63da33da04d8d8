package org.psp.model;

import com.google.common.collect.Sets;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * What a policy advises one site for one year: its violent crime and murder rates and their ratios to
 * the national rates, whether it is eligible for PSP and why, the recommendations in rank order and
 * the focus (the first of them: where to start),
 * the strategies that a figure the year does not give could bring (data gaps), and the rules that
 * fired, in the order they fired. What the advice assumed for the parts of the site nobody recorded
 * follows from {@link Site#notRecorded()}; {@link org.psp.model.words.AdviceText} says it in words.
 */
@Value.Immutable
public abstract class Advice {

  /** Only the generated implementation extends this class: build values with {@link #builder()}. */
  Advice() {}

  /** The order of recommendations: by rank, 1 first. */
  public static final Comparator<Recommendation> RANK_ORDER = Comparator.comparingInt(Recommendation::rank);

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Advice}; the engine builds these, a test or a writer may too.
   */
  public static final class Builder extends ImmutableAdvice.Builder {
    /** An empty builder, as {@link Advice#builder()} returns. */
    public Builder() {}
  }

  /** The site advised. */
  public abstract Site site();

  /** The year advised on. */
  public abstract int year();

  /** The national rates of that year, with their source and basis. */
  public abstract NationalRate national();

  /** The national violent crime rate per 100,000 of that year. */
  public final double nationalRate() {
    return national().violentCrimeRate();
  }

  /** The site's violent crime rate per 100,000 in that year. */
  public final double violentCrimeRate() {
    return site().violentCrimeRate(year());
  }

  /** The site's rate divided by the national rate ("R" in the policy). */
  public final double nationalRatio() {
    return violentCrimeRate() / nationalRate();
  }

  /** The site's murders per 100,000 in that year. */
  public final double murderRate() {
    return site().murderRate(year());
  }

  /**
   * The site's murder rate divided by the national murder rate of the year ("M" in the policy); empty
   * when the national table has no murder rate for the year.
   */
  public final OptionalDouble murderRatio() {
    return national().murderRatio(murderRate());
  }

  /**
   * The numbers the policy in force may compare a ratio to a national rate with: the values of its
   * settings that are unbounded numbers (the default's eligibilityRatio 1.5, hotSpotsRatio 2, ...), each
   * once, in ascending order. Writers print the site's ratios
   * with enough decimals that they never round onto or across one of them ({@link
   * org.psp.model.words.Phrases#ratio}); empty when whoever built the advice did not say.
   */
  public abstract List<Double> thresholds();

  /** The parts of the site nobody recorded, for which the advice assumed none (or, for commitment, given). */
  public final Set<SiteField> assumed() {
    return site().notRecorded();
  }

  /** How the site has fared since it joined PSP; empty for a site never engaged by the year advised. */
  public abstract Optional<Outcome> outcome();

  /** A review of each ACTIVE intervention with a {@code since} year: the change since it began. */
  public abstract List<InterventionReview> interventionReviews();

  /**
   * The FBI's flags on every year the advice used, in year order, each once: the year advised, and the
   * years its outcome and its reviews compared (their {@code flags}). Empty when none is flagged.
   */
  @Value.Lazy
  public List<DataNote> dataNotes() {
    Set<DataNote> notes = new TreeSet<>(Comparator.comparingInt(DataNote::year).thenComparing(DataNote::kind)
        .thenComparing(n -> n.note().orElse("")));
    notes.addAll(DataNote.of(site(), year()));
    outcome().ifPresent(o -> notes.addAll(o.flags()));
    interventionReviews().forEach(r -> notes.addAll(r.flags()));
    return List.copyOf(notes);
  }

  /**
   * The FBI's other footnotes (no flag) on the years whose figures the advice used — the year advised,
   * its outcome's baseline year and the years its reviews start from — in year order, each once. Empty
   * when there are none.
   */
  @Value.Lazy
  public List<YearNote> yearNotes() {
    Set<Integer> years = new TreeSet<>();
    years.add(year());
    outcome().ifPresent(o -> o.baselineYear().ifPresent(years::add));
    interventionReviews().forEach(r -> r.fromYear().ifPresent(years::add));
    Set<YearNote> notes = new LinkedHashSet<>();
    for (int y : years) {
      site().notes(y).forEach(n -> notes.add(new YearNote(y, n)));
    }
    return List.copyOf(notes);
  }

  /**
   * The strategies not recommended that would be if one figure the year does not give were known;
   * empty when the year gives every figure, or when the advisor did not look.
   */
  public abstract List<DataGap> dataGaps();

  /** Whether the site meets every PSP eligibility criterion. */
  public abstract boolean eligible();

  /**
   * One reason per eligibility criterion, saying whether and how it was met ({@link
   * org.psp.model.words.Phrases#eligibilityReason} in words).
   */
  public abstract List<EligibilityReason> eligibilityReasons();

  /** The recommendations, in {@link #RANK_ORDER}: ranks 1 to n, each once. */
  public abstract List<Recommendation> recommendations();

  /**
   * Where to start: the strategies of the first recommendations by rank (as many as the policy's
   * {@code focusSize}, or all when there are fewer), in rank order.
   */
  public abstract List<Strategy> focus();

  /** The names of the rules that fired, in firing order. */
  public abstract List<String> firedRules();

  /** The recommendation of {@code strategy}, if any. */
  public final Optional<Recommendation> recommendation(Strategy strategy) {
    return recommendations().stream().filter(r -> r.strategy() == strategy).findFirst();
  }

  /** The strategies recommended, an immutable set worked out once from the recommendations. */
  @Value.Lazy
  public Set<Strategy> strategies() {
    return Sets.immutableEnumSet(recommendations().stream().map(Recommendation::strategy).toList());
  }

  @Value.Check
  void check() {
    ValueChecks v = new ValueChecks("Advice");
    v.require(site().statisticsFor(year()).isPresent(), "year", year(), "must be a year of the site's statistics")
        .require(national().year() == year(), "national.year", national().year(), "must be the year advised, " + year());
    for (DataGap gap : dataGaps()) {
      v.require(!strategies().contains(gap.strategy()), "dataGaps", gap.strategy(), "must not name a strategy recommended");
    }
    List<Double> thresholds = thresholds();
    for (int i = 0; i < thresholds.size(); i++) {
      double threshold = thresholds.get(i);
      v.require(Double.isFinite(threshold) && threshold >= 0 && (i == 0 || threshold > thresholds.get(i - 1)),
          "thresholds[" + i + "]", threshold, "must be a finite number >= 0, above the one before it: the thresholds are "
          + "in ascending order, each once");
    }
    List<Recommendation> recommendations = recommendations();
    for (int i = 0; i < recommendations.size(); i++) {
      if (recommendations.get(i).rank() != i + 1) {
        v.add("recommendations[" + i + "].rank", recommendations.get(i).rank(), "must be " + (i + 1)
            + ": the recommendations are in rank order, ranks 1 to " + recommendations.size() + ", each once");
      }
      for (int j = 0; j < i; j++) {
        if (recommendations.get(j).strategy() == recommendations.get(i).strategy()) {
          v.add("recommendations[" + i + "]", recommendations.get(i).strategy(), "must name each strategy once");
        }
      }
    }
    List<Strategy> focus = focus();
    for (int i = 0; i < focus.size(); i++) {
      if (i >= recommendations.size() || recommendations.get(i).strategy() != focus.get(i)) {
        v.add("focus[" + i + "]", focus.get(i), "must be the strategy of rank " + (i + 1));
      }
    }
    v.throwIfAny();
  }
}
