package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.rationaleOf;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.Advice;
import org.psp.model.DataGap;
import org.psp.model.InterventionStatus;
import org.psp.model.Mode;
import org.psp.model.NationalRates;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.Strategy;
import org.psp.model.YearlyStatistics;
import org.psp.model.words.AdviceText;
import org.psp.model.words.Phrases;
import org.psp.model.words.RecommendationText;

/**
 * What is known, assumed and missing: the advice never states as a fact what nobody recorded, lists
 * what it assumed, says which strategies a missing figure could bring, and cautions on an estimated
 * national year.
 */
class HonestAdviceTest {

  @Test
  void aRecordedSiteAssumesNothingAndStatesItsAbsencesAsFacts() {
    Advice advice = advise(site().ratio(2));

    assertThat(AdviceText.assumptions(advice)).isEmpty();
    assertThat(Phrases.eligibilityReasons(advice.eligibilityReasons())).contains("met: leadership is committed to reducing violent crime",
        "met: the site cooperates with federal immigration enforcement, required for 2019");
    assertThat(rationaleOf(advice.recommendation(Strategy.CRIME_ANALYSIS).orElseThrow()))
        .isEqualTo("the site has no crime analysis unit");
  }

  @Test
  void capabilitiesNobodyRecordedAreNotOnRecordNotAbsent() {
    Advice advice = advise(site().ratio(2).notRecorded(SiteField.CAPABILITIES));

    assertThat(AdviceText.assumptions(advice)).singleElement().asString().startsWith("capabilities: not on record");
    assertThat(rationaleOf(advice.recommendation(Strategy.CRIME_ANALYSIS).orElseThrow()))
        .isEqualTo("no crime analysis unit is on record for 2019");
    assertThat(rationaleOf(advice.recommendation(Strategy.VICTIM_SERVICES).orElseThrow()))
        .isEqualTo("no victim services program is on record for 2019");
    assertThat(rationaleOf(advice.recommendation(Strategy.TECHNOLOGY).orElseThrow()))
        .endsWith("no real-time crime center is on record for 2019");
    assertThat(advice.recommendations()).allSatisfy(r -> assertThat(rationaleOf(r)).doesNotContain("the site has no"));
  }

  @Test
  void theRulesNamesAgreeWithTheirReasonsOnWhatIsNotOnRecord() {
    Advice advice = advise(site().ratio(2).notRecorded(SiteField.CAPABILITIES).notRecorded(SiteField.CONDITIONS)
        .notRecorded(SiteField.COMMITMENT));

    // A rule that fires when nobody recorded a capability never says in its name that the site is without it.
    assertThat(advice.recommendations()).filteredOn(r -> rationaleOf(r).contains("is on record for"))
        .extracting(RecommendationText::rules).isNotEmpty().allSatisfy(rules -> assertThat(rules).doesNotContain("without")
            .contains("on record"));
    assertThat(advice.firedRules()).contains("Eligibility: leadership committed, or its commitment not on record",
        "Eligibility: no refusal of federal immigration cooperation on record");
  }

  @Test
  void conditionsNobodyRecordedAreNotOnRecord() {
    Advice advice = advise(site().notRecorded(SiteField.CONDITIONS));

    assertThat(AdviceText.assumptions(advice)).singleElement().asString().startsWith("conditions: not on record");
    assertThat(Phrases.eligibilityReasons(advice.eligibilityReasons()))
        .contains("assumed: no refusal of federal immigration cooperation is on record for 2019, required for 2019");
  }

  @Test
  void aCommitmentNobodyRecordedIsAssumedAndSaysSo() {
    Advice advice = advise(site().notRecorded(SiteField.COMMITMENT));

    assertThat(advice.eligible()).isTrue();
    assertThat(AdviceText.assumptions(advice)).singleElement().asString().startsWith("commitment: not on record");
    assertThat(Phrases.eligibilityReasons(advice.eligibilityReasons()))
        .contains("assumed: leadership's commitment to reducing violent crime is not on record; taken as given");
  }

  @Test
  void partnersNobodyRecordedAreNotOnRecordAndACitysPoliceIsItsOwn() {
    Advice advice = advise(site().ratio(2).notRecorded(SiteField.PARTNERS));
    Recommendation victims = advice.recommendation(Strategy.VICTIM_SERVICES).orElseThrow();
    Recommendation hotSpots = advice.recommendation(Strategy.HOT_SPOTS_POLICING).orElseThrow();

    assertThat(AdviceText.assumptions(advice)).singleElement().asString().startsWith("partners: not on record");
    assertThat(RecommendationText.leads(victims, advice.site()))
        .isEqualTo("Usual leads: OVW, OJP; whether any of them works with the site is not on record.");
    assertThat(RecommendationText.leads(hotSpots, advice.site()))
        .isEqualTo("Usual leads: LOCAL_POLICE; LOCAL_POLICE is the site's own police.");
  }

  @Test
  void interventionsNobodyRecordedAreAnAssumption() {
    Advice advice = advise(site().notRecorded(SiteField.INTERVENTIONS));

    assertThat(AdviceText.assumptions(advice)).singleElement().asString()
        .isEqualTo("interventions: not on record; the advice assumed that the site carries out no intervention");
  }

  @Test
  void aRationaleNeverContradictsItsMode() {
    // The README's site: an ACTIVE reentry intervention, and no reentry program among its capabilities.
    Advice advice = advise(site().firearmShare(0.7).intervention(Strategy.REENTRY, InterventionStatus.ACTIVE, 2018)
        .intervention(Strategy.VICTIM_SERVICES, InterventionStatus.ACTIVE));

    Recommendation reentry = advice.recommendation(Strategy.REENTRY).orElseThrow();
    assertThat(reentry.mode()).isEqualTo(Mode.STRENGTHEN);
    assertThat(rationaleOf(reentry)).startsWith("the site carries out an ACTIVE REENTRY intervention since 2018 (no figures "
        + "from then until before 2019, so nothing to compare): the program strengthens what a site already does")
        .doesNotContain("the site has no reentry program");
    Recommendation victims = advice.recommendation(Strategy.VICTIM_SERVICES).orElseThrow();
    assertThat(victims.mode()).isEqualTo(Mode.STRENGTHEN);
    assertThat(rationaleOf(victims)).startsWith("besides its ACTIVE VICTIM_SERVICES intervention");
  }

  @Test
  void dataGapsNameTheStrategiesAMissingFigureCouldBring() {
    Advice advice = advise(site().ratio(2).firearmShare(0.1).drugShare(0.0));

    // gangShare and homicideClearanceRate are missing; firearmShare and drugShare are given.
    assertThat(advice.dataGaps()).extracting(DataGap::strategy).containsExactly(
        Strategy.ENFORCEMENT_TASK_FORCE, Strategy.FOCUSED_DETERRENCE, Strategy.COMMUNITY_OUTREACH, Strategy.REENTRY,
        Strategy.INVESTIGATIONS);
    assertThat(advice.dataGaps().get(0)).isEqualTo(new DataGap(Strategy.ENFORCEMENT_TASK_FORCE, Set.of("gangShare"),
        List.of("Enforcement task force: gang or drug violence at an eligible site")));
    assertThat(advice.dataGaps().get(4).missing()).containsExactly("homicideClearanceRate");
    assertThat(AdviceText.dataGaps(advice)).startsWith("ENFORCEMENT_TASK_FORCE if gangShare was known; ");
  }

  @Test
  void aYearThatGivesEveryFigureHasNoDataGapAndTheProbeCanBeSwitchedOff() {
    assertThat(advise(site().firearmShare(0.1).gangShare(0.1).drugShare(0.1).homicideClearanceRate(0.9)).dataGaps()).isEmpty();
    assertThat(TestAdvisors.roundBuilder().dataGaps(false).build().advise(site().ratio(2).build()).dataGaps()).isEmpty();
  }

  @Test
  void dataGapsHoldForAnAuthorsRuleWithNoWorkFromItsAuthor(@TempDir Path dir) throws IOException {
    Path rule = Files.writeString(dir.resolve("gangs.drl"), """
        package org.psp.test.gaps;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Peer exchange: gang violence"
        when
            $a : Assessment( gangShare >= 0.6 )
        then
            insert( new Proposal( $a, Strategy.PEER_EXCHANGE, "gangs" ) );
        end
        """);
    StrategyAdvisor advisor = TestAdvisors.roundBuilder().addRules(rule).build();

    Advice advice = advisor.advise(site().ratio(1).build());

    assertThat(advice.dataGaps()).filteredOn(g -> g.strategy() == Strategy.PEER_EXCHANGE).singleElement()
        .isEqualTo(new DataGap(Strategy.PEER_EXCHANGE, Set.of("gangShare"), List.of("Peer exchange: gang violence")));
    assertThat(advisor.advise(site().ratio(1).gangShare(0.2).build()).dataGaps())
        .noneMatch(g -> g.strategy() == Strategy.PEER_EXCHANGE);
  }

  @Test
  void adviceForAnEstimatedNationalYearCarriesACautionSayingWhy() {
    Site in2021 = Site.builder().from(site().build()).statistics(List.of(YearlyStatistics.builder()
        .from(site().build().statistics().get(0)).year(2021).build())).build();

    Advice advice = StrategyAdvisor.builder().nationalRates(NationalRates.bundled()).build().advise(in2021);

    assertThat(advice.national().isEstimate()).isTrue();
    assertThat(AdviceText.cautions(advice)).singleElement().asString()
        .contains("2021 are a later estimate").contains("NIBRS");
    assertThat(AdviceText.cautions(StrategyAdvisor.withDefaultPolicy().advise(site().build()))).isEmpty();
  }
}
