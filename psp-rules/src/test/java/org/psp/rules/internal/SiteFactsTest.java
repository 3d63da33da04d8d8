package org.psp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psp.model.Strategy;
import org.psp.rules.PolicySettings;
import org.psp.rules.SiteSpec;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Caution;
import org.psp.rules.facts.Criterion;
import org.psp.rules.facts.Eligible;
import org.psp.rules.facts.Proposal;

/** Every fact type about a site gives its site, so no type is listed without being understood. */
class SiteFactsTest {

  @Test
  void everySiteFactTypeGivesItsAssessment() {
    Assessment assessment = new Assessment(SiteSpec.site().build(), SiteSpec.YEAR, 400, PolicySettings.defaults());
    Proposal proposal = new Proposal(assessment, Strategy.REENTRY, "a reason");
    List<Object> facts = List.of(assessment, Criterion.met(assessment, "commitment", "committed"),
        new Eligible(assessment), proposal, new Caution(proposal, "careful"));

    assertThat(facts).extracting(Object::getClass).containsExactlyElementsOf(SiteFacts.TYPES);
    assertThat(facts).allSatisfy(fact -> assertThat(SiteFacts.siteOf(fact)).isSameAs(assessment));
    assertThat(SiteFacts.siteOf(PolicySettings.defaults())).isNull();
    assertThat(SiteFacts.SIMPLE_NAMES).containsExactlyInAnyOrder("Assessment", "Criterion", "Eligible", "Proposal", "Caution");
  }
}
