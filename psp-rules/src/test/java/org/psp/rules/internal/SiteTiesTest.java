package org.psp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psp.rules.RuleProblem;

/** Which rules tie the facts they match to one site, the only rules that are right when sites share a session. */
class SiteTiesTest {

  private static List<String> problems(String conditions) {
    String drl = """
        package org.psp.test.ties;
        import org.psp.rules.facts.*;
        rule "Under test"
        when
        %s
        then
        end
        """.formatted(conditions);
    return SiteTies.check("ties.drl", drl).stream().map(RuleProblem::toString).toList();
  }

  @Test
  void onePatternNeedsNoTie() {
    assertThat(problems("    Proposal( strategy == Strategy.REENTRY )")).isEmpty();
  }

  @Test
  void factsOfNoSiteNeedNoTie() {
    assertThat(problems("    PolicySettings()\n    $a : Assessment()")).isEmpty();
  }

  @Test
  void aTieFromEitherSideIsATie() {
    assertThat(problems("    $a : Assessment()\n    Proposal( assessment == $a )")).isEmpty();
    assertThat(problems("    $a : Assessment()\n    Proposal( $a == assessment )")).isEmpty();
    assertThat(problems("    $r : Proposal()\n    Assessment( this == $r.assessment )")).isEmpty();
    assertThat(problems("    $r : Proposal()\n    Caution( assessment == $r.getAssessment() )")).isEmpty();
  }

  @Test
  void aBoundAssessmentTiesLikeThePatternsOwn() {
    assertThat(problems("    Proposal( $a : assessment )\n    not Criterion( assessment == $a )")).isEmpty();
  }

  @Test
  void tiesChainThroughTheRule() {
    assertThat(problems("""
            $a : Assessment()
            $r : Proposal( assessment == $a )
            Caution( assessment == $r.assessment )
        """)).isEmpty();
  }

  @Test
  void anUntiedNegationIsReportedAtItsPosition() {
    assertThat(problems("    $a : Assessment()\n    not Proposal( strategy == Strategy.REENTRY )")).singleElement()
        .satisfies(p -> assertThat(p).startsWith("ties.drl:6:9: Proposal in rule \"Under test\" is not tied"));
  }

  @Test
  void aJoinOnAnotherFieldIsNoTie() {
    assertThat(problems("    $r : Proposal( $s : strategy )\n    Assessment( hasActiveIntervention( $s ) )")).singleElement()
        .satisfies(p -> assertThat(p).startsWith("ties.drl:6:5: Assessment in rule \"Under test\" is not tied")
            .endsWith("bind it, $a : Assessment( ... ), and tie the rule's Proposal to it: Proposal( assessment == $a, ... )"));
  }

  @Test
  void patternsInsideExistsOrAndAccumulateAreChecked() {
    assertThat(problems("    $a : Assessment()\n    exists Eligible()")).hasSize(1);
    assertThat(problems("    $a : Assessment()\n    ( Eligible( assessment == $a ) or Criterion( met == false ) )")).hasSize(1);
    assertThat(problems("""
            $a : Assessment()
            accumulate( Proposal( enforcement == true ); $n : count( 1 ) )
        """)).hasSize(1);
    assertThat(problems("""
            $a : Assessment()
            accumulate( Proposal( assessment == $a, enforcement == true ); $n : count( 1 ) )
        """)).isEmpty();
  }

  @Test
  void aFileThatDoesNotParseIsLeftToTheCompiler() {
    assertThat(SiteTies.check("bad.drl", "rule \"x\" when Assessment( >= 1 ) then end")).isEmpty();
  }
}
