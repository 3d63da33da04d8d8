package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdviceTest {

  static Recommendation recommendation(Strategy strategy, int priority) {
    return Recommendation.builder().strategy(strategy).priority(priority).mode(Mode.ESTABLISH)
        .rule("a rule").rationale("a reason").build();
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
    assertThatThrownBy(() -> Recommendation.builder().strategy(Strategy.REENTRY).priority(2).mode(Mode.ESTABLISH)
        .rule(" ").rationale("").build())
        .hasMessageContaining("rule must not be blank").hasMessageContaining("rationale must not be blank");
    assertThat(recommendation(Strategy.REENTRY, 2).coreArea()).isEqualTo(CoreArea.CRIMINAL_JUSTICE_COLLABORATION);
  }
}
