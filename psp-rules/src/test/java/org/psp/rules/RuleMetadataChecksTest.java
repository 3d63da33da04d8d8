package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.Problem;
import org.psp.model.Strategy;
import org.psp.rules.catalog.RuleInfo;

/**
 * A rule says what it proposes and reads in its metadata, {@code @proposes(...)} and {@code
 * @reads(...)}; compiling checks that against what the rule does, each disagreement an error at the
 * FILE:LINE of each side, and a rule that proposes or reads without saying so a warning that writes
 * the line to add.
 */
class RuleMetadataChecksTest {
  private static final String HEADER = """
      package org.psp.test.metadata;
      import org.psp.model.Strategy;
      import org.psp.rules.facts.Assessment;
      import org.psp.rules.facts.Proposal;
      """; // 4 lines: the rule's own lines start at 5

  private static List<Problem> validate(Path dir, String rules) throws IOException {
    return StrategyAdvisor.validate(List.of(Files.writeString(dir.resolve("metadata.drl"), HEADER + rules)));
  }

  private static List<String> lines(List<Problem> problems) {
    return problems.stream().map(Problem::toString).toList();
  }

  @Test
  void aRuleThatSaysWhatItDoesIsListedSoAndHasNoProblem(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("metadata.drl"), HEADER + """
        rule "Technology: far above the rate"
            @proposes(TECHNOLOGY) @reads(technologyRatio)
        when
            $a : Assessment( nationalRatio >= settings.technologyRatio )
        then
            insert( new Proposal( $a, Strategy.TECHNOLOGY, "illustrative" ) );
        end
        """);

    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(file).build();

    assertThat(advisor.warnings()).isEmpty();
    assertListedAsProposingTechnologyAndReadingItsRatio(advisor, "Technology: far above the rate");
  }

  private static void assertListedAsProposingTechnologyAndReadingItsRatio(StrategyAdvisor advisor, String name) {
    RuleInfo rule = advisor.rule(name).orElseThrow();
    assertThat(rule.strategies()).containsExactly(Strategy.TECHNOLOGY);
    assertThat(rule.settings()).containsExactly("technologyRatio");
  }

  @Test
  void aProposalOfAStrategyTheMetadataDoesNotNameIsAnErrorNamingBoth(@TempDir Path dir) throws IOException {
    List<Problem> problems = validate(dir, """
        rule "Says crime analysis, proposes technology"
            @proposes(CRIME_ANALYSIS)
        when
            $a : Assessment()
        then
            insert( new Proposal( $a, Strategy.TECHNOLOGY, "illustrative" ) );
        end
        """);

    String file = dir.resolve("metadata.drl").toString();
    assertThat(lines(problems)).containsExactly(
        file + ":6:15: rule \"Says crime analysis, proposes technology\" declares @proposes(CRIME_ANALYSIS), but its "
            + "consequence never proposes CRIME_ANALYSIS (no new Proposal( $a, Strategy.CRIME_ANALYSIS, ... )): remove "
            + "CRIME_ANALYSIS from @proposes, or propose it",
        file + ":10:40: rule \"Says crime analysis, proposes technology\" proposes TECHNOLOGY here, but its "
            + "@proposes(CRIME_ANALYSIS) (line 6) does not name it: add TECHNOLOGY to @proposes, so that the catalog of "
            + "rules, explain and the data gaps know the rule can propose it");
  }

  @Test
  void aSettingReadButNotDeclaredAndOneDeclaredButNotReadAreErrors(@TempDir Path dir) throws IOException {
    List<Problem> problems = validate(dir, """
        rule "Hot spots: reads another setting than it says"
            @proposes(HOT_SPOTS_POLICING) @reads(hotSpotsRatio)
        when
            $a : Assessment( nationalRatio >= settings.technologyRatio )
        then
            insert( new Proposal( $a, Strategy.HOT_SPOTS_POLICING, "illustrative" ) );
        end
        """);

    String file = dir.resolve("metadata.drl").toString();
    assertThat(lines(problems)).containsExactly(
        file + ":6:42: rule \"Hot spots: reads another setting than it says\" declares @reads(hotSpotsRatio), but never "
            + "reads hotSpotsRatio: remove it from @reads, or read it",
        file + ":8:48: rule \"Hot spots: reads another setting than it says\" reads setting technologyRatio here, but its "
            + "@reads(hotSpotsRatio) (line 6) does not name it: add technologyRatio to @reads, so that the catalog of rules "
            + "lists it");
  }

  @Test
  void aNameThatIsNoStrategyOrNoSettingIsAnErrorWithTheNearestName(@TempDir Path dir) throws IOException {
    List<Problem> problems = validate(dir, """
        rule "Misspelt metadata"
            @proposes(TECHNOLGY) @reads(technologyRatoi)
        when
            $a : Assessment()
        then
        end
        """);

    assertThat(problems).extracting(Problem::message).containsExactly(
        "rule \"Misspelt metadata\": @proposes(TECHNOLGY) names \"TECHNOLGY\", which is no strategy; did you mean TECHNOLOGY?",
        "rule \"Misspelt metadata\": @reads(technologyRatoi) names \"technologyRatoi\", which is no setting; did you mean "
            + "technologyRatio?");
  }

  @Test
  void anInterventionsStrategyIsAnyAndMustBeDeclaredSo(@TempDir Path dir) throws IOException {
    List<Problem> problems = validate(dir, """
        import org.psp.model.Intervention;
        rule "Keeps an intervention, says technology"
            @proposes(TECHNOLOGY)
        when
            $a : Assessment()
            $i : Intervention() from $a.activeInterventions
        then
            insert( new Proposal( $a, $i, "illustrative" ) );
        end
        rule "Says any, proposes technology"
            @proposes(ANY)
        when
            $a : Assessment()
        then
            insert( new Proposal( $a, Strategy.TECHNOLOGY, "illustrative" ) );
        end
        """);

    assertThat(problems).extracting(Problem::line, Problem::message).contains(
        org.assertj.core.groups.Tuple.tuple(12, "rule \"Keeps an intervention, says technology\" proposes the strategy of "
            + "an intervention it matched here, which can be any strategy, but its @proposes(TECHNOLOGY) (line 7) does not "
            + "say so: write @proposes(ANY)"),
        org.assertj.core.groups.Tuple.tuple(15, "rule \"Says any, proposes technology\" declares @proposes(ANY), which is "
            + "for a rule that proposes the strategy of an intervention it matched (new Proposal( $a, $i, ... ) with $i : "
            + "Intervention( ... )), but its consequence proposes none: name the strategies it proposes instead, "
            + "@proposes(TECHNOLOGY)"));
  }

  /**
   * A rule without metadata still works, as rule files written before it do: the catalog takes what
   * its text proposes and reads, and a warning writes the line to add.
   */
  @Test
  void aRuleWithoutMetadataIsAWarningThatWritesTheLineAndIsListedFromItsText(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("metadata.drl"), HEADER + """
        rule "Technology: no metadata"
        when
            $a : Assessment( nationalRatio >= settings.technologyRatio )
        then
            insert( new Proposal( $a, Strategy.TECHNOLOGY, "illustrative" ) );
        end
        """);

    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(file).build();

    assertThat(lines(advisor.warnings())).containsExactly(file + ":5:1: warning: rule \"Technology: no metadata\" does not "
        + "say what it proposes and reads: write @proposes(TECHNOLOGY) @reads(technologyRatio) on the line under its name; "
        + "meanwhile the catalog of rules takes it from the rule's text");
    assertListedAsProposingTechnologyAndReadingItsRatio(advisor, "Technology: no metadata");
  }

  @Test
  void aMisspeltKeyIsAWarning(@TempDir Path dir) throws IOException {
    List<Problem> problems = validate(dir, """
        rule "Technology: misspelt key"
            @propose(TECHNOLOGY)
        when
            $a : Assessment()
        then
            insert( new Proposal( $a, Strategy.TECHNOLOGY, "illustrative" ) );
        end
        """);

    assertThat(problems).extracting(Problem::message).contains(
        "rule \"Technology: misspelt key\": @propose is metadata nobody reads; did you mean @proposes?");
  }
}
