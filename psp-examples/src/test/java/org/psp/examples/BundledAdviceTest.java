package org.psp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psp.examples.scenario.ScenarioReader;
import org.psp.model.Advice;
import org.psp.model.Capability;
import org.psp.model.DataNote;
import org.psp.model.Ground;
import org.psp.model.Mode;
import org.psp.model.OnRecord;
import org.psp.model.Outcome;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.model.YearNote;
import org.psp.rules.AdviceYear;
import org.psp.rules.StrategyAdvisor;

/**
 * The default policy on the bundled sites, every year they have figures for (issue 24's "done when"):
 * facts hold in their years, outcomes never cross an FBI flag, modes follow the record. The scenario
 * files of {@code src/test/resources/scenarios/bundled} pin single cases; this holds for every site.
 */
class BundledAdviceTest {
  private static final StrategyAdvisor ADVISOR = StrategyAdvisor.withDefaultPolicy();
  private static final Map<String, Site> SITES = BundledSites.load().sites().stream()
      .collect(Collectors.toMap(Site::id, Function.identity()));

  /** The capabilities that make each strategy STRENGTHEN (CONTRACT §4). */
  private static final Map<Strategy, List<Capability>> MATCHING = Map.of(
      Strategy.ENFORCEMENT_TASK_FORCE, List.of(Capability.VIOLENT_CRIME_TASK_FORCE),
      Strategy.FUGITIVE_APPREHENSION, List.of(Capability.FUGITIVE_TASK_FORCE),
      Strategy.CRIME_ANALYSIS, List.of(Capability.CRIME_ANALYSIS_UNIT),
      Strategy.TECHNOLOGY, List.of(Capability.REAL_TIME_CRIME_CENTER),
      Strategy.COMMUNITY_OUTREACH, List.of(Capability.COMMUNITY_POLICING_PROGRAM),
      Strategy.CRIME_GUN_INTELLIGENCE, List.of(Capability.NIBIN_ACCESS, Capability.CRIME_GUN_INTELLIGENCE_CENTER));

  private static List<Advice> everyYearOfEverySite() {
    return SITES.values().stream().flatMap(site -> site.statisticsByYear().keySet().stream()
        .filter(year -> year >= 2005 && year <= 2023).map(year -> ADVISOR.advise(site, AdviceYear.of(year)))).toList();
  }

  @Test
  void noRecommendationIsEstablishWhereASourceRecordsTheCapabilityAndNoneIsUnknownWhereTheRecordSays() {
    for (Advice advice : everyYearOfEverySite()) {
      for (Recommendation r : advice.recommendations()) {
        List<Capability> matching = MATCHING.getOrDefault(r.strategy(), List.of());
        boolean holds = matching.stream().anyMatch(c -> advice.site().capability(c, advice.year()) == OnRecord.HOLDS)
            || advice.site().hasActiveIntervention(r.strategy(), advice.year());
        String what = advice.site().id() + " " + advice.year() + " " + r.strategy();
        if (holds) {
          assertThat(r.mode()).as(what).isEqualTo(Mode.STRENGTHEN);
        } else if (r.mode() == Mode.ESTABLISH) {
          assertThat(matching).as(what + ": ESTABLISH needs the capability recorded absent")
              .allMatch(c -> advice.site().capability(c, advice.year()) == OnRecord.ABSENT);
        }
      }
    }
  }

  @Test
  void noVerdictCrossesAnFbiFlagAndNoneIsDrawnInTheYearASiteJoined() {
    for (Advice advice : everyYearOfEverySite()) {
      advice.outcome().ifPresent(o -> {
        String what = advice.site().id() + " " + advice.year();
        boolean judged = o.verdict() == Outcome.Verdict.IMPROVING || o.verdict() == Outcome.Verdict.STEADY
            || o.verdict() == Outcome.Verdict.WORSENING;
        if (judged) {
          assertThat(o.flags()).as(what).isEmpty();
          assertThat(o.engagementYear()).as(what).isGreaterThan(1);
        }
        assertThat(advice.dataNotes()).as(what).containsAll(o.flags());
      });
    }
  }

  @Test
  void toledoAndSalisburyAreNotComparableNamingTheFlags() {
    Outcome toledo = ADVISOR.advise(SITES.get("toledo-oh"), AdviceYear.of(2019)).outcome().orElseThrow();
    Outcome salisbury = ADVISOR.advise(SITES.get("salisbury-nc"), AdviceYear.of(2019)).outcome().orElseThrow();

    assertThat(toledo.verdict()).isEqualTo(Outcome.Verdict.NOT_COMPARABLE);
    assertThat(toledo.flags()).extracting(DataNote::toString).contains("2017 NOT_COMPARABLE");
    assertThat(salisbury.verdict()).isEqualTo(Outcome.Verdict.NOT_COMPARABLE);
    assertThat(salisbury.flags()).extracting(DataNote::toString).contains("2016 LEGACY_RAPE_DEFINITION", "2019 NOT_COMPARABLE");
  }

  /**
   * The FBI's "underreported; not included" footnotes of Cincinnati and New Orleans 2018–2019 and
   * Houston 2018, and Toledo's 2014 "did not follow national UCR Program guidelines", are about the
   * arson or property crime cells those rows leave blank (every violent crime figure is given): notes of
   * the year, not flags. They stop no verdict, and the advice shows them beside the flags. Houston's
   * 2018 "not comparable" stays a flag.
   */
  @Test
  void footnotesAboutOtherOffencesAreNotesShownBesideTheFlagsAndStopNoVerdict() {
    Advice cincinnati = ADVISOR.advise(SITES.get("cincinnati-oh"), AdviceYear.of(2019));
    Advice newOrleans = ADVISOR.advise(SITES.get("new-orleans-la"), AdviceYear.of(2019));
    Outcome houston = ADVISOR.advise(SITES.get("houston-tx"), AdviceYear.of(2019)).outcome().orElseThrow();

    assertThat(cincinnati.outcome().orElseThrow().verdict()).isEqualTo(Outcome.Verdict.STEADY);
    assertThat(cincinnati.outcome().orElseThrow().flags()).isEmpty();
    assertThat(cincinnati.dataNotes()).isEmpty();
    assertThat(cincinnati.yearNotes()).filteredOn(n -> n.year() == 2019).singleElement()
        .satisfies(n -> assertThat(n.note()).startsWith("FBI footnote 6: The FBI determined that the agency's data were underreported")
            .endsWith("(no flag here: the row gives every violent crime figure and leaves arson blank)"));
    assertThat(newOrleans.outcome().orElseThrow().verdict()).isEqualTo(Outcome.Verdict.WORSENING);
    assertThat(newOrleans.dataNotes()).isEmpty();
    assertThat(newOrleans.yearNotes()).extracting(YearNote::year).contains(2019);
    assertThat(houston.verdict()).isEqualTo(Outcome.Verdict.NOT_COMPARABLE);
    assertThat(houston.flags()).extracting(DataNote::toString).containsExactly("2018 NOT_COMPARABLE");
    assertThat(SITES.get("toledo-oh").flags(2014)).isEmpty();
    assertThat(SITES.get("toledo-oh").notes(2014)).anySatisfy(n -> assertThat(n).contains("did not follow national UCR Program "
        + "guidelines").endsWith("leaves property crime, larceny-theft and arson blank)"));
  }

  @Test
  void kansasCitysRunStartsIn2017AndNoSiteIsSaidToHaveJoinedBeforeItsCohort() {
    assertThat(ADVISOR.advise(SITES.get("kansas-city-mo"), AdviceYear.of(2019)).outcome().orElseThrow().cohort()).isEqualTo(2017);
    for (Advice advice : everyYearOfEverySite()) {
      for (Recommendation r : advice.recommendations()) {
        // The year a site joined is a ground of its own: no rationale can give one after the year advised.
        for (var reason : r.rationales()) {
          for (Ground ground : reason.grounds()) {
            if (ground instanceof Ground.Joined joined) {
              assertThat(joined.year()).as(advice.site().id() + " " + advice.year()).isLessThanOrEqualTo(advice.year());
            }
          }
        }
      }
    }
  }

  @Test
  void eachBundledScenarioHoldsTheBundledSiteAsItIs() throws IOException {
    ScenarioReader reader = new ScenarioReader();
    List<Path> files = reader.files(List.of(Path.of("src/test/resources/scenarios/bundled")));

    assertThat(files).isNotEmpty();
    for (Path file : files) {
      Site site = reader.read(file).scenario().orElseThrow().site();
      assertThat(site).as(file.toString()).isEqualTo(SITES.get(site.id()));
    }
  }
}
