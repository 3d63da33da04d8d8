package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Outcomes of engaged sites: terms, baselines, margins. Illustrative figures. */
class OutcomeTest {
  /** A flat nation (400 in every year), so the site's change is its difference from the nation's. */
  private static final NationalRates FLAT = NationalRates.of(List.of(
      new NationalRate(2016, 400, 5.0, "illustrative"), new NationalRate(2017, 400, 5.0, "illustrative"),
      new NationalRate(2018, 400, 5.0, "illustrative"), new NationalRate(2019, 400, 5.0, "illustrative"),
      new NationalRate(2020, 400, 5.0, "illustrative"), new NationalRate(2021, 400, 5.0, "illustrative")));

  private static YearlyStatistics year(int year, int crimes) {
    return YearlyStatistics.builder().year(year).murders(0).rapes(0).robberies(0).aggravatedAssaults(crimes).build();
  }

  /** 100,000 residents: crimes are the rate per 100,000. */
  private static Site.Builder site(Engagement... engagements) {
    return Site.builder().id("outcome-site").name("Outcome Site (illustrative)").state("OH").population(100_000)
        .addEngagements(engagements);
  }

  private static Engagement joined(int cohort, Track track) {
    return Engagement.builder().cohort(cohort).track(Optional.ofNullable(track)).build();
  }

  @ParameterizedTest(name = "{0} per 100,000 after 1,000: {1}")
  @CsvSource({"950, IMPROVING", "951, STEADY", "1049, STEADY", "1050, WORSENING", "700, IMPROVING", "1300, WORSENING"})
  void theVerdictComparesTheChangeWithTheNationsAtTheMargin(int crimes, Outcome.Verdict verdict) {
    Site site = site(joined(2017, Track.OPERATIONS)).addStatistic(year(2016, 1000)).addStatistic(year(2019, crimes)).build();

    Outcome outcome = Outcome.of(site, 2019, FLAT, 0.05).orElseThrow();

    assertThat(outcome.verdict()).isEqualTo(verdict);
    assertThat(outcome.baselineYear()).hasValue(2016);
    assertThat(outcome.change().getAsDouble()).isCloseTo(crimes / 1000.0 - 1, within(1e-12));
    assertThat(outcome.nationalChange()).hasValue(0.0);
  }

  @Test
  void aBaselineWithoutViolentCrimeGivesNoChangeRatherThanAnInfiniteOne() {
    Site site = site(joined(2017, Track.OPERATIONS)).addStatistic(year(2016, 0)).addStatistic(year(2019, 10)).build();

    Outcome outcome = Outcome.of(site, 2019, FLAT, 0.05).orElseThrow();

    assertThat(outcome.baselineYear()).hasValue(2016);
    assertThat(outcome.change()).isEmpty();
    assertThat(outcome.verdict()).isEqualTo(Outcome.Verdict.NOT_ENOUGH_DATA);
  }

  @Test
  void theTextSaysThereWasNoViolentCrimeToMeasureFromNotThatARateIsMissing() {
    Site site = site(joined(2017, Track.OPERATIONS)).addStatistic(year(2016, 0)).addStatistic(year(2019, 10))
        .addIntervention(Intervention.builder().strategy(Strategy.REENTRY).status(InterventionStatus.ACTIVE).since(2016)
            .build())
        .build();
    Advice advice = Advice.builder().site(site).year(2019).national(FLAT.rate(2019).orElseThrow()).eligible(false)
        .outcome(Outcome.of(site, 2019, FLAT, 0.05)).interventionReviews(InterventionReview.of(site, 2019, FLAT)).build();

    assertThat(AdviceText.outcome(advice)).hasValue("joined 2017 (Operations), engagement year 3; no violent crime in 2016, "
        + "so nothing to compare: NOT_ENOUGH_DATA");
    assertThat(AdviceText.reviews(advice))
        .containsExactly("REENTRY, ACTIVE since 2016: no violent crime in 2016, so no change to measure from it");
  }

  @ParameterizedTest(name = "{0} engagement in year {1}: completed {2}")
  @CsvSource({"OPERATIONS, 3, false", "OPERATIONS, 4, true", "DIAGNOSTIC, 2, false", "DIAGNOSTIC, 3, true", ", 3, false", ", 4, true"})
  void anOperationsEngagementRunsThreeYearsADiagnosticOneTwo(Track track, int engagementYear, boolean completed) {
    int year = 2016 + engagementYear;
    Site site = site(joined(2017, track)).addStatistic(year(2016, 1000)).addStatistic(year(year, 1000)).build();

    Outcome outcome = Outcome.of(site, year, FLAT, 0.05).orElseThrow();

    assertThat(outcome.engagementYear()).isEqualTo(engagementYear);
    assertThat(outcome.completed()).isEqualTo(completed);
  }

  @Test
  void aSiteThatJoinedTwiceIsJudgedOnItsLatestEngagementByTheYear() {
    // Kansas City: 2017 Diagnostic, 2018 Operations.
    Site site = site(joined(2017, Track.DIAGNOSTIC), joined(2018, Track.OPERATIONS))
        .addStatistic(year(2016, 1000)).addStatistic(year(2017, 900)).addStatistic(year(2019, 1200)).build();

    Outcome in2019 = Outcome.of(site, 2019, FLAT, 0.05).orElseThrow();
    Outcome in2017 = Outcome.of(site, 2017, FLAT, 0.05).orElseThrow();

    assertThat(in2019.engagement().cohort()).isEqualTo(2018);
    assertThat(in2019.engagementYear()).isEqualTo(2);
    assertThat(in2019.baselineYear()).hasValue(2017);
    assertThat(in2019.verdict()).isEqualTo(Outcome.Verdict.WORSENING);
    assertThat(in2017.engagement().cohort()).isEqualTo(2017);
    assertThat(in2017.baselineYear()).hasValue(2016);
  }

  @Test
  void withoutABaselineYearOrANationalRateForItThereIsNotEnoughData() {
    Site noBaseline = site(joined(2017, null)).addStatistic(year(2019, 1000)).build();
    Site oldBaseline = site(joined(2017, null)).addStatistic(year(2010, 1000)).addStatistic(year(2019, 1000)).build();

    Outcome none = Outcome.of(noBaseline, 2019, FLAT, 0.05).orElseThrow();
    Outcome unrated = Outcome.of(oldBaseline, 2019, FLAT, 0.05).orElseThrow();

    assertThat(none.verdict()).isEqualTo(Outcome.Verdict.NOT_ENOUGH_DATA);
    assertThat(none.baselineYear()).isEmpty();
    assertThat(none.change()).isEmpty();
    assertThat(unrated.baselineYear()).hasValue(2010);
    assertThat(unrated.verdict()).isEqualTo(Outcome.Verdict.NOT_ENOUGH_DATA);
    assertThat(unrated.nationalChange()).isEmpty();
  }

  @Test
  void aCandidateOrASiteNotYetEngagedHasNoOutcome() {
    assertThat(Outcome.of(site().addStatistic(year(2019, 1000)).build(), 2019, FLAT, 0.05)).isEmpty();
    assertThat(Outcome.of(site(joined(2019, null)).addStatistic(year(2018, 1000)).build(), 2018, FLAT, 0.05)).isEmpty();
  }

  @Test
  void everyActiveInterventionWithASinceYearIsReviewedFromThatYearOrTheFirstWithFigures() {
    Site site = site().addStatistic(year(2016, 1000)).addStatistic(year(2018, 800)).addStatistic(year(2019, 900))
        .addIntervention(Intervention.builder().strategy(Strategy.REENTRY).status(InterventionStatus.ACTIVE).since(2017).build())
        .addIntervention(Intervention.builder().strategy(Strategy.TECHNOLOGY).status(InterventionStatus.ACTIVE).build())
        .addIntervention(Intervention.builder().strategy(Strategy.CRIME_ANALYSIS).status(InterventionStatus.COMPLETED)
            .since(2016).build())
        .addIntervention(Intervention.builder().strategy(Strategy.VICTIM_SERVICES).status(InterventionStatus.ACTIVE)
            .since(2021).build())
        .build();

    List<InterventionReview> reviews = InterventionReview.of(site, 2019, FLAT);

    assertThat(reviews).singleElement().satisfies(r -> {
      assertThat(r.intervention().strategy()).isEqualTo(Strategy.REENTRY);
      assertThat(r.fromYear()).hasValue(2018);
      assertThat(r.change().getAsDouble()).isCloseTo(0.125, within(1e-12));
      assertThat(r.nationalChange()).hasValue(0.0);
    });
  }
}
