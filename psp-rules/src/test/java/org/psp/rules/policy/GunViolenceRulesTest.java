package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertDoesNotRecommend;
import static org.psp.rules.PolicyAssertions.assertRecommends;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.psp.model.Capability;
import org.psp.model.Recommendation;
import org.psp.model.RecommendationText;
import org.psp.model.Strategy;

/** 20-gun-violence.drl: one test per rule, each at its boundary. */
class GunViolenceRulesTest {
  private static final String FEDERAL_PROSECUTION = rule("Federal prosecution: gun violence at an eligible site").name();
  private static final String CRIME_GUN_INTELLIGENCE =
      rule("Crime gun intelligence: gun violence without NIBIN or a crime gun intelligence center").name();
  private static final String FOCUSED_DETERRENCE = rule("Focused deterrence: gang violence at an eligible site").name();
  private static final String HOT_SPOTS = rule("Hot spots policing: violent crime well above the national rate").name();

  @Test
  void federalProsecutionGunViolenceAtAnEligibleSite() {
    Recommendation r = assertRecommends(advise(site().firearmShare(0.4)), Strategy.FEDERAL_PROSECUTION, FEDERAL_PROSECUTION);

    assertThat(RecommendationText.rationale(r)).startsWith(
        "violent crime 800 per 100,000 in 2019, 2.00× the national 400.0; 40% of violent incidents involved a firearm (at least 40%)");
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

  @Test
  void crimeGunIntelligenceGunViolenceWithoutNibinOrACrimeGunIntelligenceCenter() {
    Recommendation r = assertRecommends(advise(site().firearmShare(0.5)), Strategy.CRIME_GUN_INTELLIGENCE, CRIME_GUN_INTELLIGENCE);

    assertThat(RecommendationText.rationale(r)).startsWith("50% of violent incidents involved a firearm (at least 50%) and the site has "
        + "neither NIBIN access nor a crime gun intelligence center");
  }

  @Test
  void crimeGunIntelligenceNotBelowTheFirearmShare() {
    assertDoesNotRecommend(advise(site().firearmShare(0.49)), Strategy.CRIME_GUN_INTELLIGENCE, CRIME_GUN_INTELLIGENCE);
  }

  @ParameterizedTest
  @EnumSource(value = Capability.class, names = {"NIBIN_ACCESS", "CRIME_GUN_INTELLIGENCE_CENTER"})
  void crimeGunIntelligenceNotWhereTheSiteHasIt(Capability existing) {
    assertDoesNotRecommend(advise(site().firearmShare(0.9).with(existing)), Strategy.CRIME_GUN_INTELLIGENCE,
        CRIME_GUN_INTELLIGENCE);
  }

  @Test
  void crimeGunIntelligenceNotForAnIneligibleSite() {
    assertDoesNotRecommend(advise(site().firearmShare(0.9).notCommitted()), Strategy.CRIME_GUN_INTELLIGENCE,
        CRIME_GUN_INTELLIGENCE);
  }

  @Test
  void focusedDeterrenceGangViolenceAtAnEligibleSite() {
    Recommendation r = assertRecommends(advise(site().gangShare(0.25)), Strategy.FOCUSED_DETERRENCE, FOCUSED_DETERRENCE);

    assertThat(RecommendationText.rationale(r)).startsWith("25% of violent incidents involved a gang (at least 25%)");
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

    assertThat(RecommendationText.rationale(r)).startsWith("violent crime 800 per 100,000 in 2019, 2.00× the national 400.0 (at least 2×)");
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
