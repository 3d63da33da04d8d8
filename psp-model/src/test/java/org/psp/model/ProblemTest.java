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
    assertThat(Problem.warningInFile("rules/extra.drl", 3, 1, "firearmShare >= 40 compares a share with 40"))
        .hasToString("rules/extra.drl:3:1: warning: firearmShare >= 40 compares a share with 40")
        .satisfies(p -> assertThat(p.isError()).isFalse());
    assertThat(Problem.inFile("rules", 0, 0, "the folder has no .drl file")).hasToString("rules:0:0: the folder has no .drl file");
  }

  @Test
  void aFilesProblemTakesThePathItIsAboutOnItsOwnSoItCannotBeTakenForTheMessage() {
    Problem unknown = Problem.inFile("settings.properties", 3, 0, "unknown setting \"eligibilityRatoi\"");
    Problem about = unknown.about("eligibilityRatoi");
    assertThat(about.path()).isEqualTo("eligibilityRatoi");
    assertThat(about.message()).isEqualTo(unknown.message());
    assertThat(about).hasToString("settings.properties:3: unknown setting \"eligibilityRatoi\"")
        .isEqualTo(new Problem("settings.properties", 3, 0, "", "eligibilityRatoi", unknown.message(), Problem.Severity.ERROR));
    assertThat(Problem.warningInFile("rates.csv", 2, 4, "odd").about("basis").isError()).isFalse();
    assertThatThrownBy(() -> unknown.about(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path of a problem must not be blank but was \" \"");
  }

  @Test
  void aLineWithoutAColumnIsWrittenWithoutOneAndAFilesProblemIsPlacedByItsLineNotItsPath() {
    Problem twice = Problem.inFile("settings.properties", 2, 0, "eligibilityRatio is set again (first on line 1)").about("eligibilityRatio");
    assertThat(twice).hasToString("settings.properties:2: eligibilityRatio is set again (first on line 1)");
    assertThat(twice.path()).isEqualTo("eligibilityRatio");
    assertThat(Problem.inFile("rates.csv", 4, 16, "basis must be \"first published\" or \"later estimate\"").about("basis"))
        .hasToString("rates.csv:4:16: basis must be \"first published\" or \"later estimate\"");
  }

  @Test
  void aValuesProblemIsAtItsPath() {
    assertThat(Problem.atPath("robberies", "must be >= 0 but was -4")).hasToString("robberies: must be >= 0 but was -4")
        .satisfies(p -> assertThat(p.site()).isEmpty());
  }

  @Test
  void anInvalidValueExceptionSaysEveryProblemAValuesPathLeadingItsMessage() {
    InvalidValueException values = new InvalidValueException("YearlyStatistics", java.util.List.of(
        Problem.atPath("robberies", "must be >= 0 but was -4"), Problem.atPath("year", "must be a year from 1990 to 2100 but was 1")));
    assertThat(values).hasMessage("invalid YearlyStatistics: robberies must be >= 0 but was -4; year must be a year from 1990 "
        + "to 2100 but was 1");
    InvalidValueException file = new InvalidValueException("national rates table", java.util.List.of(
        Problem.inFile("rates.csv", 4, 1, "expected 6 columns but found 1")));
    assertThat(file).hasMessage("invalid national rates table: rates.csv:4:1: expected 6 columns but found 1");
    assertThatThrownBy(() -> new InvalidValueException("Site", java.util.List.of()))
        .hasMessage("an InvalidValueException needs at least one problem");
  }

  @Test
  void aSiteFilesProblemNamesTheSiteAndThePathLeavingOutWhatIsEmpty() {
    assertThat(Problem.inSite("baltimore-md", "must be >= 0 but was -4").about("statistics[0].robberies"))
        .hasToString("baltimore-md: statistics[0].robberies: must be >= 0 but was -4");
    assertThat(Problem.atPath("statistics[0].robberies", "must be >= 0 but was -4").ofSite("sites[3]"))
        .hasToString("sites[3]: statistics[0].robberies: must be >= 0 but was -4");
    assertThat(Problem.inSite("baltimore-md", "no statistics for 2018")).hasToString("baltimore-md: no statistics for 2018");
    assertThat(Problem.inSite("", "line 1, column 2: not JSON")).hasToString("line 1, column 2: not JSON")
        .satisfies(p -> assertThat(p.isError()).isTrue());
  }

  @Test
  void aMessageGivenInPlaceOfTheSiteIsRefusedNamingIt() {
    assertThatThrownBy(() -> Problem.inSite("no statistics for 2018", "baltimore-md"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site of a problem must be a site's id ([a-z0-9-]+), sites[i] or empty but was \"no statistics for 2018\""
            + " (a message in its place?)");
    assertThatThrownBy(() -> new AdviceException("no statistics for 2018", "baltimore-md"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was \"no statistics for 2018\"");
    assertThatThrownBy(() -> new AdviceException("", "no statistics for 2018"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an AdviceException needs the id of its site but was \"\" (reason: no statistics for 2018)");
    assertThatThrownBy(() -> new AdviceException("baltimore-md", null))
        .isInstanceOf(NullPointerException.class).hasMessage("reason");
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
