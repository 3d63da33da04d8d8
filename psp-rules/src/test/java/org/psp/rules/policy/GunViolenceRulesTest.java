package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertDoesNotRecommend;
import static org.psp.rules.PolicyAssertions.assertRecommends;
import static org.psp.rules.PolicyAssertions.rationaleOf;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.psp.model.Advice;
import org.psp.model.Capability;
import org.psp.model.NationalRate;
import org.psp.model.NationalRates;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;
import org.psp.rules.RuleVerifier;
import org.psp.rules.SiteSpec;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.TestAdvisors;

/** 20-gun-violence.drl: one test per rule, each at its boundary. */
class GunViolenceRulesTest {
  private static final String FEDERAL_PROSECUTION = rule("Federal prosecution: gun violence at an eligible site").name();
  private static final String CRIME_GUN_INTELLIGENCE =
      rule("Crime gun intelligence: gun violence at an eligible site").name();
  private static final String PROSECUTION_ON_MURDERS =
      rule("Federal prosecution: murder rate standing in for a missing firearm share").name();
  private static final String GUN_INTELLIGENCE_ON_MURDERS =
      rule("Crime gun intelligence: murder rate standing in for a missing firearm share").name();
  /** The rule verifier authors use in JUnit, over the default rules and the round national rate. */
  private static final RuleVerifier RULES = RuleVerifier.of(TestAdvisors.ROUND);
  private static final String FOCUSED_DETERRENCE = rule("Focused deterrence: gang violence at an eligible site").name();
  private static final String HOT_SPOTS = rule("Hot spots policing: violent crime well above the national rate").name();

  @Test
  void federalProsecutionGunViolenceAtAnEligibleSite() {
    Recommendation r = assertRecommends(advise(site().firearmShare(0.4)), Strategy.FEDERAL_PROSECUTION, FEDERAL_PROSECUTION);

    assertThat(rationaleOf(r)).startsWith(
        "violent crime 800.0 per 100,000 in 2019, 2.00× the national 400.0; 40% of violent incidents involved a firearm (at least 40%)");
    assertThat(r.leadPartners()).containsExactly(org.psp.model.Agency.USAO);
  }

  @Test
  void federalProsecutionNotBelowTheFirearmShare() {
    assertDoesNotRecommend(advise(site().firearmShare(0.39)), Strategy.FEDERAL_PROSECUTION, FEDERAL_PROSECUTION);
  }

  @Test
  void federalProsecutionNotForAnIneligibleSite() {
    assertDoesNotRecommend(advise(site().firearmShare(0.9).ratio(1.4)), Strategy.FEDERAL_PROSECUTION, FEDERAL_PROSECUTION);
  }

  @Test
  void federalProsecutionNotWithoutAFirearmShare() {
    assertDoesNotRecommend(advise(site()), Strategy.FEDERAL_PROSECUTION, FEDERAL_PROSECUTION);
  }

  // The murder rate stands in for a missing firearm share: 10 murders in 100,000 residents against
  // the round national 5.0 are M = 2, the default gunViolenceMurderRatio.

  @Test
  void federalProsecutionMurderRateStandingInForAMissingFirearmShare() {
    Recommendation r = assertRecommends(advise(site().murders(10)), Strategy.FEDERAL_PROSECUTION, PROSECUTION_ON_MURDERS);

    assertThat(rationaleOf(r)).isEqualTo("violent crime 800.0 per 100,000 in 2019, 2.00× the national 400.0; no firearm share "
        + "for 2019, so the murder rate stands in for it: 10.0 murders per 100,000 in 2019, 2.00× the national 5.0 (at least 2×)");
  }

  @Test
  void federalProsecutionNotOnAMurderRateJustBelowTheRatio() {
    RULES.verifyThat(PROSECUTION_ON_MURDERS).given(site().murders(10).build()).proposes(Strategy.FEDERAL_PROSECUTION);
    RULES.verifyThat(PROSECUTION_ON_MURDERS).given(site().murders(9).build()).doesNotFire();
    assertDoesNotRecommend(advise(site().murders(9)), Strategy.FEDERAL_PROSECUTION, PROSECUTION_ON_MURDERS);
  }

  @Test
  void aGivenFirearmShareOverridesTheMurderRate() {
    // A low share with a high murder rate: the share decides, and neither rule proposes.
    assertDoesNotRecommend(advise(site().murders(40).firearmShare(0.1)), Strategy.FEDERAL_PROSECUTION, PROSECUTION_ON_MURDERS);
    assertDoesNotRecommend(advise(site().murders(40).firearmShare(0.1)), Strategy.CRIME_GUN_INTELLIGENCE,
        GUN_INTELLIGENCE_ON_MURDERS);
    // A high share with a low murder rate: the share's rules propose, the stand-ins do not fire.
    Recommendation r = assertRecommends(advise(site().murders(1).firearmShare(0.6)), Strategy.FEDERAL_PROSECUTION, FEDERAL_PROSECUTION);
    assertThat(r.rules()).containsExactly(FEDERAL_PROSECUTION);
  }

  @Test
  void federalProsecutionNotOnTheMurderRateForAnIneligibleSite() {
    assertDoesNotRecommend(advise(site().murders(40).ratio(1.4)), Strategy.FEDERAL_PROSECUTION, PROSECUTION_ON_MURDERS);
  }

  @Test
  void noMurderRateStandsInWhereTheNationHasNoneThatYear() {
    StrategyAdvisor noNationalMurderRate = StrategyAdvisor.builder().nationalRates(NationalRates.of(List.of(
        new NationalRate(SiteSpec.YEAR, TestAdvisors.ROUND_NATIONAL_RATE, OptionalDouble.empty(),
            NationalRate.Basis.FIRST_PUBLISHED, "illustrative round rate without a murder rate", "")))).build();

    Advice advice = noNationalMurderRate.advise(site().murders(40).build());

    assertThat(advice.murderRatio()).isEmpty();
    assertDoesNotRecommend(advice, Strategy.FEDERAL_PROSECUTION, PROSECUTION_ON_MURDERS);
    assertDoesNotRecommend(advice, Strategy.CRIME_GUN_INTELLIGENCE, GUN_INTELLIGENCE_ON_MURDERS);
  }

  @Test
  void crimeGunIntelligenceMurderRateStandingInForAMissingFirearmShare() {
    Recommendation r = assertRecommends(advise(site().murders(10)), Strategy.CRIME_GUN_INTELLIGENCE, GUN_INTELLIGENCE_ON_MURDERS);

    assertThat(rationaleOf(r)).isEqualTo("no firearm share for 2019, so the murder rate stands in for it: 10.0 murders per "
        + "100,000 in 2019, 2.00× the national 5.0 (at least 2×)");
  }

  @Test
  void crimeGunIntelligenceNotOnAMurderRateJustBelowTheRatio() {
    RULES.verifyThat(GUN_INTELLIGENCE_ON_MURDERS).given(site().murders(10).build()).proposes(Strategy.CRIME_GUN_INTELLIGENCE);
    RULES.verifyThat(GUN_INTELLIGENCE_ON_MURDERS).given(site().murders(9).build()).doesNotFire();
    assertDoesNotRecommend(advise(site().murders(9)), Strategy.CRIME_GUN_INTELLIGENCE, GUN_INTELLIGENCE_ON_MURDERS);
  }

  @Test
  void crimeGunIntelligenceGunViolenceAtAnEligibleSite() {
    Recommendation r = assertRecommends(advise(site().firearmShare(0.5)), Strategy.CRIME_GUN_INTELLIGENCE, CRIME_GUN_INTELLIGENCE);

    assertThat(rationaleOf(r)).isEqualTo("50% of violent incidents involved a firearm (at least 50%)");
  }

  @Test
  void crimeGunIntelligenceNotBelowTheFirearmShare() {
    assertDoesNotRecommend(advise(site().firearmShare(0.49)), Strategy.CRIME_GUN_INTELLIGENCE, CRIME_GUN_INTELLIGENCE);
  }

  @ParameterizedTest
  @EnumSource(value = Capability.class, names = {"NIBIN_ACCESS", "CRIME_GUN_INTELLIGENCE_CENTER"})
  void crimeGunIntelligenceStillRecommendedWhereTheSiteHasItToStrengthen(Capability existing) {
    // NIBIN access or a crime gun intelligence center no longer holds the strategy back (CONTRACT §4, turn 3).
    assertRecommends(advise(site().firearmShare(0.9).with(existing)), Strategy.CRIME_GUN_INTELLIGENCE, CRIME_GUN_INTELLIGENCE);
    assertRecommends(advise(site().murders(10).with(existing)), Strategy.CRIME_GUN_INTELLIGENCE, GUN_INTELLIGENCE_ON_MURDERS);
  }

  @Test
  void crimeGunIntelligenceNotForAnIneligibleSite() {
    assertDoesNotRecommend(advise(site().firearmShare(0.9).notCommitted()), Strategy.CRIME_GUN_INTELLIGENCE,
        CRIME_GUN_INTELLIGENCE);
  }

  @Test
  void focusedDeterrenceGangViolenceAtAnEligibleSite() {
    Recommendation r = assertRecommends(advise(site().gangShare(0.25)), Strategy.FOCUSED_DETERRENCE, FOCUSED_DETERRENCE);

    assertThat(rationaleOf(r)).startsWith("25% of violent incidents involved a gang (at least 25%)");
  }

  @Test
  void focusedDeterrenceNotBelowTheGangShare() {
    assertDoesNotRecommend(advise(site().gangShare(0.24)), Strategy.FOCUSED_DETERRENCE, FOCUSED_DETERRENCE);
  }

  @Test
  void focusedDeterrenceNotForAnIneligibleSite() {
    assertDoesNotRecommend(advise(site().gangShare(0.9).ratio(1)), Strategy.FOCUSED_DETERRENCE, FOCUSED_DETERRENCE);
  }

  @Test
  void hotSpotsPolicingViolentCrimeWellAboveTheNationalRate() {
    Recommendation r = assertRecommends(advise(site().ratio(2)), Strategy.HOT_SPOTS_POLICING, HOT_SPOTS);

    assertThat(rationaleOf(r)).startsWith("violent crime 800.0 per 100,000 in 2019, 2.00× the national 400.0 (at least 2×)");
  }

  @Test
  void hotSpotsPolicingNotBelowTheRatio() {
    assertDoesNotRecommend(advise(site().violentCrimes(799)), Strategy.HOT_SPOTS_POLICING, HOT_SPOTS);
  }

  @Test
  void hotSpotsPolicingNotForAnIneligibleSite() {
    assertDoesNotRecommend(advise(site().ratio(4).notCommitted()), Strategy.HOT_SPOTS_POLICING, HOT_SPOTS);
  }
}
