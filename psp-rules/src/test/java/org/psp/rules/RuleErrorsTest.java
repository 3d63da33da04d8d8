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
import org.junit.jupiter.api.parallel.Isolated;
import org.psp.model.AdviceException;
import org.psp.model.Site;

/**
 * Whatever an added rule throws, a {@link Error} too, ends the evaluation of the one site it was
 * evaluated on: the advice names the rule (or its condition, or the function) and what happened, and
 * every other site of a batch is advised.
 */
@Isolated // one of its tests has a time limit of 200 ms
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
    return outcomes.get(0).error().orElseThrow().message();
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

    assertThat(batchError(advisor)).isEqualTo("rule \"Asserts on the target\" failed in its consequence at "
        + dir.resolve("errors.drl") + ":9: AssertionError: never here");
  }

  @Test
  void aGroundThatDoesNotHoldIsSaidAtItsLineInTheProjectsWords(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = advisor(dir, """
        import org.psp.rules.facts.Because;
        rule "Task force on the target"
        when
            $a : Assessment( siteId == "target" )
        then
            String note = "the gang share is not checked";
            insert( new Proposal( $a, Strategy.ENFORCEMENT_TASK_FORCE,
                Because.atLeast( $a, "gangShare", "taskForceGangShare" ) ) );
        end
        """);

    // Was: "(errors.drl:6) failed in its consequence (after "then"): IllegalArgumentException: a proposal ..."
    assertThat(batchError(advisor)).isEqualTo("rule \"Task force on the target\" failed in its consequence at "
        + dir.resolve("errors.drl") + ":12: a proposal of ENFORCEMENT_TASK_FORCE gives as its ground gangShare >= "
        + "taskForceGangShare 0.2, which does not hold (the year gives no gangShare)");
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

    assertThat(batchError(advisor)).startsWith("rule \"Wants all the memory on the target\" failed in its consequence at "
        + dir.resolve("errors.drl") + ":9: it ran out of memory (OutOfMemoryError").doesNotContain("loop");
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

    // Only the function's own frames are left in the stack trace of so deep a recursion: its callers name the rule.
    assertThat(batchError(advisor)).isEqualTo("function deeper(), called by rule \"Recursive condition\" ("
        + dir.resolve("errors.drl") + ":6) in its condition eval( deeper( 0 ) ) (line 9), failed: StackOverflowError: the "
        + "calls went too deep (a function or method that calls itself without end?)");
  }

  /**
   * A recursive function called by two rules' evals, one through another function: both rules are
   * named, with their conditions, since the stack trace cannot say which was evaluated.
   */
  @Test
  void aRecursiveFunctionCalledByTwoRulesConditionsNamesBoth(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = advisor(dir, """
        function boolean deeper( int n ) { return deeper( n + 1 ); }
        function boolean viaDeeper( int n ) { return n > 0 && deeper( n ); }
        rule "Deep eval"
        when
            $a : Assessment( siteId == "target" )
            eval( deeper( 1 ) )
        then
        end
        rule "Deep eval, through another function"
        when
            $a : Assessment( siteId == "target" )
            eval( viaDeeper( 1 ) )
        then
        end
        """);

    assertThat(batchError(advisor)).isEqualTo("function deeper(), called by rule \"Deep eval\" (" + dir.resolve("errors.drl")
        + ":7) in its condition eval( deeper( 1 ) ) (line 10) and by rule \"Deep eval, through another function\" ("
        + dir.resolve("errors.drl") + ":13) in its condition eval( viaDeeper( 1 ) ) (line 16), through function viaDeeper(), "
        + "failed in one of them: StackOverflowError: the calls went too deep (a function or method that calls itself "
        + "without end?)");
  }

  /** A recursive function called in a pattern's constraint: the engine says which rule's constraint it was evaluating. */
  @Test
  void aRecursiveFunctionInAPatternsConstraintNamesItsRuleAndCondition(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = advisor(dir, """
        function boolean deeper( int n ) { return deeper( n + 1 ); }
        rule "Deep constraint"
        when
            $a : Assessment( siteId == "target",
                             deeper( population ) )
        then
        end
        """);

    assertThat(batchError(advisor)).isEqualTo("rule \"Deep constraint\" (" + dir.resolve("errors.drl") + ":6) failed in its "
        + "condition deeper( population ) (line 9) in function deeper(): StackOverflowError: the calls went too deep (a "
        + "function or method that calls itself without end?)");
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

    assertThat(batchError(advisor)).isEqualTo("rule \"Reads a number that is none\" (" + dir.resolve("errors.drl") + ":6) "
        + "failed in its condition eval( positive( \"x\" ) ) (line 9) in function positive(): NumberFormatException: For "
        + "input string: \"x\"");
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
