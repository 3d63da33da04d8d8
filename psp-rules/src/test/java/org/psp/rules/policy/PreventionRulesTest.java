package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertDoesNotRecommend;
import static org.psp.rules.PolicyAssertions.assertNotFired;
import static org.psp.rules.PolicyAssertions.assertRecommends;
import static org.psp.rules.PolicyAssertions.rationaleOf;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;

/** 70-prevention.drl: one test per rule, each firing and not firing. */
class PreventionRulesTest {
  private static final String OUTREACH = rule("Prevention accompanies enforcement: community outreach").name();
  private static final String REENTRY = rule("Prevention accompanies enforcement: reentry").name();

  @Test
  void preventionAccompaniesEnforcementCommunityOutreachWithFederalProsecution() {
    Recommendation r = assertRecommends(advise(site().firearmShare(0.4)), Strategy.COMMUNITY_OUTREACH, OUTREACH);

    assertThat(rationaleOf(r)).startsWith("prevention and outreach must accompany enforcement (FEDERAL_PROSECUTION is recommended)");
  }

  @Test
  void preventionAccompaniesEnforcementCommunityOutreachWithATaskForce() {
    Recommendation r = assertRecommends(advise(site().gangShare(0.2)), Strategy.COMMUNITY_OUTREACH, OUTREACH);

    assertThat(rationaleOf(r)).contains("(ENFORCEMENT_TASK_FORCE is recommended)");
  }

  /** Whichever of the two enforcement proposals the agenda fired first, both rules name the same one. */
  @Test
  void withFederalProsecutionAndATaskForceBothRulesNameFederalProsecution() {
    Advice advice = advise(site().firearmShare(0.9).gangShare(0.5));

    assertThat(advice.strategies()).contains(Strategy.FEDERAL_PROSECUTION, Strategy.ENFORCEMENT_TASK_FORCE);
    assertThat(rationaleOf(advice.recommendation(Strategy.COMMUNITY_OUTREACH).orElseThrow()))
        .contains("(FEDERAL_PROSECUTION is recommended)");
    assertThat(rationaleOf(advice.recommendation(Strategy.REENTRY).orElseThrow()))
        .contains("(FEDERAL_PROSECUTION is recommended)");
  }

  @Test
  void communityOutreachNotWithoutFederalProsecutionOrATaskForce() {
    assertDoesNotRecommend(advise(site().ratio(4)), Strategy.COMMUNITY_OUTREACH, OUTREACH);
  }

  @Test
  void communityOutreachIsRecommendedOnceWhenTrustIsAlsoLow() {
    Advice advice = advise(site().firearmShare(0.9).with(Condition.LOW_COMMUNITY_TRUST));

    assertNotFired(advice, OUTREACH);
    assertThat(advice.recommendations()).filteredOn(r -> r.strategy() == Strategy.COMMUNITY_OUTREACH).hasSize(1);
  }

  @Test
  void preventionAccompaniesEnforcementReentry() {
    Recommendation r = assertRecommends(advise(site().firearmShare(0.4)), Strategy.REENTRY, REENTRY);

    assertThat(rationaleOf(r)).contains("FEDERAL_PROSECUTION is recommended").contains("no reentry program");
  }

  @Test
  void reentryNotWhereTheSiteHasAProgram() {
    assertDoesNotRecommend(advise(site().firearmShare(0.9).with(Capability.REENTRY_PROGRAM)), Strategy.REENTRY, REENTRY);
  }

  @Test
  void reentryNotWithoutFederalProsecutionOrATaskForce() {
    assertDoesNotRecommend(advise(site().drugShare(0.29).firearmShare(0.39)), Strategy.REENTRY, REENTRY);
  }
}
