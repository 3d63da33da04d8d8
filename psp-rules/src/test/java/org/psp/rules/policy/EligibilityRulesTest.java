package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertNotFired;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.model.Condition;
import org.psp.model.words.Phrases;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.TestAdvisors;
import org.psp.rules.settings.PolicySettings;

/** 10-eligibility.drl: one test per rule, each at its boundary. */
class EligibilityRulesTest {
  private static final String RATE_MET = rule("Eligibility: violent crime rate far above the national rate").name();
  private static final String RATE_UNMET = rule("Eligibility unmet: violent crime rate not far enough above the national rate").name();
  private static final String COMMITTED = rule("Eligibility: leadership committed, or its commitment not on record").name();
  private static final String NOT_COMMITTED = rule("Eligibility unmet: leadership not committed").name();
  private static final String COOPERATES = rule("Eligibility: no refusal of federal immigration cooperation on record").name();
  private static final String DECLINES = rule("Eligibility unmet: declines federal immigration cooperation").name();
  private static final String ELIGIBLE = rule("Eligible for PSP").name();

  @Test
  void eligibilityViolentCrimeRateFarAboveTheNationalRate() {
    Advice atThreshold = advise(site().violentCrimes(600));

    assertThat(atThreshold.firedRules()).contains(RATE_MET).doesNotContain(RATE_UNMET);
    assertThat(Phrases.eligibilityReasons(atThreshold.eligibilityReasons())).contains(
        "met: violent crime 600.0 per 100,000 in 2019, 1.50× the national 400.0: at least 1.5×, this library's default threshold for \"far above the national average\" (setting eligibilityRatio; DOJ published no number)");
  }

  @Test
  void eligibilityUnmetViolentCrimeRateNotFarEnoughAboveTheNationalRate() {
    Advice justBelow = advise(site().violentCrimes(599));

    assertThat(justBelow.firedRules()).contains(RATE_UNMET).doesNotContain(RATE_MET, ELIGIBLE);
    assertThat(justBelow.eligible()).isFalse();
    assertThat(Phrases.eligibilityReasons(advise(site().violentCrimes(590)).eligibilityReasons())).contains(
        "not met: violent crime 590.0 per 100,000 in 2019, 1.48× the national 400.0: below 1.5×, this library's default threshold for \"far above the national average\" (setting eligibilityRatio; DOJ published no number)");
  }

  @Test
  void eligibilityLeadershipCommitted() {
    Advice committed = advise(site());

    assertThat(committed.firedRules()).contains(COMMITTED).doesNotContain(NOT_COMMITTED);
    assertThat(Phrases.eligibilityReasons(committed.eligibilityReasons())).contains("met: leadership is committed to reducing violent crime");
  }

  @Test
  void eligibilityUnmetLeadershipNotCommitted() {
    Advice notCommitted = advise(site().notCommitted());

    assertThat(notCommitted.firedRules()).contains(NOT_COMMITTED).doesNotContain(COMMITTED, ELIGIBLE);
    assertThat(notCommitted.eligible()).isFalse();
    assertThat(Phrases.eligibilityReasons(notCommitted.eligibilityReasons()))
        .contains("not met: leadership has not committed to reducing violent crime");
  }

  @Test
  void eligibilityCooperatesWithFederalImmigrationEnforcement() {
    Advice cooperates = advise(site());

    assertThat(cooperates.firedRules()).contains(COOPERATES).doesNotContain(DECLINES);
  }

  @Test
  void eligibilityUnmetDeclinesFederalImmigrationCooperation() {
    Advice declines = advise(site().with(Condition.DECLINES_IMMIGRATION_COOPERATION));

    assertThat(declines.firedRules()).contains(DECLINES).doesNotContain(COOPERATES, ELIGIBLE);
    assertThat(declines.eligible()).isFalse();
    assertThat(Phrases.eligibilityReasons(declines.eligibilityReasons())).contains(
        "not met: the site declines federal immigration cooperation, required for 2019 (policy of 2017-2020)");
  }

  @Test
  void theImmigrationCriterionAppliesOnlyInThePolicyYears() {
    StrategyAdvisor policyEndedIn2018 = StrategyAdvisor.builder()
        .nationalRates(TestAdvisors.ROUND.nationalRates())
        .settings(PolicySettings.builder().from(PolicySettings.defaults())
            .immigrationCooperationLastYear(2018).build())
        .build();

    Advice declines = policyEndedIn2018.advise(site().with(Condition.DECLINES_IMMIGRATION_COOPERATION).build());

    assertNotFired(declines, DECLINES);
    assertNotFired(declines, COOPERATES);
    assertThat(declines.eligible()).isTrue();
  }

  @Test
  void eligibleForPsp() {
    Advice eligible = advise(site().violentCrimes(600));

    assertThat(eligible.firedRules()).contains(ELIGIBLE);
    assertThat(eligible.eligible()).isTrue();
    assertThat(Phrases.eligibilityReasons(eligible.eligibilityReasons())).hasSize(3).allSatisfy(r -> assertThat(r).startsWith("met: "));
  }

  @Test
  void everyUnmetCriterionIsAReason() {
    Advice ineligible = advise(site().violentCrimes(100).notCommitted().with(Condition.DECLINES_IMMIGRATION_COOPERATION));

    assertThat(ineligible.eligible()).isFalse();
    assertThat(Phrases.eligibilityReasons(ineligible.eligibilityReasons())).hasSize(3).allSatisfy(r -> assertThat(r).startsWith("not met: "));
  }
}
