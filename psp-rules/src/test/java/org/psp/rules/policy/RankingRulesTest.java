package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.psp.rules.PolicyAssertions.assertFired;
import static org.psp.rules.PolicyAssertions.assertNotFired;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psp.model.Advice;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.EvidenceTable;
import org.psp.model.RankReason;
import org.psp.model.Recommendation;
import org.psp.model.SiteField;
import org.psp.model.Strategy;
import org.psp.model.words.Phrases;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.settings.PolicySettings;

/** 95-ranking.drl: one test per rule, each firing and not firing at its boundary; the rank, focus and priority it gives. */
class RankingRulesTest {
  private static final String NEED = rule("Rank: need, how far the deciding figure is beyond its threshold").name();
  private static final String EVIDENCE = rule("Rank: evidence behind the strategy").name();
  private static final String DEFICIT = rule("Rank: capacity, a deficit the site reports").name();
  private static final String ABSENT = rule("Rank: capacity, recorded as absent").name();
  private static final String UNKNOWN = rule("Rank: capacity, not on record").name();
  private static final String STRENGTHEN = rule("Rank: capacity, an effort to strengthen").name();
  private static final PolicySettings P = PolicySettings.defaults();

  private static Optional<RankReason> reason(Recommendation r, String factor) {
    return r.rankReasons().stream().filter(reason -> reason.factor().equals(factor)).findFirst();
  }

  @Test
  void needGrowsWithTheDistanceOfTheDecidingFigureBeyondItsThreshold() {
    Advice twice = advise(site().ratio(4));
    Advice atThreshold = advise(site().ratio(2));

    assertFired(twice, NEED);
    RankReason need = reason(twice.recommendation(Strategy.HOT_SPOTS_POLICING).orElseThrow(), "need").orElseThrow();
    assertThat(need.rule()).isEqualTo(NEED);
    // 4× against the threshold 2×: 100% beyond it, e = 1, need 1 / 2.
    assertThat(need.points()).isCloseTo(0.5 * P.rankNeedWeight(), within(1e-9));
    assertThat(Phrases.rankGrounds(need.grounds())).isEqualTo("nationalRatio 4, 100% above its threshold 2");
    // At the threshold exactly the rule fires with no points.
    assertThat(reason(atThreshold.recommendation(Strategy.HOT_SPOTS_POLICING).orElseThrow(), "need").orElseThrow().points())
        .isZero();
  }

  @Test
  void needNotForAProposalThatNoFigureDecided() {
    Advice advice = advise(site().ratio(1.6).with(Condition.ANALYTICS_DEFICIT));

    assertNotFired(advice, NEED);
    assertThat(reason(advice.recommendation(Strategy.CRIME_ANALYSIS).orElseThrow(), "need")).isEmpty();
  }

  @Test
  void needOfAFigureThatMustBeBelowItsThreshold() {
    Advice advice = advise(site().homicideClearanceRate(0.25));

    RankReason need = reason(advice.recommendation(Strategy.INVESTIGATIONS).orElseThrow(), "need").orElseThrow();
    // 25% cleared against 50%: half-way to 0, e = 0.5, need 1/3.
    assertThat(need.points()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(Phrases.rankGrounds(need.grounds())).isEqualTo("homicideClearanceRate 0.25, 50% below its threshold 0.5");
  }

  @Test
  void evidenceWeighsTheStrengthLessNullFindings() {
    Advice advice = advise(site().ratio(4).drugShare(0.4));

    assertFired(advice, EVIDENCE);
    EvidenceTable.Summary drugs = EvidenceTable.bundled().summary(Strategy.DRUG_TRAFFICKING_ENFORCEMENT);
    RankReason evidence = reason(advice.recommendation(Strategy.DRUG_TRAFFICKING_ENFORCEMENT).orElseThrow(), "evidence")
        .orElseThrow();
    // Promising practice (2/3), three ratings of no effect at 0.1 each.
    assertThat(drugs.strength()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(drugs.nullFindings()).hasSize(3);
    assertThat(evidence.points()).isCloseTo(2 / 3.0 - 0.3, within(1e-9));
    assertThat(Phrases.rankGrounds(evidence.grounds())).startsWith("strength 0.67 less 3 null findings × 0.1 (mixed: CrimeSolutions: Promising");
    RankReason hotSpots = reason(advice.recommendation(Strategy.HOT_SPOTS_POLICING).orElseThrow(), "evidence").orElseThrow();
    assertThat(hotSpots.points()).isEqualTo(1.0);
    assertThat(Phrases.rankGrounds(hotSpots.grounds())).startsWith("strength 1 (CrimeSolutions: Effective");
  }

  @Test
  void evidenceNotWhenItsWeightIsZero() {
    StrategyAdvisor noEvidence = StrategyAdvisor.builder().dataGaps(false)
        .settings(PolicySettings.builder().from(P).rankEvidenceWeight(0).build()).build();

    Advice advice = noEvidence.advise(site().ratio(4).build());

    assertThat(advice.recommendations()).allSatisfy(r -> assertThat(reason(r, "evidence").orElseThrow().points()).isZero());
  }

  @Test
  void capacityForADeficitTheSiteReports() {
    Advice deficit = advise(site().ratio(1.6).with(Condition.ANALYTICS_DEFICIT).with(Capability.CRIME_ANALYSIS_UNIT));
    Advice without = advise(site().ratio(1.6).with(Capability.CRIME_ANALYSIS_UNIT).with(Condition.TECHNOLOGY_DEFICIT));

    assertFired(deficit, DEFICIT);
    // The deficit outweighs the unit it already has: the highest capacity counts.
    RankReason capacity = reason(deficit.recommendation(Strategy.CRIME_ANALYSIS).orElseThrow(), "capacity").orElseThrow();
    assertThat(capacity.rule()).isEqualTo(DEFICIT);
    assertThat(capacity.points()).isEqualTo(P.rankCapacityWeight());
    assertThat(without.strategies()).doesNotContain(Strategy.CRIME_ANALYSIS);
    assertThat(reason(without.recommendation(Strategy.TECHNOLOGY).orElseThrow(), "capacity").orElseThrow().rule()).isEqualTo(DEFICIT);
  }

  /**
   * Each strategy and the deficit it answers, both ways: with its condition the deficit gives the
   * capacity points; with every other pair's condition (and a high-profile incident, which proposes
   * outreach and the task force on its own), it does not.
   */
  @ParameterizedTest
  @CsvSource({"CRIME_ANALYSIS, ANALYTICS_DEFICIT", "TECHNOLOGY, TECHNOLOGY_DEFICIT", "FUGITIVE_APPREHENSION, WARRANT_BACKLOG",
      "COMMUNITY_OUTREACH, LOW_COMMUNITY_TRUST", "SAFE_NEIGHBORHOODS_TASK_FORCE, LOW_COMMUNITY_TRUST",
      "CONSTITUTIONAL_POLICING, CONSENT_DECREE"})
  void capacityForEachDeficitAndOnlyItsOwn(Strategy strategy, Condition deficit) {
    List<Condition> others = List.of(Condition.ANALYTICS_DEFICIT, Condition.TECHNOLOGY_DEFICIT, Condition.WARRANT_BACKLOG,
        Condition.LOW_COMMUNITY_TRUST, Condition.CONSENT_DECREE, Condition.HIGH_PROFILE_INCIDENT);
    var with = site().ratio(1.6).with(deficit);
    var without = site().ratio(1.6);
    others.stream().filter(c -> c != deficit).forEach(without::with);

    RankReason given = reason(advise(with).recommendation(strategy).orElseThrow(), "capacity").orElseThrow();
    Optional<Recommendation> otherwise = advise(without).recommendation(strategy);

    assertThat(given.rule()).isEqualTo(DEFICIT);
    assertThat(given.points()).isEqualTo(P.rankCapacityWeight());
    otherwise.ifPresent(r -> assertThat(reason(r, "capacity").orElseThrow().rule()).isNotEqualTo(DEFICIT));
    if (strategy == Strategy.COMMUNITY_OUTREACH || strategy == Strategy.SAFE_NEIGHBORHOODS_TASK_FORCE) {
      assertThat(otherwise).as("proposed for the high-profile incident, without the deficit").isPresent();
    }
  }

  @Test
  void capacityRecordedAsAbsentAgainstNotOnRecord() {
    Advice recorded = advise(site().ratio(1.6));
    Advice unrecorded = advise(site().ratio(1.6).notRecorded(SiteField.INTERVENTIONS));

    assertFired(recorded, ABSENT);
    assertNotFired(recorded, UNKNOWN);
    assertThat(recorded.recommendation(Strategy.VICTIM_SERVICES).orElseThrow().mode()).isEqualTo(org.psp.model.Mode.ESTABLISH);
    assertThat(reason(recorded.recommendation(Strategy.VICTIM_SERVICES).orElseThrow(), "capacity").orElseThrow().points())
        .isEqualTo(P.rankCapacityWeight());
    assertFired(unrecorded, UNKNOWN);
    assertNotFired(unrecorded, ABSENT);
    Recommendation victims = unrecorded.recommendation(Strategy.VICTIM_SERVICES).orElseThrow();
    assertThat(victims.mode()).isEqualTo(org.psp.model.Mode.UNKNOWN);
    RankReason unknown = reason(victims, "capacity").orElseThrow();
    assertThat(unknown.points()).isEqualTo(0.5 * P.rankCapacityWeight());
    assertThat(Phrases.rankGrounds(unknown.grounds())).isEqualTo("whether the site already has a VICTIM_SERVICES effort in 2019 is not on record");
  }

  @Test
  void capacityAnEffortToStrengthenGivesNoPoints() {
    Advice strengthen = advise(site().ratio(1.6).with(Capability.CRIME_ANALYSIS_UNIT).with(Condition.ANALYTICS_DEFICIT)
        .intervention(Strategy.VICTIM_SERVICES, org.psp.model.InterventionStatus.ACTIVE));
    Advice establish = advise(site().ratio(1.6));

    assertFired(strengthen, STRENGTHEN);
    RankReason capacity = reason(strengthen.recommendation(Strategy.VICTIM_SERVICES).orElseThrow(), "capacity").orElseThrow();
    assertThat(capacity.rule()).isEqualTo(STRENGTHEN);
    assertThat(capacity.points()).isZero();
    assertNotFired(establish, STRENGTHEN);
  }

  @Test
  void ranksAreUniqueByScoreWithTiesInCatalogOrderAndPrioritiesFollowTheFocus() {
    // 4× the nation, no shares: hot spots policing and technology share their need; evidence tells them apart.
    Advice advice = advise(site().ratio(4).engaged(2019).population(50_000));
    List<Recommendation> ranked = advice.recommendations();

    for (int i = 0; i < ranked.size(); i++) {
      assertThat(ranked.get(i).rank()).isEqualTo(i + 1);
      if (i > 0) {
        Recommendation before = ranked.get(i - 1);
        assertThat(before.score()).isGreaterThanOrEqualTo(ranked.get(i).score());
        if (before.score() == ranked.get(i).score()) {
          assertThat(before.strategy()).isLessThan(ranked.get(i).strategy());
        }
      }
      int expected = i < P.focusSize() ? 1 : ranked.get(i).strategy().isSupporting() ? 3 : 2;
      assertThat(ranked.get(i).priority()).as("priority of %s", ranked.get(i).strategy()).isEqualTo(expected);
    }
    assertThat(advice.focus()).hasSize(P.focusSize())
        .isEqualTo(ranked.subList(0, P.focusSize()).stream().map(Recommendation::strategy).toList());
    assertThat(advice.focus().get(0)).isEqualTo(Strategy.HOT_SPOTS_POLICING);
  }

  @Test
  void equalScoresGoInCatalogOrder() {
    // Everything but need weighs nothing, and no figure decides: every score is 0.
    StrategyAdvisor needOnly = StrategyAdvisor.builder().dataGaps(false).settings(PolicySettings.builder().from(P)
        .rankEvidenceWeight(0).rankCapacityWeight(0).build()).build();

    Advice advice = needOnly.advise(site().ratio(1.6).engaged(2019).build());

    assertThat(advice.recommendations()).allSatisfy(r -> assertThat(r.score()).isZero());
    assertThat(advice.recommendations()).extracting(Recommendation::strategy).isSorted();
  }

  @Test
  void theFocusSizeIsASetting() {
    StrategyAdvisor one = StrategyAdvisor.builder().dataGaps(false).settings(PolicySettings.builder().from(P).focusSize(1).build())
        .build();

    Advice advice = one.advise(site().ratio(4).build());

    assertThat(advice.focus()).containsExactly(advice.recommendations().get(0).strategy());
    assertThat(advice.recommendations().get(1).priority()).isEqualTo(2);
  }
}
