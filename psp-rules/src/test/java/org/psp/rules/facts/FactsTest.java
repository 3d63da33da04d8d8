package org.psp.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psp.model.NationalRate;
import org.psp.model.Strategy;
import org.psp.rules.PolicySettings;
import org.psp.rules.SiteSpec;

/** What rules insert is checked when it is made, with the field named. */
class FactsTest {
  private static final Assessment ASSESSMENT =
      new Assessment(SiteSpec.site().build(), new NationalRate(SiteSpec.YEAR, 400, 5.0, "illustrative"),
          PolicySettings.defaults());

  @Test
  void everyFactNamesItsSite() {
    assertThatThrownBy(() -> new Proposal(null, Strategy.REENTRY, "why")).hasMessage("assessment");
    assertThatThrownBy(() -> Criterion.met(null, "commitment", "why")).hasMessage("assessment");
    assertThatThrownBy(() -> new Eligible(null)).hasMessage("assessment");
    assertThatThrownBy(() -> new Caution(null, "careful")).hasMessage("proposal");
    assertThatThrownBy(() -> new Priority(null, 1, "why")).hasMessage("proposal");
    assertThatThrownBy(() -> new Strengthen(null, "why")).hasMessage("proposal");
  }

  @Test
  void aPriorityIsFrom1To3() {
    Proposal proposal = new Proposal(ASSESSMENT, Strategy.REENTRY, "why");

    assertThatThrownBy(() -> new Priority(proposal, 0, "why")).hasMessage("priority of REENTRY must be from 1 to 3 but was 0");
    assertThatThrownBy(() -> new Priority(proposal, 4, "why")).hasMessage("priority of REENTRY must be from 1 to 3 but was 4");
    assertThat(new Priority(proposal, 3, "supporting").getLevel()).isEqualTo(3);
  }

  @Test
  void blankTextsAreRejectedByName() {
    assertThatThrownBy(() -> new Proposal(ASSESSMENT, Strategy.REENTRY, " ")).hasMessage("rationale must not be blank");
    assertThatThrownBy(() -> Criterion.unmet(ASSESSMENT, "commitment", ""))
        .hasMessage("reason of criterion \"commitment\" must not be blank");
    assertThatThrownBy(() -> new Caution(new Proposal(ASSESSMENT, Strategy.REENTRY, "why"), " "))
        .hasMessage("text of a caution on REENTRY must not be blank");
    assertThatThrownBy(() -> new Priority(new Proposal(ASSESSMENT, Strategy.REENTRY, "why"), 1, ""))
        .hasMessage("reason for a priority of REENTRY must not be blank");
    assertThatThrownBy(() -> new Strengthen(new Proposal(ASSESSMENT, Strategy.REENTRY, "why"), "\t"))
        .hasMessage("reason to strengthen REENTRY must not be blank");
  }
}
