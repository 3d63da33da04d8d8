package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertDoesNotRecommend;
import static org.psp.rules.PolicyAssertions.assertRecommends;
import static org.psp.rules.PolicyAssertions.rationaleOf;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.model.Agency;
import org.psp.model.Recommendation;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;
import org.psp.model.words.RecommendationText;

/** 50-criminal-justice-collaboration.drl: one test per rule, each at its boundary. */
class CriminalJusticeCollaborationRulesTest {
  private static final String TREATMENT = rule("Treatment and services: drug-related violence").name();
  private static final String PEER_EXCHANGE = rule("Peer exchange: engaged site").name();
  private static final String REGIONAL = rule("Regional coordination: region or regional crime center").name();

  @Test
  void treatmentAndServicesDrugRelatedViolenceEvenForAnIneligibleSite() {
    Recommendation r = assertRecommends(advise(site().drugShare(0.3).ratio(1)), Strategy.TREATMENT_AND_SERVICES, TREATMENT);

    assertThat(rationaleOf(r)).startsWith("30% of violent incidents involved drugs (at least 30%): treatment and city services");
    assertThat(RecommendationText.leads(r, site().build())).isEqualTo("Led by local government.");
    assertThat(r.leadPartners()).isEmpty();
  }

  @Test
  void treatmentAndServicesNotBelowTheDrugShare() {
    assertDoesNotRecommend(advise(site().drugShare(0.29)), Strategy.TREATMENT_AND_SERVICES, TREATMENT);
  }

  @Test
  void peerExchangeEngagedSite() {
    Recommendation r = assertRecommends(advise(site().engaged(2019)), Strategy.PEER_EXCHANGE, PEER_EXCHANGE);

    assertThat(rationaleOf(r)).startsWith("the site joined PSP in 2019 and can learn from its peer sites");
  }

  @Test
  void peerExchangeNotForACandidate() {
    assertDoesNotRecommend(advise(site()), Strategy.PEER_EXCHANGE, PEER_EXCHANGE);
  }

  @Test
  void regionalCoordinationRegion() {
    Recommendation r = assertRecommends(advise(site().kind(SiteKind.REGION)), Strategy.REGIONAL_COORDINATION, REGIONAL);

    assertThat(rationaleOf(r)).startsWith("the site is a region spanning several agencies");
  }

  @Test
  void regionalCoordinationRegionalCrimeCenter() {
    Advice advice = advise(site().partner(Agency.REGIONAL_CRIME_CENTER));
    Recommendation r = assertRecommends(advice, Strategy.REGIONAL_COORDINATION, REGIONAL);

    assertThat(rationaleOf(r)).isEqualTo("a regional crime center works with the site in 2019");
    assertThat(r.mode()).isEqualTo(org.psp.model.Mode.STRENGTHEN);
    assertThat(RecommendationText.leads(r, advice.site())).isEqualTo(
        "Usual leads: REGIONAL_CRIME_CENTER; REGIONAL_CRIME_CENTER already works with the site.");
  }

  @Test
  void regionalCoordinationNotForACityWithoutACenter() {
    assertDoesNotRecommend(advise(site().kind(SiteKind.COUNTY).partner(Agency.FBI)), Strategy.REGIONAL_COORDINATION, REGIONAL);
  }
}
