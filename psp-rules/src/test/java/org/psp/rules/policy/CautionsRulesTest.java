package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertNotFired;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.model.Condition;
import org.psp.model.Strategy;
import org.psp.model.words.Phrases;

/** 90-cautions.drl: the rule firing and not firing. */
class CautionsRulesTest {
  private static final String CONSENT_DECREE = rule("Caution: coordinate enforcement with the consent decree").name();

  @Test
  void cautionCoordinateEnforcementWithTheConsentDecree() {
    Advice advice = advise(site().ratio(4).firearmShare(0.9).with(Condition.CONSENT_DECREE));

    assertThat(advice.firedRules()).contains(CONSENT_DECREE);
    assertThat(advice.recommendations()).filteredOn(r -> r.strategy().isEnforcement()).isNotEmpty()
        .allSatisfy(r -> assertThat(Phrases.cautions(r)).singleElement().asString()
            .startsWith("the police department is under a consent decree: coordinate " + r.strategy().name()));
    assertThat(advice.recommendations()).filteredOn(r -> !r.strategy().isEnforcement())
        .allSatisfy(r -> assertThat(r.cautions()).isEmpty());
    assertThat(advice.recommendation(Strategy.HOT_SPOTS_POLICING).orElseThrow().cautions()).hasSize(1);
  }

  @Test
  void noCautionWithoutADecree() {
    Advice advice = advise(site().ratio(4).firearmShare(0.9));

    assertNotFired(advice, CONSENT_DECREE);
    assertThat(advice.recommendations()).allSatisfy(r -> assertThat(r.cautions()).isEmpty());
  }
}
