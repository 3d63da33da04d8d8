package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertDoesNotRecommend;
import static org.psp.rules.PolicyAssertions.assertRecommends;
import static org.psp.rules.PolicyAssertions.rationaleOf;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;

/** 40-community-engagement.drl: one test per rule, each at its boundary. */
class CommunityEngagementRulesTest {
  private static final String SAFE_NEIGHBORHOODS =
      rule("Safe neighborhoods task force: low trust or a high-profile incident at an eligible site").name();
  private static final String OUTREACH = rule("Community outreach: low trust or a high-profile incident").name();
  private static final String VICTIM_SERVICES = rule("Victim services: eligible site with no victim services program on record").name();

  @ParameterizedTest
  @EnumSource(value = Condition.class, names = {"LOW_COMMUNITY_TRUST", "HIGH_PROFILE_INCIDENT"})
  void safeNeighborhoodsTaskForceLowTrustOrAHighProfileIncidentAtAnEligibleSite(Condition condition) {
    assertRecommends(advise(site().with(condition)), Strategy.SAFE_NEIGHBORHOODS_TASK_FORCE, SAFE_NEIGHBORHOODS);
  }

  @Test
  void safeNeighborhoodsTaskForceNotWithoutEitherCondition() {
    assertDoesNotRecommend(advise(site()), Strategy.SAFE_NEIGHBORHOODS_TASK_FORCE, SAFE_NEIGHBORHOODS);
  }

  @Test
  void safeNeighborhoodsTaskForceNotForAnIneligibleSite() {
    assertDoesNotRecommend(advise(site().with(Condition.LOW_COMMUNITY_TRUST).ratio(1)),
        Strategy.SAFE_NEIGHBORHOODS_TASK_FORCE, SAFE_NEIGHBORHOODS);
  }

  @Test
  void communityOutreachLowTrustOrAHighProfileIncident() {
    Recommendation r = assertRecommends(advise(site().with(Condition.LOW_COMMUNITY_TRUST)), Strategy.COMMUNITY_OUTREACH, OUTREACH);

    assertThat(rationaleOf(r)).startsWith("building trust between the community and law enforcement: community trust is low");
  }

  @Test
  void communityOutreachOnAHighProfileIncidentEvenForAnIneligibleSite() {
    Recommendation r = assertRecommends(advise(site().with(Condition.HIGH_PROFILE_INCIDENT).ratio(1)),
        Strategy.COMMUNITY_OUTREACH, OUTREACH);

    assertThat(rationaleOf(r)).contains("a high-profile incident occurred");
  }

  @Test
  void communityOutreachNotWithoutEitherCondition() {
    assertDoesNotRecommend(advise(site()), Strategy.COMMUNITY_OUTREACH, OUTREACH);
  }

  @Test
  void victimServicesEligibleSiteWithoutAVictimServicesProgram() {
    assertRecommends(advise(site()), Strategy.VICTIM_SERVICES, VICTIM_SERVICES);
  }

  @Test
  void victimServicesNotWhereTheSiteHasAProgram() {
    assertDoesNotRecommend(advise(site().with(Capability.VICTIM_SERVICES_PROGRAM)), Strategy.VICTIM_SERVICES, VICTIM_SERVICES);
  }

  @Test
  void victimServicesNotForAnIneligibleSite() {
    assertDoesNotRecommend(advise(site().ratio(1)), Strategy.VICTIM_SERVICES, VICTIM_SERVICES);
  }
}
