package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertDoesNotRecommend;
import static org.psp.rules.PolicyAssertions.assertRecommends;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import org.junit.jupiter.api.Test;
import org.psp.model.Agency;
import org.psp.model.Recommendation;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;

/** 50-criminal-justice-collaboration.drl: one test per rule, each at its boundary. */
class CriminalJusticeCollaborationRulesTest {
  private static final String TREATMENT = "Treatment and services: drug-related violence";
  private static final String PEER_EXCHANGE = "Peer exchange: engaged site";
  private static final String REGIONAL = "Regional coordination: region or regional crime center";

  @Test
  void treatmentAndServicesDrugRelatedViolenceEvenForAnIneligibleSite() {
    Recommendation r = assertRecommends(advise(site().drugShare(0.3).ratio(1)), Strategy.TREATMENT_AND_SERVICES, TREATMENT);

    assertThat(r.rationale()).startsWith("30% of violent incidents involved drugs (at least 30%): treatment and city services");
    assertThat(r.rationale()).endsWith("Led by local government.");
    assertThat(r.leadPartners()).isEmpty();
  }

  @Test
  void treatmentAndServicesNotBelowTheDrugShare() {
    assertDoesNotRecommend(advise(site().drugShare(0.29)), Strategy.TREATMENT_AND_SERVICES, TREATMENT);
  }

  @Test
  void peerExchangeEngagedSite() {
    Recommendation r = assertRecommends(advise(site().engaged(2019)), Strategy.PEER_EXCHANGE, PEER_EXCHANGE);

    assertThat(r.rationale()).startsWith("the site joined PSP in 2019 and can learn from its peer sites");
  }

  @Test
  void peerExchangeNotForACandidate() {
    assertDoesNotRecommend(advise(site()), Strategy.PEER_EXCHANGE, PEER_EXCHANGE);
  }

  @Test
  void regionalCoordinationRegion() {
    Recommendation r = assertRecommends(advise(site().kind(SiteKind.REGION)), Strategy.REGIONAL_COORDINATION, REGIONAL);

    assertThat(r.rationale()).startsWith("the site is a region spanning several agencies");
  }

  @Test
  void regionalCoordinationRegionalCrimeCenter() {
    Recommendation r = assertRecommends(advise(site().partner(Agency.REGIONAL_CRIME_CENTER)), Strategy.REGIONAL_COORDINATION, REGIONAL);

    assertThat(r.rationale()).startsWith("a regional crime center already works with the site")
        .endsWith("REGIONAL_CRIME_CENTER already works with the site.");
  }

  @Test
  void regionalCoordinationNotForACityWithoutACenter() {
    assertDoesNotRecommend(advise(site().kind(SiteKind.COUNTY).partner(Agency.FBI)), Strategy.REGIONAL_COORDINATION, REGIONAL);
  }
}
