package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertDoesNotRecommend;
import static org.psp.rules.PolicyAssertions.assertRecommends;
import static org.psp.rules.PolicyAssertions.rationaleOf;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import org.junit.jupiter.api.Test;
import org.psp.model.Condition;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;

/** 30-federal-partnerships.drl: one test per rule, each at its boundary. */
class FederalPartnershipsRulesTest {
  private static final String TASK_FORCE = rule("Enforcement task force: gang or drug violence at an eligible site").name();
  private static final String DRUG_TRAFFICKING = rule("Drug trafficking enforcement: drug-related violence at an eligible site").name();
  private static final String FUGITIVES = rule("Fugitive apprehension: warrant backlog at an eligible site").name();
  private static final String GRANTS = rule("Grant assistance: small eligible site").name();

  @Test
  void enforcementTaskForceOnTheGangShare() {
    Recommendation r = assertRecommends(advise(site().gangShare(0.2)), Strategy.ENFORCEMENT_TASK_FORCE, TASK_FORCE);

    assertThat(rationaleOf(r)).isEqualTo("20% of violent incidents involved a gang (at least 20%)");
  }

  @Test
  void enforcementTaskForceOnTheDrugShare() {
    Recommendation r = assertRecommends(advise(site().drugShare(0.3)), Strategy.ENFORCEMENT_TASK_FORCE, TASK_FORCE);

    // Alone, the drug share says of what it is a share (it said "30% involved drugs" before the rules gave grounds).
    assertThat(rationaleOf(r)).isEqualTo("30% of violent incidents involved drugs (at least 30%)");
  }

  @Test
  void enforcementTaskForceQuotesBothSharesWhenBothHold() {
    Recommendation r = assertRecommends(advise(site().gangShare(0.5).drugShare(0.5)), Strategy.ENFORCEMENT_TASK_FORCE, TASK_FORCE);

    assertThat(rationaleOf(r)).startsWith("50% of violent incidents involved a gang (at least 20%); 50% involved drugs (at least 30%)");
  }

  @Test
  void enforcementTaskForceNotBelowBothShares() {
    assertDoesNotRecommend(advise(site().gangShare(0.19).drugShare(0.29)), Strategy.ENFORCEMENT_TASK_FORCE, TASK_FORCE);
  }

  @Test
  void enforcementTaskForceNotForAnIneligibleSite() {
    assertDoesNotRecommend(advise(site().gangShare(0.9).ratio(1)), Strategy.ENFORCEMENT_TASK_FORCE, TASK_FORCE);
  }

  @Test
  void drugTraffickingEnforcementDrugRelatedViolenceAtAnEligibleSite() {
    Recommendation r = assertRecommends(advise(site().drugShare(0.3)), Strategy.DRUG_TRAFFICKING_ENFORCEMENT, DRUG_TRAFFICKING);

    assertThat(rationaleOf(r)).startsWith("30% of violent incidents involved drugs (at least 30%)");
  }

  @Test
  void drugTraffickingEnforcementNotBelowTheDrugShare() {
    assertDoesNotRecommend(advise(site().drugShare(0.29)), Strategy.DRUG_TRAFFICKING_ENFORCEMENT, DRUG_TRAFFICKING);
  }

  @Test
  void drugTraffickingEnforcementNotForAnIneligibleSite() {
    assertDoesNotRecommend(advise(site().drugShare(0.9).notCommitted()), Strategy.DRUG_TRAFFICKING_ENFORCEMENT, DRUG_TRAFFICKING);
  }

  @Test
  void fugitiveApprehensionWarrantBacklogAtAnEligibleSite() {
    assertRecommends(advise(site().with(Condition.WARRANT_BACKLOG)), Strategy.FUGITIVE_APPREHENSION, FUGITIVES);
  }

  @Test
  void fugitiveApprehensionNotWithoutABacklog() {
    assertDoesNotRecommend(advise(site()), Strategy.FUGITIVE_APPREHENSION, FUGITIVES);
  }

  @Test
  void fugitiveApprehensionNotForAnIneligibleSite() {
    assertDoesNotRecommend(advise(site().with(Condition.WARRANT_BACKLOG).ratio(1)), Strategy.FUGITIVE_APPREHENSION, FUGITIVES);
  }

  @Test
  void grantAssistanceSmallEligibleSite() {
    Recommendation r = assertRecommends(advise(site().population(99_999).violentCrimes(800)), Strategy.GRANT_ASSISTANCE, GRANTS);

    assertThat(rationaleOf(r)).startsWith("99,999 residents, fewer than 100,000");
  }

  @Test
  void grantAssistanceNotFromTheThresholdUp() {
    assertDoesNotRecommend(advise(site().population(100_000)), Strategy.GRANT_ASSISTANCE, GRANTS);
  }

  @Test
  void grantAssistanceNotForAnIneligibleSite() {
    assertDoesNotRecommend(advise(site().population(50_000).violentCrimes(100)), Strategy.GRANT_ASSISTANCE, GRANTS);
  }
}
