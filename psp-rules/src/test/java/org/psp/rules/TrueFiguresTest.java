package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.rationaleOf;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.model.FlagKind;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;
import org.psp.model.json.AdviceJsonWriter;
import org.psp.model.words.AdviceText;
import org.psp.model.words.Phrases;
import org.psp.rules.settings.PolicySettings;

/**
 * The figures the advice quotes are true as they read: a threshold is called the library's default only
 * when it is, a figure of a year the FBI flagged carries the flag in every sentence that quotes it, and
 * no figure is rounded onto or across the threshold it is compared with.
 */
class TrueFiguresTest {

  private static StrategyAdvisor withEligibilityRatio(String value) {
    Properties settings = new Properties();
    settings.setProperty("eligibilityRatio", value);
    return TestAdvisors.roundBuilder().settings(PolicySettings.defaults().withOverrides(settings)).build();
  }

  @Test
  void anEligibilityThresholdSetForTheRunIsNotCalledTheDefault() {
    Advice overridden = withEligibilityRatio("2.5").advise(site().violentCrimes(1200).build());
    Advice kept = withEligibilityRatio("1.5").advise(site().violentCrimes(1200).build());

    assertThat(Phrases.eligibilityReasons(overridden.eligibilityReasons())).first().asString()
        .isEqualTo("met: violent crime 1,200.0 per 100,000 in 2019, 3.00× the national 400.0: at least 2.5×, this run's "
            + "threshold (default 1.5×) for \"far above the national average\" (setting eligibilityRatio; DOJ published no number)");
    assertThat(Phrases.eligibilityReasons(kept.eligibilityReasons())).first().asString()
        .contains("at least 1.5×, this library's default threshold for");
  }

  @Test
  void aFlaggedYearsFiguresCarryItsFlagsWhereverTheyAreQuoted() {
    Advice advice = advise(site().violentCrimes(1000).murders(20).flag(FlagKind.LEGACY_RAPE_DEFINITION));
    Recommendation hotSpots = advice.recommendation(Strategy.HOT_SPOTS_POLICING).orElseThrow();
    Recommendation prosecution = advice.recommendation(Strategy.FEDERAL_PROSECUTION).orElseThrow();

    assertThat(Phrases.eligibilityReasons(advice.eligibilityReasons())).first().asString()
        .startsWith("met: violent crime 1,000.0 per 100,000 in 2019, 2.50× the national 400.0 (FBI flags 2019 "
            + "LEGACY_RAPE_DEFINITION): at least 1.5×");
    assertThat(rationaleOf(hotSpots)).isEqualTo("violent crime 1,000.0 per 100,000 in 2019, 2.50× the national 400.0 "
        + "(at least 2×; FBI flags 2019 LEGACY_RAPE_DEFINITION)");
    assertThat(Phrases.rankReasons(hotSpots)).first().asString()
        .endsWith("nationalRatio 2.5, 25% above its threshold 2 (FBI flags 2019 LEGACY_RAPE_DEFINITION)");
    // The murder rate counts no rapes: the rape definition does not concern it.
    assertThat(rationaleOf(prosecution)).endsWith("20.0 murders per 100,000 in 2019, 4.00× the national 5.0 (at least 2×)");

    Advice notComparable = advise(site().violentCrimes(1000).murders(20).flag(FlagKind.NOT_COMPARABLE));
    assertThat(rationaleOf(notComparable.recommendation(Strategy.FEDERAL_PROSECUTION).orElseThrow()))
        .endsWith("20.0 murders per 100,000 in 2019, 4.00× the national 5.0 (at least 2×; FBI flags 2019 NOT_COMPARABLE)");
    assertThat(advise(site().violentCrimes(1000)).eligibilityReasons().toString()).doesNotContain("FBI flags");
  }

  @Test
  void aRatioJustBelowAThresholdIsNeverPrintedAsMeetingIt() {
    // 799 / 400 = 1.9975: below hotSpotsRatio 2, so no hot spots, and no "2.00×" anywhere.
    Advice below = advise(site().violentCrimes(799));

    assertThat(below.strategies()).doesNotContain(Strategy.HOT_SPOTS_POLICING);
    assertThat(AdviceText.nationalRatio(below)).isEqualTo("1.998");
    assertThat(Phrases.eligibilityReasons(below.eligibilityReasons())).first().asString()
        .startsWith("met: violent crime 799.0 per 100,000 in 2019, 1.998× the national 400.0: at least 1.5×");
    assertThat(new AdviceJsonWriter().toTree(below).get("nationalRatio").decimalValue()).hasToString("1.998");
  }

  @Test
  void aRatioJustAboveAThresholdIsNeverPrintedAsAtIt() {
    // 801 / 400 = 2.0025: above 2, hot spots recommended, and its need is said to be above, not "2, 0% above".
    Advice above = advise(site().violentCrimes(801));
    Recommendation hotSpots = above.recommendation(Strategy.HOT_SPOTS_POLICING).orElseThrow();

    assertThat(AdviceText.nationalRatio(above)).isEqualTo("2.003");
    assertThat(rationaleOf(hotSpots)).isEqualTo("violent crime 801.0 per 100,000 in 2019, 2.003× the national 400.0 (at least 2×)");
    assertThat(Phrases.rankReasons(hotSpots)).first().asString().endsWith("nationalRatio 2.003, 0.1% above its threshold 2");
    // Exactly at it: two decimals, "at" it.
    assertThat(AdviceText.nationalRatio(advise(site().violentCrimes(800)))).isEqualTo("2.00");
    assertThat(AdviceText.nationalRatio(advise(site().violentCrimes(1976)))).isEqualTo("4.94");
  }

  @Test
  void theEligibilityRateJustBelowItsThresholdReadsBelowIt() {
    // 599 / 400 = 1.4975, which two decimals would round to 1.50, the threshold it fails.
    assertThat(Phrases.eligibilityReasons(advise(site().violentCrimes(599)).eligibilityReasons())).first().asString()
        .startsWith("not met: violent crime 599.0 per 100,000 in 2019, 1.498× the national 400.0: below 1.5×");
  }
}
