package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.psp.model.Advice;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;

/** Assertions on advice that name the rule under test. */
public final class PolicyAssertions {
  private PolicyAssertions() {}

  /** The rule fired and made the recommendation of {@code strategy}; returns that recommendation. */
  public static Recommendation assertRecommends(Advice advice, Strategy strategy, String rule) {
    assertThat(advice.firedRules()).as("rules fired").contains(rule);
    assertThat(advice.recommendation(strategy)).as("recommendation of %s", strategy).isPresent();
    Recommendation recommendation = advice.recommendation(strategy).orElseThrow();
    assertThat(recommendation.rule()).as("rule of %s", strategy).contains(rule);
    return recommendation;
  }

  /** The rule did not fire and nothing recommends {@code strategy}. */
  public static void assertDoesNotRecommend(Advice advice, Strategy strategy, String rule) {
    assertThat(advice.firedRules()).as("rules fired").doesNotContain(rule);
    assertThat(advice.strategies()).as("strategies recommended").doesNotContain(strategy);
  }

  /** The rule did not fire. */
  public static void assertNotFired(Advice advice, String rule) {
    assertThat(advice.firedRules()).as("rules fired").doesNotContain(rule);
  }
}
