package org.psp.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psp.model.NationalRate;
import org.psp.model.Strategy;
import org.psp.rules.SiteSpec;
import org.psp.rules.settings.PolicySettings;

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
    assertThatThrownBy(() -> new RankScore(null, "need", 1, "why")).hasMessage("proposal");
    assertThatThrownBy(() -> new RankWithin(null, "outcome", 1, "why")).hasMessage("proposal");
    assertThatThrownBy(() -> new Strengthen(null, "why")).hasMessage("proposal");
  }

  @Test
  void aRankScoreHasFinitePointsAndAPlacementARankOfAtLeast1() {
    Proposal proposal = new Proposal(ASSESSMENT, Strategy.REENTRY, "why");

    assertThatThrownBy(() -> new RankScore(proposal, "need", Double.NaN, "why"))
        .hasMessage("points of a rank score of REENTRY for need must be a finite number but were NaN");
    assertThatThrownBy(() -> new RankScore(proposal, " ", 1, "why")).hasMessage("factor of a rank score of REENTRY must not be blank");
    assertThatThrownBy(() -> new RankWithin(proposal, "outcome", 0, "why"))
        .hasMessage("a placement of REENTRY must be within a rank of at least 1 but was 0");
    assertThat(new RankScore(proposal, "need", -0.5, "why").getPoints()).isEqualTo(-0.5);
    assertThat(new RankWithin(proposal, "outcome", 3, "why").getWithin()).isEqualTo(3);
  }

  @Test
  void aDecidingFigureWeighsNeedByHowFarItIsBeyondItsThreshold() {
    DecidingFigure atThreshold = DecidingFigure.atLeast("nationalRatio", 2, 2);
    DecidingFigure twice = DecidingFigure.atLeast("nationalRatio", 4, 2);
    DecidingFigure cleared = DecidingFigure.below("homicideClearanceRate", 0.3, 0.5);

    assertThat(atThreshold.need()).isZero();
    assertThat(twice.excess()).isEqualTo(1);
    assertThat(twice.need()).isEqualTo(0.5);
    assertThat(cleared.excess()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(cleared.text()).isEqualTo("homicideClearanceRate 0.3, 40% below its threshold 0.5");
    assertThat(twice.text()).isEqualTo("nationalRatio 4, 100% above its threshold 2");
    assertThat(DecidingFigure.atLeast("firearmShare", 0.3, 0).excess()).isEqualTo(0.3);
    assertThatThrownBy(() -> DecidingFigure.atLeast("firearmShare", Double.NaN, 0.4))
        .hasMessage("value of the deciding figure firearmShare must be a finite number but was NaN");
    assertThatThrownBy(() -> DecidingFigure.atLeast("firearmShare", 0.5, -1))
        .hasMessage("threshold of the deciding figure firearmShare must be a finite number >= 0 but was -1.0");
    assertThat(new Proposal(ASSESSMENT, Strategy.HOT_SPOTS_POLICING, "why", twice).getDecidingFigure()).isEqualTo(twice);
    assertThat(new Proposal(ASSESSMENT, Strategy.REENTRY, "why").getDecidingFigure()).isNull();
  }

  @Test
  void blankTextsAreRejectedByName() {
    assertThatThrownBy(() -> new Proposal(ASSESSMENT, Strategy.REENTRY, " ")).hasMessage("rationale must not be blank");
    assertThatThrownBy(() -> Criterion.unmet(ASSESSMENT, "commitment", ""))
        .hasMessage("reason of criterion \"commitment\" must not be blank");
    assertThatThrownBy(() -> new Caution(new Proposal(ASSESSMENT, Strategy.REENTRY, "why"), " "))
        .hasMessage("text of a caution on REENTRY must not be blank");
    assertThatThrownBy(() -> new RankScore(new Proposal(ASSESSMENT, Strategy.REENTRY, "why"), "need", 1, ""))
        .hasMessage("reason for a rank score of REENTRY must not be blank");
    assertThatThrownBy(() -> new RankWithin(new Proposal(ASSESSMENT, Strategy.REENTRY, "why"), "outcome", 1, ""))
        .hasMessage("reason for a placement of REENTRY must not be blank");
    assertThatThrownBy(() -> new Strengthen(new Proposal(ASSESSMENT, Strategy.REENTRY, "why"), "\t"))
        .hasMessage("reason to strengthen REENTRY must not be blank");
  }
}
