package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.rationaleOf;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.psp.model.Advice;
import org.psp.model.Capability;
import org.psp.model.OnRecord;
import org.psp.model.RankReason;
import org.psp.model.Reason;
import org.psp.model.Site;
import org.psp.model.Strategy;

/** Properties of the default policy over generated valid sites. */
class PolicyPropertiesTest {
  private static final StrategyAdvisor ADVISOR = StrategyAdvisor.withDefaultPolicy();

  @Provide
  Arbitrary<Site> sites() {
    return Arbitraries.longs().map(GeneratedSites::site);
  }

  @Property(tries = 2_000)
  void advisingAValidSiteNeverThrows(@ForAll("sites") Site site) {
    assertThat(ADVISOR.advise(site).site()).isEqualTo(site);
  }

  @Property(tries = 2_000)
  void anIneligibleSiteGetsNoEnforcementStrategy(@ForAll("sites") Site site) {
    Advice advice = ADVISOR.advise(site);
    if (!advice.eligible()) {
      assertThat(advice.strategies()).doesNotContainAnyElementsOf(Strategy.enforcementStrategies());
    }
  }

  @Property(tries = 2_000)
  void enforcementAlwaysComesWithOutreach(@ForAll("sites") Site site) {
    Advice advice = ADVISOR.advise(site);
    if (advice.strategies().contains(Strategy.FEDERAL_PROSECUTION) || advice.strategies().contains(Strategy.ENFORCEMENT_TASK_FORCE)) {
      assertThat(advice.strategies()).contains(Strategy.COMMUNITY_OUTREACH);
      if (site.capability(Capability.REENTRY_PROGRAM, advice.year()) != OnRecord.HOLDS) {
        assertThat(advice.strategies()).contains(Strategy.REENTRY);
      }
    }
  }

  @Property(tries = 2_000)
  void everyRecommendationNamesARuleThatFiredAndItsRationale(@ForAll("sites") Site site) {
    Advice advice = ADVISOR.advise(site);
    assertThat(advice.recommendations()).allSatisfy(r -> {
      assertThat(advice.firedRules()).containsAll(r.rules());
      r.rules().forEach(rule -> assertThat(ADVISOR.rule(rule).orElseThrow().strategies()).contains(r.strategy()));
      assertThat(advice.firedRules()).containsAll(r.rankReasons().stream().map(RankReason::rule).toList());
      assertThat(advice.firedRules()).containsAll(r.modeReasons().stream().map(Reason::rule).toList());
      assertThat(rationaleOf(r)).isNotBlank();
    });
    assertThat(advice.eligibilityReasons()).isNotEmpty();
  }

  @Property(tries = 1_000)
  void theSameInputGivesTheSameAdviceInTheSameOrder(@ForAll("sites") Site site) {
    Advice first = ADVISOR.advise(site);
    Advice second = ADVISOR.advise(Site.builder().from(site).build());

    assertThat(second).isEqualTo(first);
    assertThat(second.recommendations()).containsExactlyElementsOf(first.recommendations());
    assertThat(second.firedRules()).containsExactlyElementsOf(first.firedRules());
  }
}
