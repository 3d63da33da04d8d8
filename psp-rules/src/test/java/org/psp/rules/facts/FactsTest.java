package org.psp.rules.facts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psp.model.Strategy;
import org.psp.rules.PolicySettings;
import org.psp.rules.SiteSpec;

/** What rules insert is checked when it is made, with the field named. */
class FactsTest {
  private static final Assessment ASSESSMENT =
      new Assessment(SiteSpec.site().build(), SiteSpec.YEAR, 400, PolicySettings.defaults());

  @Test
  void everyFactNamesItsSite() {
    assertThatThrownBy(() -> new Proposal(null, Strategy.REENTRY, "why")).hasMessage("assessment");
    assertThatThrownBy(() -> Criterion.met(null, "commitment", "why")).hasMessage("assessment");
    assertThatThrownBy(() -> new Eligible(null)).hasMessage("assessment");
    assertThatThrownBy(() -> new Caution(null, "careful")).hasMessage("proposal");
  }

  @Test
  void blankTextsAreRejectedByName() {
    assertThatThrownBy(() -> new Proposal(ASSESSMENT, Strategy.REENTRY, " ")).hasMessage("rationale must not be blank");
    assertThatThrownBy(() -> Criterion.unmet(ASSESSMENT, "commitment", ""))
        .hasMessage("reason of criterion \"commitment\" must not be blank");
    assertThatThrownBy(() -> new Caution(new Proposal(ASSESSMENT, Strategy.REENTRY, "why"), " "))
        .hasMessage("text of a caution on REENTRY must not be blank");
  }
}
