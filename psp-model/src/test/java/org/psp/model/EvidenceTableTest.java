package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundled evidence and its summaries: honest about raters, levels, outcomes and disagreement. */
class EvidenceTableTest {
  private static final EvidenceTable TABLE = EvidenceTable.bundled();

  @Test
  void theBundledTableHasItsSixtyNineRowsEachCheckedAndSourced() {
    int rows = 0;
    for (Strategy s : Strategy.values()) {
      rows += TABLE.rows(s).size();
      assertThat(TABLE.rows(s)).as("%s", s).isNotEmpty()
          .allSatisfy(e -> assertThat(e.sourceUrl()).startsWith("http"));
    }
    assertThat(rows).isEqualTo(69);
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void everyStrategyHasASummaryThatNamesItsOutcome(Strategy strategy) {
    EvidenceTable.Summary summary = TABLE.summary(strategy);

    assertThat(summary.text()).isNotBlank().contains("outcome");
    // A rating never stands without its level and outcome; no rating is said plainly.
    if (summary.isRated()) {
      assertThat(summary.text()).containsPattern(": [^;]+ — [^;]+; outcome");
    } else {
      assertThat(summary.text()).startsWith("no rating found");
    }
  }

  @Test
  void disagreeingRowsGiveBothSides() {
    String drugs = TABLE.summary(Strategy.DRUG_TRAFFICKING_ENFORCEMENT).text();

    assertThat(drugs).startsWith("CrimeSolutions: Promising — practice, from a meta-analysis; outcome: ")
        .contains("but CrimeSolutions: No Effects — practice, from a meta-analysis; outcomes: ")
        .contains("Property offenses");
  }

  @Test
  void aProgramRatingIsNeverPresentedAsAPracticeRating() {
    for (Strategy s : Strategy.values()) {
      EvidenceTable.Summary summary = TABLE.summary(s);
      summary.strongest().filter(e -> e.level() == Evidence.Level.PROGRAM).ifPresent(e ->
          assertThat(summary.text()).as("%s", s).contains("one program, not the practice").doesNotContain(": practice"));
    }
    assertThat(TABLE.summary(Strategy.FEDERAL_PROSECUTION).text())
        .isEqualTo("CrimeSolutions: Promising — one program, not the practice; outcome: Violent crime (city level)");
    // A practice rating, where one exists, comes before a stronger-sounding rating of one program.
    assertThat(TABLE.summary(Strategy.FOCUSED_DETERRENCE).text()).startsWith("CrimeSolutions: Promising — practice, from a meta-analysis");
  }

  @Test
  void noRatingFoundIsSaidPlainlyWithWhatWasFound() {
    assertThat(TABLE.summary(Strategy.PEER_EXCHANGE).text()).startsWith("no rating found; outcome looked for: ");
    assertThat(TABLE.summary(Strategy.CRIME_GUN_INTELLIGENCE).text()).startsWith("no rating found; unrated evidence: quasi-experiment");
    assertThat(TABLE.summary(Strategy.PEER_EXCHANGE).isRated()).isFalse();
  }

  @Test
  void aBadRowIsRefusedWithItsLineAndColumn() {
    String header = "strategy,rater,rating,level,outcome,source_title,source_url,finding\n";

    assertThatThrownBy(() -> EvidenceTable.parse("t.csv", header + "REENTRY,Nobody,Good,program,crime,t,https://x,f\n"))
        .hasMessageContaining("t.csv:2:9: unknown rater \"Nobody\"");
    assertThatThrownBy(() -> EvidenceTable.parse("t.csv", header + "REENTRY,CrimeSolutions,Not rated (x),program,crime,t,https://x,f\n"))
        .hasMessageContaining("t.csv:2: a row rated by CrimeSolutions must give the rating, not \"Not rated (x)\"");
    assertThatThrownBy(() -> EvidenceTable.parse("t.csv", header + "REENTRY,none,Not rated (x),program,crime,t,,f\n"))
        .hasMessageContaining("t.csv:2: sourceUrl of the evidence on REENTRY must not be blank");
  }
}
