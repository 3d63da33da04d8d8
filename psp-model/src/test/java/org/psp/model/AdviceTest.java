package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psp.model.words.AdviceText;
import org.psp.model.words.Phrases;
import org.psp.model.words.RecommendationText;

class AdviceTest {

  static Recommendation recommendation(Strategy strategy, int priority) {
    return recommendation(strategy, priority, 1);
  }

  static Recommendation recommendation(Strategy strategy, int priority, int rank) {
    return Recommendation.builder().strategy(strategy).rank(rank).priority(priority).mode(Mode.ESTABLISH)
        .addRationale(Reason.of("a rule", new Ground.Words("a reason"))).build();
  }

  private static Advice.Builder advice() {
    return Advice.builder().site(Sites.annistonRecorded().build()).year(2017)
        .national(NationalRates.bundled().rate(2017).orElseThrow()).eligible(true);
  }

  @Test
  void rateAndRatioAreDerivedFromTheSiteAndTheNationalRate() {
    Advice advice = advice().build();

    assertThat(advice.violentCrimeRate()).isCloseTo(3434.3, within(0.05));
    assertThat(advice.nationalRatio()).isCloseTo(8.97, within(0.005));
  }

  @Test
  void recommendationsMustBeInRankOrderEachRankAndStrategyOnce() {
    assertThatThrownBy(() -> advice().recommendations(List.of(
            recommendation(Strategy.PEER_EXCHANGE, 3, 2), recommendation(Strategy.FEDERAL_PROSECUTION, 1, 1))).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recommendations[0].rank must be 1: the recommendations are in rank order, ranks 1 to 2, each once "
            + "but was 2");
    assertThatThrownBy(() -> advice().recommendations(List.of(
            recommendation(Strategy.REENTRY, 2, 1), recommendation(Strategy.REENTRY, 2, 2))).build())
        .hasMessageContaining("recommendations[1] must name each strategy once but was REENTRY");
    assertThatThrownBy(() -> recommendation(Strategy.REENTRY, 2, 0)).hasMessageContaining("rank must be at least 1 but was 0");
  }

  @Test
  void theFocusIsTheFirstRecommendationsByRank() {
    List<Recommendation> ranked = List.of(recommendation(Strategy.CRIME_ANALYSIS, 1, 1),
        recommendation(Strategy.HOT_SPOTS_POLICING, 1, 2), recommendation(Strategy.PEER_EXCHANGE, 3, 3));

    assertThat(advice().recommendations(ranked).focus(List.of(Strategy.CRIME_ANALYSIS, Strategy.HOT_SPOTS_POLICING)).build()
        .focus()).containsExactly(Strategy.CRIME_ANALYSIS, Strategy.HOT_SPOTS_POLICING);
    assertThatThrownBy(() -> advice().recommendations(ranked).focus(List.of(Strategy.HOT_SPOTS_POLICING)).build())
        .hasMessageContaining("focus[0] must be the strategy of rank 1 but was HOT_SPOTS_POLICING");
    assertThatThrownBy(() -> advice().focus(List.of(Strategy.REENTRY)).build())
        .hasMessageContaining("focus[0] must be the strategy of rank 1 but was REENTRY");
  }

  @Test
  void rankReasonsAddUpToTheScoreAndSayWhyInWords() {
    Recommendation hotSpots = Recommendation.builder().from(recommendation(Strategy.HOT_SPOTS_POLICING, 1, 1))
        .addRankReason(RankReason.score("Rank: need", "need", 0.6, List.of(new Ground.Words("violent crime 5.07× the national rate, threshold 2×"))))
        .addRankReason(RankReason.score("Rank: evidence", "evidence", 1, List.of(new Ground.Words("CrimeSolutions: Effective"))))
        .addRankReason(RankReason.placement("Outcome", "outcome", 1, List.of(new Ground.Words("worsening since joining PSP"))))
        .build();

    assertThat(hotSpots.score()).isEqualTo(1.6);
    assertThat(Phrases.rankReasons(hotSpots)).containsExactly(
        "need +0.60: violent crime 5.07× the national rate, threshold 2×", "evidence +1.00: CrimeSolutions: Effective",
        "placed within rank 1 (outcome): worsening since joining PSP");
    assertThat(Phrases.signed(-0.104)).isEqualTo("-0.10");
    assertThatThrownBy(() -> new RankReason("R", "need", 0.5, java.util.OptionalInt.of(1), List.of(new Ground.Words("why"))))
        .hasMessageContaining("a placement of rule \"R\" must be within a rank of at least 1 and add no points");
    assertThatThrownBy(() -> RankReason.score("R", "need", Double.NaN, List.of(new Ground.Words("why"))))
        .hasMessageContaining("points of a rank reason of rule \"R\" must be a finite number but were NaN");
  }

  @Test
  void theThresholdsRatiosArePrintedClearOfAreAscendingEachOnceAndFinite() {
    assertThat(advice().thresholds(List.of(1.5, 2.0)).build().thresholds()).containsExactly(1.5, 2.0);
    assertThatThrownBy(() -> advice().thresholds(List.of(2.0, 1.5)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("thresholds[1] must be a finite number >= 0, above the one before it: the thresholds are in "
            + "ascending order, each once but was 1.5");
    assertThatThrownBy(() -> advice().thresholds(List.of(Double.NaN)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("thresholds[0] must be a finite number >= 0");
  }

  @Test
  void aRecommendationsListsAreImmutable() {
    Recommendation hotSpots = recommendation(Strategy.HOT_SPOTS_POLICING, 1, 1);

    assertThatThrownBy(() -> hotSpots.flags().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> hotSpots.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theYearMustBeOneOfTheSites() {
    assertThatThrownBy(() -> advice().year(2019).build())
        .hasMessageContaining("year must be a year of the site's statistics but was 2019");
  }

  @Test
  void aRecommendationHasAPriorityFrom1To3AndSaysWhy() {
    assertThatThrownBy(() -> recommendation(Strategy.REENTRY, 4)).hasMessageContaining("priority must be from 1 to 3 but was 4");
    assertThatThrownBy(() -> Recommendation.builder().strategy(Strategy.REENTRY).rank(1).priority(2).mode(Mode.ESTABLISH).build())
        .hasMessageContaining("rationales must name at least one rule but was []");
    assertThatThrownBy(() -> Reason.of(" ", new Ground.Words("why"))).hasMessageContaining("rule of a reason must not be blank");
    assertThatThrownBy(() -> Reason.of("R")).hasMessageContaining("a reason of rule \"R\" must give at least one ground");
    assertThatThrownBy(() -> new Ground.Words(" ")).hasMessageContaining("words of a ground must not be blank");
    assertThat(recommendation(Strategy.REENTRY, 2).coreArea()).isEqualTo(CoreArea.CRIMINAL_JUSTICE_COLLABORATION);
  }

  @Test
  void theRulesOfARecommendationAreItsRationalesRulesEachOnce() {
    Recommendation merged = Recommendation.builder().strategy(Strategy.COMMUNITY_OUTREACH).rank(1).priority(2).mode(Mode.ESTABLISH)
        .addRationale(Reason.of("Outreach, trust", new Ground.Words("community trust is low")))
        .addRationale(Reason.of("Prevention", new Ground.Words("prevention must accompany enforcement")))
        .addRationale(Reason.of("Outreach, trust", new Ground.Words("a high-profile incident occurred")))
        .build();

    assertThat(merged.rules()).containsExactly("Outreach, trust", "Prevention");
    assertThat(RecommendationText.rules(merged)).isEqualTo("\"Outreach, trust\"; \"Prevention\"");
  }

  @Test
  void onlyAStrengthenHasModeReasonsAndOnlyLeadPartnersWorkAsLeads() {
    assertThatThrownBy(() -> Recommendation.builder().from(recommendation(Strategy.REENTRY, 2)).addModeReason(Reason.of("R", new Ground.Words("the site has one"))).build())
        .hasMessageContaining("modeReasons must be empty for mode ESTABLISH");
    assertThatThrownBy(() -> Recommendation.builder().from(recommendation(Strategy.REENTRY, 2)).addWorkingLead(Agency.FBI).build())
        .hasMessageContaining("workingLeads must be one of the lead partners [OJP] but was FBI");
  }

  @Test
  void theTextSaysWhyInWordsWithTheDefaultsNamed() {
    Site site = Sites.annistonRecorded().build();
    Recommendation strengthened = Recommendation.builder().strategy(Strategy.ENFORCEMENT_TASK_FORCE).rank(1).priority(1)
        .mode(Mode.STRENGTHEN).addWorkingLead(Agency.ATF).addWorkingLead(Agency.USMS)
        .addRationale(Reason.of("Task force", new Ground.FigureAgainstSetting("gangShare", OptionalDouble.of(0.3),
            "taskForceGangShare", 0.2, Ground.Comparison.AT_LEAST)))
        .addModeReason(Reason.of("Mode", new Ground.CapabilityOnRecord(Capability.VIOLENT_CRIME_TASK_FORCE, OnRecord.HOLDS, 2017,
            java.util.Optional.empty())))
        .build();
    Recommendation plain = recommendation(Strategy.TREATMENT_AND_SERVICES, 2);

    assertThat(RecommendationText.rationale(strengthened, site)).isEqualTo(
        "30% of violent incidents involved a gang (at least 20%). Usual leads: FBI, ATF, DEA, USMS; ATF, USMS already work with "
        + "the site.");
    assertThat(Phrases.modeReason(strengthened)).isEqualTo("the site has a violent crime task force");
    assertThat(RecommendationText.rationale(plain, site)).isEqualTo("a reason. Led by local government.");
    assertThat(RecommendationText.leadPartners(plain)).isEqualTo("local government");
    assertThat(RecommendationText.leadPartners(strengthened)).isEqualTo("FBI, ATF, DEA, USMS");
    assertThat(Phrases.rankReasons(plain)).isEmpty();
    assertThat(Phrases.modeReason(plain)).isEqualTo("no rule found an existing effort to strengthen (the default)");
    assertThat(RecommendationText.leads(recommendation(Strategy.REENTRY, 2), site))
        .isEqualTo("Usual leads: OJP; OJP does not work with the site yet.");
  }

  @Test
  void theLeadsSentenceNeverCountsACitysOwnPoliceAsMissingNorStatesUnrecordedPartnersAsFact() {
    Site city = Sites.annistonRecorded().build();
    Site unrecorded = Sites.annistonRecorded().partners(null).build();
    Site county = Sites.annistonRecorded().kind(SiteKind.COUNTY).build();
    Recommendation outreach = recommendation(Strategy.COMMUNITY_OUTREACH, 2);
    Recommendation hotSpots = recommendation(Strategy.HOT_SPOTS_POLICING, 2);

    assertThat(RecommendationText.leads(outreach, city))
        .isEqualTo("Usual leads: LOCAL_POLICE, USAO; LOCAL_POLICE is the site's own police; USAO does not work with the site yet.");
    assertThat(RecommendationText.leads(hotSpots, city)).isEqualTo("Usual leads: LOCAL_POLICE; LOCAL_POLICE is the site's own police.");
    assertThat(RecommendationText.leads(outreach, unrecorded)).isEqualTo(
        "Usual leads: LOCAL_POLICE, USAO; LOCAL_POLICE is the site's own police; whether USAO works with the site is not on record.");
    assertThat(RecommendationText.leads(recommendation(Strategy.ENFORCEMENT_TASK_FORCE, 2), unrecorded))
        .isEqualTo("Usual leads: FBI, ATF, DEA, USMS; whether any of them works with the site is not on record.");
    assertThat(RecommendationText.leads(hotSpots, county)).isEqualTo("Usual leads: LOCAL_POLICE; LOCAL_POLICE does not work with the site yet.");
  }

  @Test
  void everyPartNobodyRecordedIsAnAssumptionNamingItsField() {
    Site site = Sites.anniston().build();
    Advice recorded = advice().build();
    Advice assumed = Advice.builder().from(recorded).site(site).build();

    assertThat(AdviceText.assumptions(recorded)).isEmpty();
    assertThat(AdviceText.assumptions(assumed)).hasSize(5).satisfiesExactly(
        a -> assertThat(a).startsWith("partners: not on record; the advice assumed that no partner works with the site yet"),
        a -> assertThat(a).startsWith("capabilities: not on record; the advice assumed that the site has none"),
        a -> assertThat(a).startsWith("conditions: not on record; the advice assumed that none of the conditions applies"),
        a -> assertThat(a).startsWith("interventions: not on record; the advice assumed that the site carries out no intervention"),
        a -> assertThat(a).startsWith("commitment: not on record; the advice assumed that leadership is committed"));
  }

  @Test
  void aSectionTheBuilderWasNeverGivenIsNotRecordedOneGivenEmptyIsCheckedNone() {
    assertThat(Sites.anniston().build().notRecorded()).containsExactlyInAnyOrder(SiteField.values());
    assertThat(Sites.anniston().build().commitment()).isTrue();
    assertThat(Sites.annistonRecorded().build().notRecorded()).isEmpty();
    Site some = Sites.anniston().addCapability(Capability.NIBIN_ACCESS).commitment(false).build();
    assertThat(some.notRecorded()).containsExactlyInAnyOrder(SiteField.PARTNERS, SiteField.CONDITIONS, SiteField.INTERVENTIONS);
    assertThat(some.commitment()).isFalse();
  }

  @Test
  void aYearWhoseNationalRatesAreAnEstimateGetsACautionSayingWhy() {
    Site site = Site.builder().from(Sites.anniston().build())
        .addStatistic(YearlyStatistics.builder().from(Sites.anniston2017().build()).year(2021).build()).build();
    Advice estimate = Advice.builder().from(advice().build()).site(site).year(2021)
        .national(NationalRates.bundled().rate(2021).orElseThrow()).build();

    assertThat(AdviceText.cautions(advice().build())).isEmpty();
    assertThat(AdviceText.cautions(estimate)).singleElement().asString()
        .startsWith("the national rates of 2021 are a later estimate, not first-published FBI figures: FBI transition to NIBRS");
  }

  @Test
  void theMurderRatioIsMissingWhenTheNationHasNoMurderRateThatYear() {
    NationalRate without = new NationalRate(2017, 382.9, OptionalDouble.empty(), NationalRate.Basis.FIRST_PUBLISHED, "illustrative", "");

    assertThat(advice().build().murderRatio().getAsDouble()).isCloseTo(14 * 100_000.0 / 21_955 / 5.3, within(1e-9));
    assertThat(advice().national(without).build().murderRatio()).isEmpty();
  }

  @Test
  void dataGapsAreOneLineAndNeverNameARecommendedStrategy() {
    Advice advice = advice().addDataGap(new DataGap(Strategy.ENFORCEMENT_TASK_FORCE, Set.of("gangShare", "drugShare"),
        List.of("Task force"))).addDataGap(new DataGap(Strategy.INVESTIGATIONS, Set.of("homicideClearanceRate"),
        List.of("Investigations"))).build();

    assertThat(AdviceText.dataGaps(advice)).isEqualTo("ENFORCEMENT_TASK_FORCE if drugShare or gangShare were known; "
        + "INVESTIGATIONS if homicideClearanceRate was known");
    assertThatThrownBy(() -> advice().addRecommendation(recommendation(Strategy.INVESTIGATIONS, 2))
        .addDataGap(new DataGap(Strategy.INVESTIGATIONS, Set.of("homicideClearanceRate"), List.of("I"))).build())
        .hasMessageContaining("dataGaps must not name a strategy recommended but was INVESTIGATIONS");
  }
}
