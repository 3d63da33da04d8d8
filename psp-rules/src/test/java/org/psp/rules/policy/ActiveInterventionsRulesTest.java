package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertFired;
import static org.psp.rules.PolicyAssertions.assertNotFired;
import static org.psp.rules.PolicyAssertions.rationaleOf;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.model.Intervention;
import org.psp.model.InterventionStatus;
import org.psp.model.Mode;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;

/** 65-active-interventions.drl: one test per rule, firing and not firing. */
class ActiveInterventionsRulesTest {
  private static final String KEPT = rule("Active intervention: an eligible site keeps what it carries out").name();

  @Test
  void activeInterventionAnEligibleSiteKeepsWhatItCarriesOut() {
    // R = 2, no shares: the figures alone propose no enforcement task force.
    Advice advice = advise(site().intervention(Strategy.ENFORCEMENT_TASK_FORCE, InterventionStatus.ACTIVE, 2019));

    assertFired(advice, KEPT);
    Recommendation taskForce = advice.recommendation(Strategy.ENFORCEMENT_TASK_FORCE).orElseThrow();
    assertThat(taskForce.rules()).containsExactly(KEPT);
    assertThat(taskForce.mode()).isEqualTo(Mode.STRENGTHEN);
    assertThat(rationaleOf(taskForce)).startsWith("the site carries out an ACTIVE ENFORCEMENT_TASK_FORCE intervention since "
        + "2019 (began in the year advised: no change to measure yet): the program strengthens what a site already does");
    // It counts as recommended for prevention accompanies enforcement.
    assertThat(advice.strategies()).contains(Strategy.COMMUNITY_OUTREACH, Strategy.REENTRY);
  }

  @Test
  void activeInterventionNotKeptAtAnIneligibleSiteNorOutsideItsYearsNorWhenNotActive() {
    Intervention ended = Intervention.builder().strategy(Strategy.ENFORCEMENT_TASK_FORCE).status(InterventionStatus.ACTIVE)
        .since(2016).until(2018).build();

    Advice ineligible = advise(site().notCommitted().intervention(Strategy.ENFORCEMENT_TASK_FORCE, InterventionStatus.ACTIVE));
    Advice past = advise(site().intervention(ended));
    Advice planned = advise(site().intervention(Strategy.ENFORCEMENT_TASK_FORCE, InterventionStatus.PLANNED));
    Advice later = advise(site().intervention(Strategy.ENFORCEMENT_TASK_FORCE, InterventionStatus.ACTIVE, 2020));

    for (Advice advice : new Advice[] {ineligible, past, planned, later}) {
      assertNotFired(advice, KEPT);
      assertThat(advice.strategies()).doesNotContain(Strategy.ENFORCEMENT_TASK_FORCE);
    }
  }

  @Test
  void aStrategyTheFiguresProposeKeepsBothRationales() {
    Advice advice = advise(site().firearmShare(0.5).intervention(Strategy.FEDERAL_PROSECUTION, InterventionStatus.ACTIVE));

    Recommendation prosecution = advice.recommendation(Strategy.FEDERAL_PROSECUTION).orElseThrow();
    assertThat(prosecution.rules()).containsExactly(rule("Federal prosecution: gun violence at an eligible site").name(), KEPT);
    assertThat(rationaleOf(prosecution)).contains("(no start year on record, so no review of it)");
  }
}
