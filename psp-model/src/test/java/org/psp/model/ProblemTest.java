package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A problem says its place, as much of it as is known, then what is wrong. */
class ProblemTest {

  @Test
  void aRuleFilesProblemIsWrittenAsCompilersWriteThem() {
    assertThat(Problem.inFile("rules/extra.drl", 12, 5, "unknown field \"firearmShar\""))
        .hasToString("rules/extra.drl:12:5: unknown field \"firearmShar\"");
    assertThat(Problem.warningInFile("rules/extra.drl", 3, 0, "firearmShare >= 40 compares a share with 40"))
        .hasToString("rules/extra.drl:3:0: warning: firearmShare >= 40 compares a share with 40")
        .satisfies(p -> assertThat(p.isError()).isFalse());
  }

  @Test
  void aSiteFilesProblemNamesTheSiteAndThePathLeavingOutWhatIsEmpty() {
    assertThat(Problem.inSite("baltimore-md", "statistics[0].robberies", "must be >= 0 but was -4"))
        .hasToString("baltimore-md: statistics[0].robberies: must be >= 0 but was -4");
    assertThat(Problem.inSite("baltimore-md", "", "no statistics for 2018")).hasToString("baltimore-md: no statistics for 2018");
    assertThat(Problem.inSite("", "", "line 1, column 2: not JSON")).hasToString("line 1, column 2: not JSON")
        .satisfies(p -> assertThat(p.isError()).isTrue());
  }

  @Test
  void aLongMessageIsCutSayingHowMuchAndAPlaceIsNeverNegative() {
    Problem problem = Problem.inFile("x.drl", 1, 1, "x".repeat(Problem.MAX_MESSAGE + 1_234));
    assertThat(problem.message()).hasSize(Problem.MAX_MESSAGE + "... (1,234 more characters)".length())
        .endsWith("x... (1,234 more characters)");
    assertThatThrownBy(() -> Problem.inFile("x.drl", -1, 0, "wrong"))
        .hasMessage("line and column must be >= 0 but were -1 and 0");
  }
}
