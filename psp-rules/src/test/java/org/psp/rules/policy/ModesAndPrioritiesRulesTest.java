package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertFired;
import static org.psp.rules.PolicyAssertions.assertNotFired;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psp.model.Advice;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.InterventionStatus;
import org.psp.model.Mode;
import org.psp.model.Reason;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;
import org.psp.rules.SiteSpec;

/** 80-modes-and-priorities.drl (the modes; priorities follow the rank, RankingRulesTest): one test per rule, each firing and not firing. */
class ModesAndPrioritiesRulesTest {
  private static final String ACTIVE_INTERVENTION = rule("Mode: strengthen an active intervention of the same strategy").name();

  /** Each capability rule: the rule, a site that gets the strategy, the capability that strengthens it. */
  static Stream<Arguments> capabilityModes() {
    return Stream.of(
        Arguments.of("Mode: strengthen the existing violent crime task force", Strategy.ENFORCEMENT_TASK_FORCE,
            site().gangShare(0.5), Capability.VIOLENT_CRIME_TASK_FORCE),
        Arguments.of("Mode: strengthen the existing fugitive task force", Strategy.FUGITIVE_APPREHENSION,
            site().with(Condition.WARRANT_BACKLOG), Capability.FUGITIVE_TASK_FORCE),
        Arguments.of("Mode: strengthen the existing crime analysis unit", Strategy.CRIME_ANALYSIS,
            site().with(Condition.ANALYTICS_DEFICIT), Capability.CRIME_ANALYSIS_UNIT),
        Arguments.of("Mode: strengthen the existing real-time crime center", Strategy.TECHNOLOGY,
            site().with(Condition.TECHNOLOGY_DEFICIT), Capability.REAL_TIME_CRIME_CENTER),
        Arguments.of("Mode: strengthen the existing community policing program", Strategy.COMMUNITY_OUTREACH,
            site().with(Condition.LOW_COMMUNITY_TRUST), Capability.COMMUNITY_POLICING_PROGRAM));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("capabilityModes")
  void modeStrengthensWhatTheSiteHas(String rule, Strategy strategy, SiteSpec spec, Capability capability) {
    Advice without = advise(spec);
    assertThat(without.recommendation(strategy).orElseThrow().mode()).isEqualTo(Mode.ESTABLISH);
    assertNotFired(without, rule);

    Advice with = advise(spec.with(capability));
    assertFired(with, rule);
    Recommendation strengthened = with.recommendation(strategy).orElseThrow();
    assertThat(strengthened.mode()).isEqualTo(Mode.STRENGTHEN);
    assertThat(strengthened.modeReasons()).extracting(Reason::rule).containsExactly(rule);
    assertThat(strengthened.modeReasons().get(0).text()).startsWith("the site has a ");
  }

  @Test
  void modeStrengthenAnActiveInterventionOfTheSameStrategy() {
    Advice active = advise(site().intervention(Strategy.VICTIM_SERVICES, InterventionStatus.ACTIVE));

    assertFired(active, ACTIVE_INTERVENTION);
    Recommendation victimServices = active.recommendation(Strategy.VICTIM_SERVICES).orElseThrow();
    assertThat(victimServices.mode()).isEqualTo(Mode.STRENGTHEN);
    assertThat(victimServices.modeReasons())
        .containsExactly(new Reason(ACTIVE_INTERVENTION, "the site has an ACTIVE VICTIM_SERVICES intervention"));
  }

  @Test
  void modeNamesTheYearAnActiveInterventionStartedAndEveryReasonToStrengthen() {
    Advice both = advise(site().with(Condition.ANALYTICS_DEFICIT).with(Capability.CRIME_ANALYSIS_UNIT)
        .intervention(Strategy.CRIME_ANALYSIS, InterventionStatus.ACTIVE, 2018));

    assertThat(both.recommendation(Strategy.CRIME_ANALYSIS).orElseThrow().modeReasons()).extracting(Reason::text)
        .containsExactlyInAnyOrder("the site has a crime analysis unit", "the site has an ACTIVE CRIME_ANALYSIS intervention since 2018");
  }

  @Test
  void modeEstablishesWhatIsOnlyPlannedOrCompleted() {
    Advice planned = advise(site().intervention(Strategy.VICTIM_SERVICES, InterventionStatus.PLANNED)
        .intervention(Strategy.VICTIM_SERVICES, InterventionStatus.COMPLETED));

    assertNotFired(planned, ACTIVE_INTERVENTION);
    assertThat(planned.recommendation(Strategy.VICTIM_SERVICES).orElseThrow().mode()).isEqualTo(Mode.ESTABLISH);
  }
}
