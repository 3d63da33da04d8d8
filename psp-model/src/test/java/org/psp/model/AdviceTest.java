package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdviceTest {

  static Recommendation recommendation(Strategy strategy, int priority) {
    return Recommendation.builder().strategy(strategy).priority(priority).mode(Mode.ESTABLISH)
        .addRationale(new Reason("a rule", "a reason")).build();
  }

  private static ImmutableAdvice.Builder advice() {
    return Advice.builder().site(Sites.anniston().build()).year(2017).nationalRate(382.9).eligible(true);
  }

  @Test
  void rateAndRatioAreDerivedFromTheSiteAndTheNationalRate() {
    Advice advice = advice().build();

    assertThat(advice.violentCrimeRate()).isCloseTo(3434.3, within(0.05));
    assertThat(advice.nationalRatio()).isCloseTo(8.97, within(0.005));
  }

  @Test
  void recommendationsMustBeInPriorityOrderEachStrategyOnce() {
    assertThatThrownBy(() -> advice().recommendations(List.of(
            recommendation(Strategy.PEER_EXCHANGE, 3), recommendation(Strategy.FEDERAL_PROSECUTION, 1))).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recommendations[1] must come after recommendations[0] in priority order, each strategy once "
            + "but was FEDERAL_PROSECUTION");
    assertThatThrownBy(() -> advice().recommendations(List.of(
            recommendation(Strategy.REENTRY, 2), recommendation(Strategy.REENTRY, 2))).build())
        .hasMessageContaining("recommendations[1] must come after");
  }

  @Test
  void theYearMustBeOneOfTheSites() {
    assertThatThrownBy(() -> advice().year(2019).build())
        .hasMessageContaining("year must be a year of the site's statistics but was 2019");
  }

  @Test
  void aRecommendationHasAPriorityFrom1To3AndSaysWhy() {
    assertThatThrownBy(() -> recommendation(Strategy.REENTRY, 4)).hasMessageContaining("priority must be from 1 to 3 but was 4");
    assertThatThrownBy(() -> Recommendation.builder().strategy(Strategy.REENTRY).priority(2).mode(Mode.ESTABLISH).build())
        .hasMessageContaining("rationales must name at least one rule but was []");
    assertThatThrownBy(() -> new Reason(" ", "why")).hasMessageContaining("rule of a reason must not be blank");
    assertThatThrownBy(() -> new Reason("R", "")).hasMessageContaining("text of a reason of rule \"R\" must not be blank");
    assertThat(recommendation(Strategy.REENTRY, 2).coreArea()).isEqualTo(CoreArea.CRIMINAL_JUSTICE_COLLABORATION);
  }

  @Test
  void theRulesOfARecommendationAreItsRationalesRulesEachOnce() {
    Recommendation merged = Recommendation.builder().strategy(Strategy.COMMUNITY_OUTREACH).priority(2).mode(Mode.ESTABLISH)
        .addRationale(new Reason("Outreach, trust", "community trust is low"))
        .addRationale(new Reason("Prevention", "prevention must accompany enforcement"))
        .addRationale(new Reason("Outreach, trust", "a high-profile incident occurred"))
        .build();

    assertThat(merged.rules()).containsExactly("Outreach, trust", "Prevention");
    assertThat(RecommendationText.rules(merged)).isEqualTo("\"Outreach, trust\"; \"Prevention\"");
  }

  @Test
  void onlyAStrengthenHasModeReasonsAndOnlyLeadPartnersWorkAsLeads() {
    assertThatThrownBy(() -> Recommendation.builder().from(recommendation(Strategy.REENTRY, 2)).addModeReason(new Reason("R", "the site has one")).build())
        .hasMessageContaining("modeReasons must be empty for mode ESTABLISH");
    assertThatThrownBy(() -> Recommendation.builder().from(recommendation(Strategy.REENTRY, 2)).addWorkingLead(Agency.FBI).build())
        .hasMessageContaining("workingLeads must be one of the lead partners [OJP] but was FBI");
  }

  @Test
  void theTextSaysWhyInWordsWithTheDefaultsNamed() {
    Recommendation strengthened = Recommendation.builder().strategy(Strategy.ENFORCEMENT_TASK_FORCE).priority(1)
        .mode(Mode.STRENGTHEN).addWorkingLead(Agency.ATF).addWorkingLead(Agency.USMS)
        .addRationale(new Reason("Task force", "30% of violent incidents involved a gang (at least 20%)"))
        .addPriorityReason(new Reason("Priority 1", "violent crime 3.20× the national rate, at least 3×"))
        .addModeReason(new Reason("Mode", "the site has a violent crime task force"))
        .build();
    Recommendation plain = recommendation(Strategy.TREATMENT_AND_SERVICES, 2);

    assertThat(RecommendationText.rationale(strengthened)).isEqualTo("30% of violent incidents involved a gang (at least 20%). "
        + "Usual leads: FBI, ATF, DEA, USMS; ATF, USMS already work with the site.");
    assertThat(RecommendationText.priority(strengthened)).isEqualTo("priority 1: violent crime 3.20× the national rate, at least 3×");
    assertThat(RecommendationText.mode(strengthened)).isEqualTo("STRENGTHEN: the site has a violent crime task force");
    assertThat(RecommendationText.rationale(plain)).isEqualTo("a reason. Led by local government.");
    assertThat(RecommendationText.priority(plain)).isEqualTo("priority 2 (the default: no rule set one)");
    assertThat(RecommendationText.mode(plain)).isEqualTo("ESTABLISH (the default: no rule found an existing effort to strengthen)");
    assertThat(RecommendationText.leads(recommendation(Strategy.REENTRY, 2))).isEqualTo("Usual leads: OJP; none of them works with the site yet.");
  }
}
