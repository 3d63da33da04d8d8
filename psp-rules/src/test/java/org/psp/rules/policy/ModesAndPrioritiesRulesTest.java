package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertFired;
import static org.psp.rules.PolicyAssertions.assertNotFired;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.model.Reason;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;

/** 80-modes-and-priorities.drl: one test per rule, each firing and not firing. The modes: {@link ModesRulesTest}. */
class ModesAndPrioritiesRulesTest {
  private static final String PRIORITY_1 = rule("Priority 1: enforcement where violent crime is highest").name();
  private static final String PRIORITY_3 = rule("Priority 3: supporting strategies").name();

  @Test
  void priority1EnforcementWhereViolentCrimeIsHighest() {
    Advice atThreshold = advise(site().ratio(3).firearmShare(0.5));

    assertFired(atThreshold, PRIORITY_1);
    assertThat(atThreshold.recommendations()).filteredOn(r -> r.strategy().isEnforcement())
        .isNotEmpty().allSatisfy(r -> {
          assertThat(r.priority()).isEqualTo(1);
          assertThat(r.priorityReasons()).containsExactly(new Reason(PRIORITY_1, "violent crime 3.00× the national rate, at least 3×"));
        });
    Recommendation outreach = atThreshold.recommendation(Strategy.COMMUNITY_OUTREACH).orElseThrow();
    assertThat(outreach.priority()).isEqualTo(2);
    assertThat(outreach.priorityReasons()).isEmpty();
  }

  @Test
  void enforcementStaysAtPriority2BelowTheRatio() {
    Advice justBelow = advise(site().violentCrimes(1199).firearmShare(0.5));

    assertNotFired(justBelow, PRIORITY_1);
    assertThat(justBelow.recommendations()).filteredOn(r -> r.strategy().isEnforcement())
        .isNotEmpty().allSatisfy(r -> assertThat(r.priority()).isEqualTo(2));
  }

  @Test
  void priority3SupportingStrategies() {
    Advice advice = advise(site().engaged(2019).population(50_000).violentCrimes(400).partner(org.psp.model.Agency.REGIONAL_CRIME_CENTER));

    assertFired(advice, PRIORITY_3);
    assertThat(advice.recommendations()).filteredOn(r -> r.priority() == 3).extracting(r -> r.strategy())
        .containsExactly(Strategy.PEER_EXCHANGE, Strategy.GRANT_ASSISTANCE, Strategy.REGIONAL_COORDINATION);
    assertThat(advice.recommendation(Strategy.PEER_EXCHANGE).orElseThrow().priorityReasons()).extracting(Reason::rule)
        .containsExactly(PRIORITY_3);
  }

  @Test
  void priority3NotWithoutSupportingStrategies() {
    Advice advice = advise(site());

    assertNotFired(advice, PRIORITY_3);
    assertThat(advice.recommendations()).allSatisfy(r -> assertThat(r.priority()).isEqualTo(2));
  }

  @Test
  void recommendationsComeInPriorityOrder() {
    Advice advice = advise(site().ratio(4).firearmShare(0.9).engaged(2019));

    assertThat(advice.recommendations()).isSortedAccordingTo(Advice.PRIORITY_ORDER);
    assertThat(advice.recommendations().get(0).priority()).isEqualTo(1);
    assertThat(advice.recommendations().get(advice.recommendations().size() - 1).strategy()).isEqualTo(Strategy.PEER_EXCHANGE);
  }
}
