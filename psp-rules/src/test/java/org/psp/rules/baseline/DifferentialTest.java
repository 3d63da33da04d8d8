package org.psp.rules.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.psp.model.Advice;
import org.psp.model.Mode;
import org.psp.model.NationalRates;
import org.psp.model.Outcome;
import org.psp.model.RankReason;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.GeneratedSites;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.internal.rulebase.RuleCatalog;
import org.psp.rules.settings.PolicySettings;

/**
 * The Drools engine and the hand-written policy must agree on every generated site: the whole
 * advice (eligibility and its reasons; each recommendation's strategy, rank and its reasons, priority,
 * mode, rule, rationale and cautions; the focus) and the rules that fired, as a set (the engine lists
 * them in the order its agenda fired them). A disagreement is a bug in one of them.
 *
 * <p>The baseline is the policy as it was written down; a strategy added since (CONTRIBUTING.md, "Add a
 * strategy": its rule and its own test, no change here) is left out of the comparison with the rules
 * that propose it alone, and every other default rule must be one the baseline models.
 */
class DifferentialTest {
  /** The default rules that propose only strategies the baseline does not propose: a strategy added since it was written. */
  private static final List<String> NEWER_THAN_THE_BASELINE = RuleCatalog.defaults().all().stream()
      .filter(rule -> !rule.strategies().isEmpty() && rule.strategies().stream().noneMatch(HandWrittenPolicy::proposes))
      .map(RuleInfo::name).toList();

  /**
   * The engine without its data gap probe, which is not part of the policy (the probe has tests of its
   * own), and without the rules of strategies newer than the baseline.
   */
  private static final StrategyAdvisor ENGINE = withoutNewerRules(StrategyAdvisor.builder().dataGaps(false));

  private static StrategyAdvisor withoutNewerRules(StrategyAdvisor.Builder builder) {
    NEWER_THAN_THE_BASELINE.forEach(builder::disableRule);
    return builder.build();
  }
  private static final HandWrittenPolicy BASELINE = new HandWrittenPolicy(PolicySettings.defaults(), NationalRates.bundled());

  @Provide
  Arbitrary<Site> sites() {
    return Arbitraries.longs().map(GeneratedSites::site);
  }

  @Property(tries = 5_000)
  void theEngineAgreesWithTheHandWrittenPolicy(@ForAll("sites") Site site) {
    Advice advice = ENGINE.advise(site);
    Advice expected = BASELINE.advise(site, advice.year());

    assertThat(advice.eligible()).as("eligible; reasons %s", advice.eligibilityReasons()).isEqualTo(expected.eligible());
    assertThat(advice.eligibilityReasons()).as("eligibility reasons").isEqualTo(expected.eligibilityReasons());
    assertThat(advice.recommendations()).as("recommendations").isEqualTo(expected.recommendations());
    assertThat(advice.focus()).as("focus").isEqualTo(expected.focus());
    assertThat(advice.dataGaps()).isEmpty();
    assertThat(advice.firedRules()).as("fired rules").containsExactlyInAnyOrderElementsOf(expected.firedRules());
  }

  /**
   * The decisions alone, which the benchmarks also time, are those of the whole advice: the ranks the
   * baseline works out on its own (scores, ties in catalog order, the outcome's placements) are those
   * the engine's folding gives the facts it inserted.
   */
  @Property(tries = 2_000)
  void theDecisionsAreThoseOfTheAdvice(@ForAll("sites") Site site) {
    Advice advice = BASELINE.advise(site, site.latestYear());
    HandWrittenPolicy.Decision decision = BASELINE.decide(site, site.latestYear());

    Map<Strategy, Integer> priorities = new EnumMap<>(Strategy.class);
    Map<Strategy, Mode> modes = new EnumMap<>(Strategy.class);
    Map<Strategy, Integer> ranks = new EnumMap<>(Strategy.class);
    for (Recommendation r : advice.recommendations()) {
      priorities.put(r.strategy(), r.priority());
      modes.put(r.strategy(), r.mode());
      ranks.put(r.strategy(), r.rank());
    }
    assertThat(decision.eligible()).isEqualTo(advice.eligible());
    assertThat(decision.ranks()).as("ranks").isEqualTo(ranks);
    assertThat(decision.priorities()).isEqualTo(priorities);
    assertThat(decision.modes()).isEqualTo(modes);
    assertThat(decision.focus()).isEqualTo(advice.focus());
  }

  /**
   * The generated sites reach every strategy, both modes and all three priorities, on both sides of
   * eligibility, and the ranking's boundaries: a deciding figure exactly at its threshold (no need
   * points), equal scores broken by catalog order, enforcement placed first over a better-scored
   * strategy, and peer exchange placed into the focus from below it.
   */
  @Example
  void theGeneratedSitesExerciseEveryDecision() {
    Set<Strategy> strategies = EnumSet.noneOf(Strategy.class);
    Set<Mode> modes = EnumSet.noneOf(Mode.class);
    Set<Integer> priorities = new HashSet<>();
    Set<Boolean> eligibility = new HashSet<>();
    Set<Outcome.Verdict> verdicts = EnumSet.noneOf(Outcome.Verdict.class);
    Set<String> fired = new HashSet<>();
    Set<String> boundaries = new HashSet<>();
    for (Site site : GeneratedSites.sites(42, 2_000)) {
      Advice advice = ENGINE.advise(site);
      List<Recommendation> ranked = advice.recommendations();
      for (int i = 0; i < ranked.size(); i++) {
        Recommendation r = ranked.get(i);
        if (r.rankReasons().stream().anyMatch(reason -> reason.factor().equals("need") && reason.points() == 0)) {
          boundaries.add("need at its threshold");
        }
        if (i > 0 && ranked.get(i - 1).score() == r.score() && ranked.get(i - 1).rankReasons().stream().noneMatch(RankReason::isPlacement)) {
          boundaries.add("tie broken by catalog order");
        }
        if (i > 0 && r.score() > ranked.get(i - 1).score() && ranked.get(i - 1).rankReasons().stream().anyMatch(RankReason::isPlacement)) {
          boundaries.add(ranked.get(i - 1).strategy() == Strategy.PEER_EXCHANGE ? "peer exchange placed" : "enforcement placed");
        }
      }
      eligibility.add(advice.eligible());
      advice.outcome().ifPresent(o -> verdicts.add(o.verdict()));
      fired.addAll(advice.firedRules());
      advice.recommendations().forEach(r -> {
        strategies.add(r.strategy());
        modes.add(r.mode());
        priorities.add(r.priority());
      });
    }
    assertThat(strategies).containsAll(EnumSet.allOf(Strategy.class).stream().filter(HandWrittenPolicy::proposes).toList());
    assertThat(modes).containsExactlyInAnyOrder(Mode.values());
    assertThat(priorities).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(eligibility).containsExactlyInAnyOrder(true, false);
    assertThat(boundaries).containsExactlyInAnyOrder("need at its threshold", "tie broken by catalog order",
        "enforcement placed", "peer exchange placed");
    assertThat(verdicts).containsExactlyInAnyOrder(Outcome.Verdict.values());
    assertThat(fired).as("every default rule fires on some generated site")
        .containsAll(ENGINE.rules().stream().map(RuleInfo::name).toList());
  }

  /**
   * Every default rule is one the baseline models, or proposes only a strategy newer than the
   * baseline: a rule for a strategy it knows cannot be added to the policy and left out of the
   * comparison.
   */
  @Example
  void theBaselineModelsEveryDefaultRuleButThoseOfNewerStrategies() {
    List<String> unmodelled = RuleCatalog.defaults().all().stream().map(RuleInfo::name)
        .filter(name -> !HandWrittenPolicy.modelledRules().contains(name) && !NEWER_THAN_THE_BASELINE.contains(name))
        .toList();

    assertThat(unmodelled).as("default rules neither modelled by HandWrittenPolicy nor of a newer strategy").isEmpty();
  }

  /** A policy that differs in one threshold is caught: the comparison is not vacuous. */
  @Example
  void aDifferentThresholdIsCaught() {
    HandWrittenPolicy stricter = new HandWrittenPolicy(
        PolicySettings.builder().from(PolicySettings.defaults()).hotSpotsRatio(2.5).build(), NationalRates.bundled());

    long disagreements = GeneratedSites.sites(7, 500).stream().filter(site -> {
      Advice advice = ENGINE.advise(site);
      return !stricter.decide(site, advice.year()).priorities().keySet().equals(advice.strategies());
    }).count();

    assertThat(disagreements).isPositive();
  }
}
