package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.psp.model.Advice;
import org.psp.model.Reason;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;
import org.psp.rules.catalog.RuleInfo;

/**
 * Assertions on advice that name the rule under test. Every rule name goes through the default
 * policy's catalog first ({@link #rule}), so a renamed or misspelt rule fails the test instead of
 * passing "did not fire" vacuously.
 */
public final class PolicyAssertions {
  private PolicyAssertions() {}

  /** {@code name}, after checking that the default policy has a rule of that name; the rule otherwise. */
  public static RuleInfo rule(String name) {
    return TestAdvisors.ROUND.rule(name)
        .orElseThrow(() -> new AssertionError("the default policy has no rule named \"" + name + "\""));
  }

  /** What the rules that proposed the recommendation said, each once, joined with "; " (no leads sentence). */
  public static String rationaleOf(Recommendation recommendation) {
    return recommendation.rationales().stream().map(Reason::text).distinct().collect(Collectors.joining("; "));
  }

  /** The rule fired and made the recommendation of {@code strategy}; returns that recommendation. */
  public static Recommendation assertRecommends(Advice advice, Strategy strategy, String ruleName) {
    RuleInfo rule = rule(ruleName);
    assertThat(rule.strategies()).as("strategies %s can propose", rule).contains(strategy);
    assertThat(advice.firedRules()).as("rules fired").contains(ruleName);
    assertThat(advice.recommendation(strategy)).as("recommendation of %s", strategy).isPresent();
    Recommendation recommendation = advice.recommendation(strategy).orElseThrow();
    assertThat(recommendation.rules()).as("rules of %s", strategy).contains(ruleName);
    return recommendation;
  }

  /** The rule did not fire and nothing recommends {@code strategy}. */
  public static void assertDoesNotRecommend(Advice advice, Strategy strategy, String ruleName) {
    rule(ruleName);
    assertThat(advice.firedRules()).as("rules fired").doesNotContain(ruleName);
    assertThat(advice.strategies()).as("strategies recommended").doesNotContain(strategy);
  }

  /** The rule fired. */
  public static void assertFired(Advice advice, String ruleName) {
    rule(ruleName);
    assertThat(advice.firedRules()).as("rules fired").contains(ruleName);
  }

  /** The rule did not fire. */
  public static void assertNotFired(Advice advice, String ruleName) {
    rule(ruleName);
    assertThat(advice.firedRules()).as("rules fired").doesNotContain(ruleName);
  }
}
