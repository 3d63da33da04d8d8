package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.psp.rules.SiteSpec.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.model.AdviceException;
import org.psp.model.Problem;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.model.YearlyStatistics;
import org.psp.rules.settings.PolicySettings;

/** The engine's API: real national rates, errors per site, settings, and sharing across threads. */
class StrategyAdvisorTest {
  private static final StrategyAdvisor DEFAULT = StrategyAdvisor.withDefaultPolicy();

  /** Baltimore in 2018, FBI CIUS 2018 Table 8: 309 + 361 + 5,066 + 5,364 offenses, 605,436 residents. */
  private static Site baltimore() {
    return Site.builder().id("baltimore-md").name("Baltimore").state("MD").population(597_239)
        .addStatistic(YearlyStatistics.builder().year(2018).murders(309).rapes(361).robberies(5066)
            .aggravatedAssaults(5364).population(605_436).build())
        .build();
  }

  @Test
  void comparesWithTheFbiNationalRateOfTheSameYear() {
    Advice advice = DEFAULT.advise(baltimore());

    assertThat(advice.year()).isEqualTo(2018);
    assertThat(advice.violentCrimeRate()).isCloseTo(1833.4, within(0.05));
    assertThat(advice.nationalRate()).isEqualTo(368.9);
    assertThat(advice.nationalRatio()).isCloseTo(4.97, within(0.005));
    assertThat(advice.eligible()).isTrue();
  }

  @Test
  void aYearWithoutANationalRateIsAnErrorNamingTheYear() {
    Site site = site().build();
    Site in2024 = Site.builder().from(site).statistics(List.of(
        YearlyStatistics.builder().from(site.statistics().get(0)).year(2024).build())).build();

    assertThatThrownBy(() -> DEFAULT.advise(in2024))
        .isInstanceOfSatisfying(AdviceException.class, e -> assertThat(e.problem())
            .isEqualTo(Problem.inSite("test-site", "no national violent crime rate for 2024 in the national rates table, "
                + "which has 2005-2023")))
        .hasMessage("test-site: no national violent crime rate for 2024 in the national rates table, which has 2005-2023");
  }

  @Test
  void aYearWithoutStatisticsIsAnErrorNamingTheYears() {
    assertThatThrownBy(() -> DEFAULT.advise(site().build(), AdviceYear.of(2017)))
        .isInstanceOf(AdviceException.class)
        .hasMessage("test-site: no statistics for 2017; the site has [2019]");
  }

  @Test
  void aMissingArgumentIsNamed() {
    Advisor advisor = DEFAULT;

    assertThatThrownBy(() -> advisor.advise(null)).isInstanceOf(NullPointerException.class).hasMessage("site");
    assertThatThrownBy(() -> advisor.explain(null, Strategy.REENTRY)).hasMessage("site");
    assertThatThrownBy(() -> advisor.explain(site().build(), null)).hasMessage("strategy");
    assertThatThrownBy(() -> advisor.adviseAll(null, AdviceYear.LATEST)).hasMessage("sites");
    assertThatThrownBy(() -> advisor.adviseEach(null, AdviceYear.LATEST, o -> { })).hasMessage("sites");
    assertThatThrownBy(() -> advisor.adviseEach(List.of(site().build()), AdviceYear.LATEST, null)).hasMessage("consumer");
    assertThatThrownBy(() -> advisor.adviseAll(Arrays.asList(site().build(), null), AdviceYear.LATEST)).hasMessage("site");
    assertThatThrownBy(() -> advisor.advise(site().build(), null)).hasMessage("year");
    assertThatThrownBy(() -> advisor.explain(site().build(), null, List.of(Strategy.REENTRY))).hasMessage("year");
    assertThatThrownBy(() -> advisor.adviseEach(List.of(site().build()), null, o -> { })).hasMessage("year");
  }

  @Test
  void theYearIsEachSitesLatestOrTheOneGiven() {
    Site baltimore = baltimore();

    assertThat(AdviceYear.LATEST.yearFor(baltimore)).isEqualTo(baltimore.latestYear()).isEqualTo(2018);
    assertThat(AdviceYear.of(2017).yearFor(baltimore)).isEqualTo(2017);
    assertThat(AdviceYear.of(2017)).isEqualTo(AdviceYear.of(2017)).hasSameHashCodeAs(AdviceYear.of(2017))
        .isNotEqualTo(AdviceYear.LATEST).hasToString("2017");
    assertThat(AdviceYear.LATEST.given()).isEmpty();
    assertThat(DEFAULT.advise(baltimore, AdviceYear.of(2018)).year()).isEqualTo(2018);
    assertThat(DEFAULT.advise(baltimore, AdviceYear.LATEST)).isEqualTo(DEFAULT.advise(baltimore));
  }

  @Test
  void aYearOutsideTheModelsRangeIsRefusedWithItsValue() {
    assertThat(AdviceYear.of(1990).given()).hasValue(1990);
    assertThat(AdviceYear.of(2100).given()).hasValue(2100);
    assertThatThrownBy(() -> AdviceYear.of(1989)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the year to advise on must be a year from 1990 to 2100 but was 1989");
    assertThatThrownBy(() -> AdviceYear.of(2101)).hasMessageEndingWith("but was 2101");
  }

  @Test
  void aBatchAdvisesEverySiteItCanAndReportsTheOthers() {
    List<AdviceOutcome> outcomes = DEFAULT.adviseAll(List.of(site().id("a").build(), site().id("b").build()), AdviceYear.of(2018));
    assertThat(outcomes).allSatisfy(o -> assertThat(o.error().map(Problem::message)).hasValue("no statistics for 2018; the site has [2019]"));

    List<AdviceOutcome> latest = DEFAULT.adviseAll(List.of(site().id("a").build(), baltimore()), AdviceYear.LATEST);
    assertThat(latest).extracting(o -> o.advice().orElseThrow().year()).containsExactly(2019, 2018);
  }

  /** More sites than adviseEach holds at once (1,024), so the order must hold across its chunks. */
  private static final int CHUNK = 1024;

  @Test
  void aStreamOfSitesIsAdvisedInOrderAcrossChunks() {
    List<Site> sites = GeneratedSites.sites(5, CHUNK * 2 + 17);
    List<AdviceOutcome> streamed = new ArrayList<>();

    DEFAULT.adviseEach(sites, AdviceYear.LATEST, streamed::add);

    assertThat(streamed).extracting(AdviceOutcome::site).containsExactlyElementsOf(sites);
    assertThat(streamed.get(CHUNK + 3).advice()).hasValue(DEFAULT.advise(sites.get(CHUNK + 3)));
  }

  @Test
  void settingsChangeThePolicyWithoutJava() {
    Properties strict = new Properties();
    strict.setProperty("eligibilityRatio", "2.5");
    StrategyAdvisor advisor = StrategyAdvisor.builder().nationalRates(TestAdvisors.ROUND.nationalRates())
        .settings(PolicySettings.defaults().withOverrides(strict)).build();

    assertThat(advisor.advise(site().ratio(2).build()).eligible()).isFalse();
    assertThat(advisor.advise(site().ratio(2.5).build()).eligible()).isTrue();
  }

  @Test
  void unknownOrMalformedSettingsAreRejectedByName() {
    Properties bad = new Properties();
    bad.setProperty("eligibilityRatioo", "2");
    bad.setProperty("hotSpotsRatio", "high");

    assertThatThrownBy(() -> PolicySettings.defaults().withOverrides(bad))
        .hasMessageContaining("unknown setting \"eligibilityRatioo\"")
        .hasMessageContaining("hotSpotsRatio must be a number but was \"high\"");
    assertThatThrownBy(() -> PolicySettings.builder().from(PolicySettings.defaults()).hotSpotsRatio(-1).build())
        .hasMessageContaining("hotSpotsRatio must be > 0 but was -1.0");
  }

  @Test
  void theDefaultSettingsAreThePolicysThresholds() {
    assertThat(PolicySettings.defaults().asMap()).containsEntry("eligibilityRatio", "1.5")
        .containsEntry("focusSize", "3").containsEntry("rankNeedWeight", "1.0").containsEntry("grantAssistancePopulation", "100000")
        .containsEntry("immigrationCooperationFirstYear", "2017").containsEntry("immigrationCooperationLastYear", "2020")
        .containsEntry("gunViolenceMurderRatio", "2.0")
        .containsEntry("outcomeMargin", "0.05")
        .hasSize(21);
  }

  @Test
  void sixteenThreadsSharingOneAdvisorGetExactlyTheSequentialResults() throws Exception {
    List<Site> sites = GeneratedSites.sites(11, 500);
    List<Advice> sequential = sites.stream().map(DEFAULT::advise).toList();

    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Advice>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        sites.forEach(s -> futures.add(pool.submit(() -> DEFAULT.advise(s))));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % sites.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
