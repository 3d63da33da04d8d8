package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psp.rules.SiteSpec.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.Site;

/**
 * Whatever an added rule throws, a {@link Error} too, ends the evaluation of the one site it was
 * evaluated on: the advice names the rule (or its condition, or the function) and what happened, and
 * every other site of a batch is advised.
 */
class RuleErrorsTest {
  private static final String HEADER = """
      package org.psp.test.errors;
      import org.psp.model.Strategy;
      import org.psp.rules.facts.Assessment;
      import org.psp.rules.facts.Proposal;
      """;

  private static final Site TARGET = site().id("target").build();
  private static final Site OTHER = site().id("other").build();

  private static StrategyAdvisor advisor(Path dir, String rules) throws IOException {
    return StrategyAdvisor.builder().addRules(Files.writeString(dir.resolve("errors.drl"), HEADER + rules)).dataGaps(false)
        .build();
  }

  /** The batch of the target and another site: the target's error, the other's advice. */
  private static String batchError(StrategyAdvisor advisor) {
    List<AdviceOutcome> outcomes = advisor.adviseAll(List.of(TARGET, OTHER), AdviceYear.LATEST);
    assertThat(outcomes.get(1).advice()).as("the other site is advised").isPresent();
    assertThat(outcomes.get(0).advice()).isEmpty();
    return outcomes.get(0).error().orElseThrow();
  }

  @Test
  void aFunctionThatRecursesWithoutEndInAConsequenceIsNamedWithItsRule(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = advisor(dir, """
        function int deeper( int n ) { return deeper( n + 1 ) + 1; }
        rule "Recurses on the target"
        when
            $a : Assessment( siteId == "target" )
        then
            deeper( 0 );
        end
        """);

    assertThat(batchError(advisor)).startsWith("rule \"Recurses on the target\" (" + dir.resolve("errors.drl") + ":6) "
        + "failed in its consequence (after \"then\") in function deeper(): StackOverflowError: the calls went too deep");
  }

  @Test
  void anErrorThrownInAConsequenceIsNamedWithItsRule(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = advisor(dir, """
        rule "Asserts on the target"
        when
            $a : Assessment( siteId == "target" )
        then
            throw new AssertionError( "never here" );
        end
        """);

    assertThat(batchError(advisor)).isEqualTo("rule \"Asserts on the target\" (" + dir.resolve("errors.drl") + ":5) "
        + "failed in its consequence (after \"then\"): AssertionError: never here");
  }

  @Test
  void runningOutOfMemoryIsSaidAsSuchNotAsALoop(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = advisor(dir, """
        rule "Wants all the memory on the target"
        when
            $a : Assessment( siteId == "target" )
        then
            long[] all = new long[ Integer.MAX_VALUE ];
        end
        """);

    assertThat(batchError(advisor)).startsWith("rule \"Wants all the memory on the target\" (" + dir.resolve("errors.drl")
        + ":5) failed in its consequence (after \"then\"): it ran out of memory (OutOfMemoryError").doesNotContain("loop");
  }

  @Test
  void aConditionThatRecursesWithoutEndIsNamedByItsFunction(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = advisor(dir, """
        function boolean deeper( int n ) { return deeper( n + 1 ); }
        rule "Recursive condition"
        when
            $a : Assessment( siteId == "target" )
            eval( deeper( 0 ) )
        then
        end
        """);

    assertThat(batchError(advisor)).contains("function deeper()", "StackOverflowError: the calls went too deep");
  }

  @Test
  void aRuntimeExceptionInAnEvalNamesTheConditionsRule(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = advisor(dir, """
        function boolean positive( String s ) { return Integer.parseInt( s ) > 0; }
        rule "Reads a number that is none"
        when
            $a : Assessment( siteId == "target" )
            eval( positive( "x" ) )
        then
        end
        """);

    assertThat(batchError(advisor)).isEqualTo("a condition of rule \"Reads a number that is none\" ("
        + dir.resolve("errors.drl") + ":6) failed in function positive(): NumberFormatException: For input string: \"x\"");
  }

  @Test
  void aConditionStillRunningAtTheTimeLimitIsNamedNotADefaultRule(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("slow.drl"), HEADER + """
        function boolean slow( int n ) {
            long sum = 0;
            for ( long i = 0; i < 600000000L; i++ ) { sum += i % n; }
            return sum > 0;
        }
        rule "Slow condition"
        when
            $a : Assessment( siteId == "target" )
            eval( slow( 7 ) )
        then
        end
        """);
    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(file).timeLimit(Duration.ofMillis(200)).dataGaps(false)
        .build();

    assertThatThrownBy(() -> advisor.advise(TARGET)).isInstanceOf(AdviceException.class)
        .hasMessageContaining("a condition of rule \"Slow condition\" (" + file + ":10) in function slow() was still "
            + "being evaluated when the time limit of 200 ms passed")
        .hasMessageNotContaining("Eligib");
  }
}
