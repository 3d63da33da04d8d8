package org.psp.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.psp.model.Ground;
import org.psp.model.Measure;
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
    assertThatThrownBy(() -> Criterion.met(null, "commitment", Because.words("why"))).hasMessage("assessment");
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
  void pointsAreGivenInARulesConsequenceOnly() {
    Proposal proposal = new Proposal(ASSESSMENT, Strategy.REENTRY, "why");

    assertThatThrownBy(() -> proposal.score("need", 1, "why")).isInstanceOf(IllegalStateException.class)
        .hasMessage("points are given to a proposal ($r.score) in a rule's consequence, while the engine runs the rules; "
            + "no run of the rules is open on this thread");
  }

  @Test
  void theDecidingFigureIsTheGroundFurthestBeyondItsSettingWeighedAsNeed() {
    Ground.FigureAgainstSetting atThreshold = figure("nationalRatio", 2, 2, Ground.Comparison.AT_LEAST);
    Ground.FigureAgainstSetting twice = figure("nationalRatio", 4, 2, Ground.Comparison.AT_LEAST);
    Ground.FigureAgainstSetting cleared = figure("homicideClearanceRate", 0.3, 0.5, Ground.Comparison.BELOW);

    assertThat(atThreshold.need()).isZero();
    assertThat(twice.excess()).isEqualTo(1);
    assertThat(twice.need()).isEqualTo(0.5);
    assertThat(cleared.excess()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(figure("firearmShare", 0.3, 0, Ground.Comparison.AT_LEAST).excess()).isEqualTo(0.3);
    assertThatThrownBy(() -> figure("firearmShare", Double.NaN, 0.4, Ground.Comparison.AT_LEAST))
        .hasMessage("value of firearmShare must be a finite number but was OptionalDouble[NaN]");
    assertThatThrownBy(() -> figure("firearmShare", 0.5, -1, Ground.Comparison.AT_LEAST))
        .hasMessage("threshold s of firearmShare must be a finite number >= 0 but was -1.0");
    assertThat(new Proposal(ASSESSMENT, Strategy.HOT_SPOTS_POLICING, atThreshold, twice).getDecidingFigure()).isEqualTo(twice);
    assertThat(new Proposal(ASSESSMENT, Strategy.REENTRY, "why").getDecidingFigure()).isNull();
  }

  @Test
  void aProposalsFigureMustHoldAndAProposalGivesAGround() {
    Ground.FigureAgainstSetting short_ = figure("firearmShare", 0.3, 0.4, Ground.Comparison.AT_LEAST);

    assertThatThrownBy(() -> new Proposal(ASSESSMENT, Strategy.FEDERAL_PROSECUTION, short_))
        .hasMessage("a proposal of FEDERAL_PROSECUTION gives as its ground firearmShare >= s 0.4, which does not hold "
            + "(firearmShare is 0.3)");
    assertThatThrownBy(() -> new Proposal(ASSESSMENT, Strategy.FEDERAL_PROSECUTION, Because.atLeast(ASSESSMENT, "firearmShare",
        "federalProsecutionFirearmShare")))
        .hasMessage("a proposal of FEDERAL_PROSECUTION gives as its ground firearmShare >= federalProsecutionFirearmShare 0.4, "
            + "which does not hold (the year gives no firearmShare)");
    assertThatThrownBy(() -> new Proposal(ASSESSMENT, Strategy.REENTRY))
        .hasMessage("a proposal of REENTRY must give at least one ground (see Because)");
    assertThatThrownBy(() -> Because.atLeast(ASSESSMENT, "firarmShare", "federalProsecutionFirearmShare"))
        .hasMessage("no figure is named \"firarmShare\"; did you mean \"firearmShare\"?");
    assertThatThrownBy(() -> Because.figure(ASSESSMENT, "juvenileShare")).hasMessage("no figure is named \"juvenileShare\"; "
        + "name one of " + String.join(", ", Measure.keys()));
    assertThatThrownBy(() -> Because.atLeast(ASSESSMENT, "firearmShare", "federalProsecutionFirearmShar"))
        .hasMessageStartingWith("no setting is named \"federalProsecutionFirearmShar\"");
  }

  private static Ground.FigureAgainstSetting figure(String figure, double value, double threshold, Ground.Comparison comparison) {
    return new Ground.FigureAgainstSetting(figure, OptionalDouble.of(value), "s", threshold, comparison);
  }

  @Test
  void blankTextsAreRejectedByName() {
    assertThatThrownBy(() -> new Proposal(ASSESSMENT, Strategy.REENTRY, " ")).hasMessage("rationale of a proposal of REENTRY must not be blank");
    assertThatThrownBy(() -> Criterion.unmet(ASSESSMENT, " ", Because.words("why")))
        .hasMessage("name of a criterion must not be blank");
    assertThatThrownBy(() -> new Caution(new Proposal(ASSESSMENT, Strategy.REENTRY, "why"), " "))
        .hasMessage("caution on REENTRY must not be blank");
    assertThatThrownBy(() -> new RankScore(new Proposal(ASSESSMENT, Strategy.REENTRY, "why"), "need", 1, ""))
        .hasMessage("reason for a rank score of REENTRY must not be blank");
    assertThatThrownBy(() -> new RankWithin(new Proposal(ASSESSMENT, Strategy.REENTRY, "why"), "outcome", 1, ""))
        .hasMessage("reason for a placement of REENTRY must not be blank");
    assertThatThrownBy(() -> new Strengthen(new Proposal(ASSESSMENT, Strategy.REENTRY, "why"), "\t"))
        .hasMessage("reason to strengthen REENTRY must not be blank");
  }
}
