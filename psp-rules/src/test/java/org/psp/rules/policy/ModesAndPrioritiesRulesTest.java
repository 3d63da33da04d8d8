package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertNotFired;
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
import org.psp.model.Strategy;
import org.psp.rules.SiteSpec;

/** 80-modes-and-priorities.drl: one test per rule, each firing and not firing. */
class ModesAndPrioritiesRulesTest {
  private static final String ACTIVE_INTERVENTION = "Mode: strengthen an active intervention of the same strategy";
  private static final String PRIORITY_1 = "Priority 1: enforcement where violent crime is highest";
  private static final String PRIORITY_3 = "Priority 3: supporting strategies";

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
    assertThat(with.firedRules()).contains(rule);
    assertThat(with.recommendation(strategy).orElseThrow().mode()).isEqualTo(Mode.STRENGTHEN);
  }

  @Test
  void modeStrengthenAnActiveInterventionOfTheSameStrategy() {
    Advice active = advise(site().intervention(Strategy.VICTIM_SERVICES, InterventionStatus.ACTIVE));

    assertThat(active.firedRules()).contains(ACTIVE_INTERVENTION);
    assertThat(active.recommendation(Strategy.VICTIM_SERVICES).orElseThrow().mode()).isEqualTo(Mode.STRENGTHEN);
  }

  @Test
  void modeEstablishesWhatIsOnlyPlannedOrCompleted() {
    Advice planned = advise(site().intervention(Strategy.VICTIM_SERVICES, InterventionStatus.PLANNED)
        .intervention(Strategy.VICTIM_SERVICES, InterventionStatus.COMPLETED));

    assertNotFired(planned, ACTIVE_INTERVENTION);
    assertThat(planned.recommendation(Strategy.VICTIM_SERVICES).orElseThrow().mode()).isEqualTo(Mode.ESTABLISH);
  }

  @Test
  void priority1EnforcementWhereViolentCrimeIsHighest() {
    Advice atThreshold = advise(site().ratio(3).firearmShare(0.5));

    assertThat(atThreshold.firedRules()).contains(PRIORITY_1);
    assertThat(atThreshold.recommendations()).filteredOn(r -> r.strategy().isEnforcement())
        .isNotEmpty().allSatisfy(r -> assertThat(r.priority()).isEqualTo(1));
    assertThat(atThreshold.recommendation(Strategy.COMMUNITY_OUTREACH).orElseThrow().priority()).isEqualTo(2);
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

    assertThat(advice.firedRules()).contains(PRIORITY_3);
    assertThat(advice.recommendations()).filteredOn(r -> r.priority() == 3).extracting(r -> r.strategy())
        .containsExactly(Strategy.PEER_EXCHANGE, Strategy.GRANT_ASSISTANCE, Strategy.REGIONAL_COORDINATION);
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
