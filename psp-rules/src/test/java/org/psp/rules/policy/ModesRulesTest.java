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
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.Intervention;
import org.psp.model.InterventionStatus;
import org.psp.model.Mode;
import org.psp.model.Reason;
import org.psp.model.Recommendation;
import org.psp.model.SiteField;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;
import org.psp.model.words.Phrases;
import org.psp.rules.SiteSpec;

/** 75-modes.drl: one test per rule, each firing and not firing. */
class ModesRulesTest {
  private static final String ACTIVE_INTERVENTION = rule("Mode: strengthen an active intervention of the same strategy").name();
  private static final String REGIONAL_CENTER = rule("Mode: strengthen the regional crime center's work").name();
  private static final String INTERVENTION_UNKNOWN = rule("Mode unknown: intervention not on record").name();

  /**
   * Each capability: the rule that strengthens, the rule that leaves the mode unknown, a site that gets
   * the strategy, the capability that strengthens it.
   */
  static Stream<Arguments> capabilityModes() {
    return Stream.of(
        Arguments.of("Mode: strengthen the existing violent crime task force", "Mode unknown: violent crime task force not on record",
            Strategy.ENFORCEMENT_TASK_FORCE, site().gangShare(0.5), Capability.VIOLENT_CRIME_TASK_FORCE),
        Arguments.of("Mode: strengthen the existing fugitive task force", "Mode unknown: fugitive task force not on record",
            Strategy.FUGITIVE_APPREHENSION, site().with(Condition.WARRANT_BACKLOG), Capability.FUGITIVE_TASK_FORCE),
        Arguments.of("Mode: strengthen the existing crime analysis unit", "Mode unknown: crime analysis unit not on record",
            Strategy.CRIME_ANALYSIS, site().with(Condition.ANALYTICS_DEFICIT), Capability.CRIME_ANALYSIS_UNIT),
        Arguments.of("Mode: strengthen the existing real-time crime center", "Mode unknown: real-time crime center not on record",
            Strategy.TECHNOLOGY, site().with(Condition.TECHNOLOGY_DEFICIT), Capability.REAL_TIME_CRIME_CENTER),
        Arguments.of("Mode: strengthen the existing community policing program",
            "Mode unknown: community policing program not on record",
            Strategy.COMMUNITY_OUTREACH, site().with(Condition.LOW_COMMUNITY_TRUST), Capability.COMMUNITY_POLICING_PROGRAM),
        Arguments.of("Mode: strengthen the existing NIBIN access or crime gun intelligence center",
            "Mode unknown: NIBIN access or crime gun intelligence center not on record",
            Strategy.CRIME_GUN_INTELLIGENCE, site().firearmShare(0.5), Capability.NIBIN_ACCESS),
        Arguments.of("Mode: strengthen the existing NIBIN access or crime gun intelligence center",
            "Mode unknown: NIBIN access or crime gun intelligence center not on record",
            Strategy.CRIME_GUN_INTELLIGENCE, site().firearmShare(0.5), Capability.CRIME_GUN_INTELLIGENCE_CENTER));
  }

  @ParameterizedTest(name = "{0}: {4}")
  @MethodSource("capabilityModes")
  void modeStrengthensWhatTheSiteHas(String rule, String unknownRule, Strategy strategy, SiteSpec spec, Capability capability) {
    Advice without = advise(spec);
    assertThat(without.recommendation(strategy).orElseThrow().mode()).isEqualTo(Mode.ESTABLISH);
    assertNotFired(without, rule);

    Advice with = advise(spec.with(capability));
    assertFired(with, rule);
    assertNotFired(with, unknownRule);
    Recommendation strengthened = with.recommendation(strategy).orElseThrow();
    assertThat(strengthened.mode()).isEqualTo(Mode.STRENGTHEN);
    assertThat(strengthened.modeReasons()).extracting(Reason::rule).containsExactly(rule);
    assertThat(Phrases.modeReason(strengthened)).isEqualTo("the site has " + Phrases.capability(capability));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("capabilityModes")
  void modeUnknownWhereTheCapabilityOrItsInterventionIsNotOnRecord(String rule, String unknownRule, Strategy strategy,
      SiteSpec spec, Capability capability) {
    Advice nothingRecorded = advise(spec.notRecorded(SiteField.CAPABILITIES));

    assertFired(nothingRecorded, unknownRule);
    Recommendation unknown = nothingRecorded.recommendation(strategy).orElseThrow();
    assertThat(unknown.mode()).isEqualTo(Mode.UNKNOWN);
    assertThat(unknown.modeReasons()).extracting(Reason::rule).containsExactly(unknownRule);
    assertThat(Phrases.modeReason(unknown)).startsWith("check whether the site had ")
        .contains(Phrases.capability(capability)).contains("in 2019 (capabilities)").endsWith(": it is not on record");
  }

  @ParameterizedTest(name = "{1}: not where the record says")
  @MethodSource("capabilityModes")
  void modeNotUnknownWhereTheRecordSaysEitherWay(String rule, String unknownRule, Strategy strategy, SiteSpec spec,
      Capability capability) {
    // Complete sections: absent is a fact (ESTABLISH); a listed capability holds even in a partial list (STRENGTHEN).
    assertNotFired(advise(spec), unknownRule);
    Advice listed = advise(spec.with(capability).partial(SiteField.CAPABILITIES, SiteField.INTERVENTIONS));
    assertNotFired(listed, unknownRule);
    assertThat(listed.recommendation(strategy).orElseThrow().mode()).isEqualTo(Mode.STRENGTHEN);
  }

  @Test
  void modeUnknownWhereOnlyTheInterventionIsNotOnRecordSaysSo() {
    Advice advice = advise(site().with(Condition.ANALYTICS_DEFICIT).notRecorded(SiteField.INTERVENTIONS));

    assertThat(advice.recommendation(Strategy.CRIME_ANALYSIS).orElseThrow().modeReasons()).extracting(reason -> Phrases.grounds(reason.grounds()))
        .containsExactly("check whether it carried out an ACTIVE CRIME_ANALYSIS intervention in 2019 (interventions): "
            + "it is not on record");
  }

  @Test
  void modeUnknownInterventionNotOnRecord() {
    Advice notRecorded = advise(site().firearmShare(0.4).notRecorded(SiteField.INTERVENTIONS));
    Advice partial = advise(site().firearmShare(0.4).intervention(Strategy.REENTRY, InterventionStatus.PLANNED)
        .partial(SiteField.INTERVENTIONS));

    assertFired(notRecorded, INTERVENTION_UNKNOWN);
    Recommendation prosecution = notRecorded.recommendation(Strategy.FEDERAL_PROSECUTION).orElseThrow();
    assertThat(prosecution.mode()).isEqualTo(Mode.UNKNOWN);
    assertThat(prosecution.modeReasons()).extracting(Reason::rule).containsExactly(INTERVENTION_UNKNOWN);
    assertThat(Phrases.modeReason(prosecution))
        .isEqualTo("check whether it carried out an ACTIVE FEDERAL_PROSECUTION intervention in 2019 (interventions): it is not on record");
    // A partial list that names a PLANNED reentry intervention says it is not active: ESTABLISH.
    assertThat(partial.recommendation(Strategy.FEDERAL_PROSECUTION).orElseThrow().mode()).isEqualTo(Mode.UNKNOWN);
    assertThat(partial.recommendation(Strategy.REENTRY).orElseThrow().mode()).isEqualTo(Mode.ESTABLISH);
  }

  @Test
  void modeUnknownInterventionNotWhereTheInterventionsAreComplete() {
    Advice advice = advise(site().firearmShare(0.4));

    assertNotFired(advice, INTERVENTION_UNKNOWN);
    assertThat(advice.recommendation(Strategy.FEDERAL_PROSECUTION).orElseThrow().mode()).isEqualTo(Mode.ESTABLISH);
  }

  @Test
  void modeStrengthenTheRegionalCrimeCentersWork() {
    Advice withCenter = advise(site().partner(Agency.REGIONAL_CRIME_CENTER).notRecorded(SiteField.INTERVENTIONS));
    Advice region = advise(site().kind(SiteKind.REGION));

    assertFired(withCenter, REGIONAL_CENTER);
    Recommendation regional = withCenter.recommendation(Strategy.REGIONAL_COORDINATION).orElseThrow();
    assertThat(regional.mode()).isEqualTo(Mode.STRENGTHEN);
    assertThat(regional.modeReasons()).extracting(Reason::rule).containsExactly(REGIONAL_CENTER);
    assertThat(Phrases.modeReason(regional)).isEqualTo("a regional crime center works with the site in 2019");
    assertNotFired(region, REGIONAL_CENTER);
    assertThat(region.recommendation(Strategy.REGIONAL_COORDINATION).orElseThrow().mode()).isEqualTo(Mode.ESTABLISH);
  }

  @Test
  void modeStrengthenAnActiveInterventionOfTheSameStrategy() {
    Advice active = advise(site().intervention(Strategy.VICTIM_SERVICES, InterventionStatus.ACTIVE));

    assertFired(active, ACTIVE_INTERVENTION);
    Recommendation victimServices = active.recommendation(Strategy.VICTIM_SERVICES).orElseThrow();
    assertThat(victimServices.mode()).isEqualTo(Mode.STRENGTHEN);
    assertThat(victimServices.modeReasons()).extracting(Reason::rule).containsExactly(ACTIVE_INTERVENTION);
    assertThat(Phrases.modeReason(victimServices)).isEqualTo("the site has an ACTIVE VICTIM_SERVICES intervention");
  }

  @Test
  void modeNamesTheYearAnActiveInterventionStartedAndEveryReasonToStrengthen() {
    Advice both = advise(site().with(Condition.ANALYTICS_DEFICIT).with(Capability.CRIME_ANALYSIS_UNIT)
        .intervention(Strategy.CRIME_ANALYSIS, InterventionStatus.ACTIVE, 2018));

    assertThat(both.recommendation(Strategy.CRIME_ANALYSIS).orElseThrow().modeReasons()).extracting(reason -> Phrases.grounds(reason.grounds()))
        .containsExactlyInAnyOrder("the site has a crime analysis unit", "the site has an ACTIVE CRIME_ANALYSIS intervention since 2018");
  }

  @Test
  void modeEstablishesWhatIsOnlyPlannedCompletedOrActiveInOtherYears() {
    Advice planned = advise(site().intervention(Strategy.VICTIM_SERVICES, InterventionStatus.PLANNED)
        .intervention(Strategy.VICTIM_SERVICES, InterventionStatus.COMPLETED)
        .intervention(Intervention.builder().strategy(Strategy.VICTIM_SERVICES).status(InterventionStatus.ACTIVE)
            .since(2015).until(2018).build()));

    assertNotFired(planned, ACTIVE_INTERVENTION);
    assertThat(planned.recommendation(Strategy.VICTIM_SERVICES).orElseThrow().mode()).isEqualTo(Mode.ESTABLISH);
  }
}
