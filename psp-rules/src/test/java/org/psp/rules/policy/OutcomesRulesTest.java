package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertFired;
import static org.psp.rules.PolicyAssertions.assertNotFired;
import static org.psp.rules.PolicyAssertions.rule;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.model.Engagement;
import org.psp.model.NationalRate;
import org.psp.model.NationalRates;
import org.psp.model.Outcome;
import org.psp.model.RankReason;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.model.Track;
import org.psp.model.YearlyStatistics;
import org.psp.model.words.Phrases;
import org.psp.rules.AdviceYear;
import org.psp.rules.StrategyAdvisor;

/** 85-outcomes.drl: one test per rule, each at its boundary. Illustrative sites against a flat nation. */
class OutcomesRulesTest {
  private static final String WORSENING = rule("Outcome: worsening since joining puts enforcement first").name();
  private static final String MENTOR = rule("Outcome: improving after a completed engagement puts peer exchange in the focus").name();

  /** A nation at 400 per 100,000 in every year, so a site's change is its difference from the nation's. */
  private static final StrategyAdvisor FLAT = StrategyAdvisor.builder().dataGaps(false).nationalRates(NationalRates.of(List.of(
      new NationalRate(2016, 400, 5.0, "illustrative"), new NationalRate(2017, 400, 5.0, "illustrative"),
      new NationalRate(2018, 400, 5.0, "illustrative"), new NationalRate(2019, 400, 5.0, "illustrative"),
      new NationalRate(2020, 400, 5.0, "illustrative"), new NationalRate(2021, 400, 5.0, "illustrative")))).build();

  /** 100,000 residents, a firearm share that brings federal prosecution, 1,000 crimes in 2016 and {@code crimes} in {@code year}. */
  private static Advice advise(int cohort, Track track, int year, int crimes) {
    Site site = Site.builder().id("outcome-site").name("Outcome Site (illustrative)").state("OH").population(100_000)
        .addEngagement(Engagement.builder().cohort(cohort).track(Optional.ofNullable(track)).build())
        .addStatistic(YearlyStatistics.builder().year(2016).murders(0).rapes(0).robberies(0).aggravatedAssaults(1000).build())
        .addStatistic(YearlyStatistics.builder().year(year).murders(0).rapes(0).robberies(0).aggravatedAssaults(crimes)
            .firearmShare(0.5).build())
        .build();
    return FLAT.advise(site, AdviceYear.of(year));
  }

  @Test
  void outcomeWorseningSinceJoiningPutsEnforcementFirst() {
    // 1,050 against 1,000: up 5.0%, the nation flat; engagement year 2; 2.6× the nation.
    Advice worsening = advise(2017, Track.OPERATIONS, 2018, 1050);

    assertThat(worsening.outcome().orElseThrow().verdict()).isEqualTo(Outcome.Verdict.WORSENING);
    assertFired(worsening, WORSENING);
    // Every enforcement strategy (hot spots, federal prosecution, crime gun intelligence) before all the others.
    long enforcement = worsening.recommendations().stream().filter(r -> r.strategy().isEnforcement()).count();
    assertThat(enforcement).isEqualTo(3);
    assertThat(worsening.recommendations().subList(0, 3)).allSatisfy(r -> assertThat(r.strategy().isEnforcement()).isTrue());
    assertThat(worsening.focus()).containsExactly(Strategy.HOT_SPOTS_POLICING, Strategy.FEDERAL_PROSECUTION,
        Strategy.CRIME_GUN_INTELLIGENCE);
    Recommendation prosecution = worsening.recommendation(Strategy.FEDERAL_PROSECUTION).orElseThrow();
    assertThat(prosecution.priority()).isEqualTo(1);
    assertThat(prosecution.rankReasons()).filteredOn(RankReason::isPlacement).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo(WORSENING);
      assertThat(Phrases.rankReason(r)).isEqualTo("placed within rank 1 (outcome): worsening since joining PSP: violent crime "
          + "up 5.0% since 2016 against the nation's up 0.0%, in engagement year 2: enforcement first");
    });
    // Without the placement, community outreach (Scientifically Supported) would rank before federal prosecution.
    assertThat(worsening.recommendation(Strategy.COMMUNITY_OUTREACH).orElseThrow().score()).isGreaterThan(prosecution.score());
  }

  @Test
  void outcomeWorseningNotJustBelowTheMarginNorInTheFirstYear() {
    Advice steady = advise(2017, Track.OPERATIONS, 2018, 1049);
    Advice firstYear = advise(2018, Track.OPERATIONS, 2018, 1200);

    assertThat(steady.outcome().orElseThrow().verdict()).isEqualTo(Outcome.Verdict.STEADY);
    assertNotFired(steady, WORSENING);
    assertThat(steady.recommendation(Strategy.FEDERAL_PROSECUTION).orElseThrow().rankReasons()).noneMatch(RankReason::isPlacement);
    assertThat(steady.focus()).doesNotContain(Strategy.FEDERAL_PROSECUTION);
    assertThat(firstYear.outcome().orElseThrow().verdict()).isEqualTo(Outcome.Verdict.TOO_EARLY);
    assertThat(firstYear.outcome().orElseThrow().engagementYear()).isEqualTo(1);
    assertNotFired(firstYear, WORSENING);
  }

  @Test
  void outcomeImprovingAfterACompletedEngagementPutsPeerExchangeInTheFocus() {
    // Operations joined 2017: completed in 2020 (year 4); 950 against 1,000 is down 5.0%, the nation flat.
    Advice mentor = advise(2017, Track.OPERATIONS, 2020, 950);

    assertFired(mentor, MENTOR);
    Recommendation peers = mentor.recommendation(Strategy.PEER_EXCHANGE).orElseThrow();
    // Placed within the focus (3), not first: the two best-scored strategies keep their ranks.
    assertThat(peers.rank()).isEqualTo(3);
    assertThat(peers.priority()).isEqualTo(1);
    assertThat(mentor.focus()).endsWith(Strategy.PEER_EXCHANGE);
    assertThat(peers.rankReasons()).filteredOn(RankReason::isPlacement).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo(MENTOR);
      assertThat(Phrases.rankGrounds(r.grounds())).startsWith("violent crime down 5.0% since 2016 against the nation's up 0.0%: the site's figures "
          + "improved beyond the nation's during its completed engagement").contains("do not show that the program caused it");
    });
  }

  @Test
  void outcomeImprovingNotBeforeTheEngagementIsCompletedNorJustInsideTheMargin() {
    Advice operationsYear3 = advise(2017, Track.OPERATIONS, 2019, 700);
    Advice diagnosticYear3 = advise(2017, Track.DIAGNOSTIC, 2019, 700);
    Advice steady = advise(2017, Track.OPERATIONS, 2020, 951);

    assertNotFired(operationsYear3, MENTOR);
    assertThat(operationsYear3.recommendation(Strategy.PEER_EXCHANGE).orElseThrow().priority()).isEqualTo(3);
    assertThat(operationsYear3.focus()).doesNotContain(Strategy.PEER_EXCHANGE);
    assertFired(diagnosticYear3, MENTOR);
    assertNotFired(steady, MENTOR);
  }

  @Test
  void aSiteWithoutABaselineYearHasNotEnoughDataAndNoReaction() {
    Site site = Site.builder().id("new-site").name("New Site (illustrative)").state("OH").population(100_000)
        .addEngagement(Engagement.builder().cohort(2017).build())
        .addStatistic(YearlyStatistics.builder().year(2019).murders(0).rapes(0).robberies(0).aggravatedAssaults(3000)
            .firearmShare(0.5).build())
        .build();

    Advice advice = FLAT.advise(site);

    assertThat(advice.outcome().orElseThrow().verdict()).isEqualTo(Outcome.Verdict.NOT_ENOUGH_DATA);
    assertNotFired(advice, WORSENING);
    assertNotFired(advice, MENTOR);
  }
}
