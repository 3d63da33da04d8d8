package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psp.model.words.AdviceText;

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

    assertThat(AdviceText.outcome(advice)).hasValue("joined 2017 (Operations), engagement year 3 of 3 (so far); no violent "
        + "crime in 2016, so nothing to compare: NOT_ENOUGH_DATA");
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
    assertThat(outcome.interim()).isEqualTo(!completed);
  }

  @Test
  void engagementsThatFollowOneAnotherWithoutAGapAreOneRunFromTheFirstCohort() {
    // Kansas City: 2017 Diagnostic (2017-2018), then 2018 Operations (2018-2020): one run from 2017.
    Site site = site(joined(2017, Track.DIAGNOSTIC), joined(2018, Track.OPERATIONS))
        .addStatistic(year(2016, 1000)).addStatistic(year(2017, 900)).addStatistic(year(2019, 1200))
        .addStatistic(year(2021, 1000)).build();

    Outcome in2019 = Outcome.of(site, 2019, FLAT, 0.05).orElseThrow();
    Outcome in2017 = Outcome.of(site, 2017, FLAT, 0.05).orElseThrow();
    Outcome in2021 = Outcome.of(site, 2021, FLAT, 0.05).orElseThrow();

    assertThat(in2019.cohort()).isEqualTo(2017);
    assertThat(in2019.run()).extracting(Engagement::cohort).containsExactly(2017, 2018);
    assertThat(in2019.engagementYear()).isEqualTo(3);
    assertThat(in2019.baselineYear()).hasValue(2016);
    assertThat(in2019.verdict()).isEqualTo(Outcome.Verdict.WORSENING);
    assertThat(in2019.completed()).isFalse();
    assertThat(in2019.lastYear()).isEqualTo(2020);
    // In 2017 the 2018 engagement has not begun: the run is the Diagnostic one alone.
    assertThat(in2017.run()).extracting(Engagement::cohort).containsExactly(2017);
    assertThat(in2017.verdict()).isEqualTo(Outcome.Verdict.TOO_EARLY);
    assertThat(in2021.completed()).isTrue();
  }

  @Test
  void anEngagementAfterAGapStartsANewRun() {
    // Diagnostic 2017 ends with 2018; joining again in 2020 leaves 2019 out: a new run from 2020.
    Site site = site(joined(2017, Track.DIAGNOSTIC), joined(2020, Track.OPERATIONS))
        .addStatistic(year(2016, 1000)).addStatistic(year(2019, 900)).addStatistic(year(2021, 800)).build();

    Outcome in2021 = Outcome.of(site, 2021, FLAT, 0.05).orElseThrow();
    Outcome in2019 = Outcome.of(site, 2019, FLAT, 0.05).orElseThrow();

    assertThat(in2021.cohort()).isEqualTo(2020);
    assertThat(in2021.baselineYear()).hasValue(2019);
    assertThat(in2021.engagementYear()).isEqualTo(2);
    assertThat(in2019.cohort()).isEqualTo(2017);
    assertThat(in2019.completed()).isTrue();
  }

  @Test
  void theYearTheSiteJoinedIsTooEarlyForAVerdictThoughTheChangeIsReported() {
    // Davenport's case: joined 2019, judged on 2019 against 2017 (its 2018 not reported).
    Site site = site(joined(2019, Track.OPERATIONS)).addStatistic(year(2017, 1000)).addStatistic(year(2019, 817))
        .addNotReported(UnreportedYear.builder().year(2018).reason("not listed in the FBI table").build()).build();

    Outcome outcome = Outcome.of(site, 2019, FLAT, 0.05).orElseThrow();

    assertThat(outcome.verdict()).isEqualTo(Outcome.Verdict.TOO_EARLY);
    assertThat(outcome.engagementYear()).isEqualTo(1);
    assertThat(outcome.baselineYear()).hasValue(2017);
    assertThat(outcome.change().getAsDouble()).isCloseTo(-0.183, within(1e-9));
    assertThat(outcome.interim()).isTrue();
  }

  @Test
  void aFlagOnTheBaselineOrTheYearOrNotComparableBetweenMakesItNotComparableNamingEachFlag() {
    // Salisbury's case: a legacy-definition 2016 baseline and a 2019 not comparable with earlier years.
    Site salisbury = site(joined(2017, Track.OPERATIONS))
        .addStatistic(YearlyStatistics.builder().from(year(2016, 1000)).addFlag(DataFlag.of(FlagKind.LEGACY_RAPE_DEFINITION)).build())
        .addStatistic(YearlyStatistics.builder().from(year(2019, 755))
            .addFlag(DataFlag.of(FlagKind.NOT_COMPARABLE, "FBI footnote 5")).build())
        .build();
    // Toledo's case: 2017 not reported, withheld as underreported and not comparable with earlier years.
    Site toledo = site(joined(2017, Track.OPERATIONS)).addStatistic(year(2016, 1000)).addStatistic(year(2019, 799))
        .addNotReported(UnreportedYear.builder().year(2017).addFlag(DataFlag.of(FlagKind.NOT_COMPARABLE))
            .addFlag(DataFlag.of(FlagKind.UNDERREPORTED)).build())
        .build();
    // An UNDERREPORTED year between them does not stop the comparison; only NOT_COMPARABLE does.
    Site underreportedBetween = site(joined(2017, Track.OPERATIONS)).addStatistic(year(2016, 1000))
        .addStatistic(YearlyStatistics.builder().from(year(2018, 1000)).addFlag(DataFlag.of(FlagKind.UNDERREPORTED)).build())
        .addStatistic(year(2019, 799)).build();

    Outcome s = Outcome.of(salisbury, 2019, FLAT, 0.05).orElseThrow();
    Outcome t = Outcome.of(toledo, 2019, FLAT, 0.05).orElseThrow();

    assertThat(s.verdict()).isEqualTo(Outcome.Verdict.NOT_COMPARABLE);
    assertThat(s.flags()).extracting(DataNote::toString).containsExactly("2016 LEGACY_RAPE_DEFINITION", "2019 NOT_COMPARABLE");
    assertThat(s.change().getAsDouble()).isCloseTo(-0.245, within(1e-9));
    assertThat(t.verdict()).isEqualTo(Outcome.Verdict.NOT_COMPARABLE);
    assertThat(t.flags()).extracting(DataNote::toString).containsExactly("2017 NOT_COMPARABLE");
    assertThat(Outcome.of(underreportedBetween, 2019, FLAT, 0.05).orElseThrow().verdict()).isEqualTo(Outcome.Verdict.IMPROVING);
  }

  @Test
  void theVerdictsComeInTheContractsOrder() {
    // No baseline beats a flag; a flag beats the first year.
    Site flaggedFirstYear = site(joined(2019, null)).addStatistic(year(2018, 1000))
        .addStatistic(YearlyStatistics.builder().from(year(2019, 1000)).addFlag(DataFlag.of(FlagKind.UNDERREPORTED)).build()).build();
    Site flaggedNoBaseline = site(joined(2019, null))
        .addStatistic(YearlyStatistics.builder().from(year(2019, 1000)).addFlag(DataFlag.of(FlagKind.UNDERREPORTED)).build()).build();

    assertThat(Outcome.of(flaggedFirstYear, 2019, FLAT, 0.05).orElseThrow().verdict()).isEqualTo(Outcome.Verdict.NOT_COMPARABLE);
    assertThat(Outcome.of(flaggedNoBaseline, 2019, FLAT, 0.05).orElseThrow().verdict()).isEqualTo(Outcome.Verdict.NOT_ENOUGH_DATA);
  }

  @Test
  void theOutcomeSaysSoFarTheRunAndTheFlagsInWords() {
    Site site = site(joined(2017, Track.DIAGNOSTIC), joined(2018, Track.OPERATIONS)).addStatistic(year(2016, 1000))
        .addStatistic(YearlyStatistics.builder().from(year(2019, 900)).addFlag(DataFlag.of(FlagKind.NOT_COMPARABLE, "footnote"))
            .build()).build();
    Advice advice = Advice.builder().site(site).year(2019).national(FLAT.rate(2019).orElseThrow()).eligible(false)
        .outcome(Outcome.of(site, 2019, FLAT, 0.05)).build();

    assertThat(AdviceText.outcome(advice)).hasValue("joined 2017 (Diagnostic; Operations from 2018), engagement year 3 of 4 "
        + "(so far); violent crime down 10.0% since 2016 against the nation's up 0.0%: NOT_COMPARABLE (FBI flags 2019 NOT_COMPARABLE)");
    assertThat(advice.dataNotes()).containsExactly(new DataNote(2019, FlagKind.NOT_COMPARABLE, Optional.of("footnote")));
    assertThat(AdviceText.dataNotes(advice)).containsExactly("2019 NOT_COMPARABLE: footnote");
  }

  @ParameterizedTest(name = "advised in {0}")
  @CsvSource(delimiter = '|', value = {
      "2019 | engagement year 3 of 3 (so far)",
      "2020 | engagement of 3 years completed in 2019, 1 year before 2020",
      "2021 | engagement of 3 years completed in 2019, 2 years before 2021"})
  void aCompletedRunSaysWhenItEndedNeverAYearPastItsLength(int year, String words) {
    // Camden: joined 2014 for three years, advised in 2019: not "engagement year 6 of 3".
    Site site = site(joined(2017, Track.OPERATIONS)).addStatistic(year(2016, 1000)).addStatistic(year(year, 1000)).build();
    Advice advice = Advice.builder().site(site).year(year).national(FLAT.rate(year).orElseThrow()).eligible(false)
        .outcome(Outcome.of(site, year, FLAT, 0.05)).build();

    assertThat(AdviceText.outcome(advice)).hasValue("joined 2017 (Operations), " + words + "; violent crime up 0.0% since 2016 "
        + "against the nation's up 0.0%: STEADY");
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
