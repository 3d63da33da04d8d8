package org.psp.rules.internal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psp.model.Problem;

/** Rules are policy, not programs: code that reaches outside the rule facts is refused at its place. */
class RuleReachTest {
  private static final String HEADER = """
      package org.psp.test.reach;
      import org.psp.model.Strategy;
      import org.psp.rules.facts.Assessment;
      import org.psp.rules.facts.Proposal;
      rule "Reaches out"
      when
          $a : Assessment()
      then
      """;

  /** The line of the consequence's first statement in {@link #HEADER} plus one statement. */
  private static final int LINE = 9;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "System.exit( 0 );|System reaches outside the rule facts",
      "System.out.println( \"advice\" );|System reaches outside the rule facts",
      "Runtime.getRuntime().exec( \"rm -rf /\" );|Runtime reaches outside the rule facts",
      "Thread.sleep( 1000 );|Thread reaches outside the rule facts",
      "new ProcessBuilder( \"sh\" ).start();|ProcessBuilder reaches outside the rule facts",
      "new java.io.File( \"/tmp/x\" ).delete();|java.io.File reaches outside the rule facts",
      "java.nio.file.Files.writeString( null, \"x\" );|java.nio.file.Files.writeString reaches outside the rule facts",
      "new java.net.Socket( \"example.org\", 80 );|java.net.Socket reaches outside the rule facts",
      "Class.forName( \"x.Y\" );|Class reaches outside the rule facts",
      "$a.getClass().getClassLoader();|getClass() reaches outside the rule facts",
      "Object o = String.class;|.class reaches outside the rule facts",
      "Strategy.REENTRY.getDeclaringClass();|getDeclaringClass() reaches outside the rule facts",
      "drools.getKieRuntime().halt();|drools.getKieRuntime reaches the engine behind the rules",
      "java.lang.System.exit( 1 );|java.lang.System.exit reaches outside the rule facts"})
  void codeThatReachesOutsideTheFactsIsRefusedAtItsPlace(String statement, String problem) {
    List<Problem> problems = RuleReach.check("reach.drl", HEADER + "    " + statement + "\nend\n");

    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0).toString()).startsWith("reach.drl:" + LINE + ":").contains(problem,
        "rules are policy, not programs", "trustedRules(true) (psp: --trusted-rules)");
  }

  @Test
  void anImportOrAGlobalOutsideTheFactsIsRefusedAndTheFactsAndPlainValuesAreNot() {
    String text = """
        package org.psp.test.reach;
        import java.io.File;
        import static java.lang.System.exit;
        import java.util.List;
        import java.util.Map;
        import org.psp.model.Capability;
        import org.psp.model.json.SiteFileReader;
        global java.io.PrintStream out;
        function double half( double x ) { return Math.max( 0, x ) / 2; }
        rule "Plain values"
        when
            $a : org.psp.rules.facts.Assessment( nationalRatio > half( 3.0 ) )
        then
            List<String> words = new java.util.ArrayList<>( List.of( String.format( "%.1f", $a.getNationalRatio() ) ) );
            String rule = drools.getRule().getName(); // System.exit in a comment, "Thread" in a text
        end
        """;

    assertThat(RuleReach.check("imports.drl", text)).extracting(Problem::toString).satisfiesExactly(
        p -> assertThat(p).startsWith("imports.drl:2:8: java.io.File reaches outside the rule facts"),
        p -> assertThat(p).startsWith("imports.drl:3:15: java.lang.System.exit reaches outside the rule facts"),
        p -> assertThat(p).startsWith("imports.drl:7:8: org.psp.model.json.SiteFileReader reaches outside"),
        p -> assertThat(p).startsWith("imports.drl:8:8: java.io.PrintStream reaches outside the rule facts"));
  }

  @Test
  void aPackageOfTheJdkOrOfTheEngineIsNoRuleFilesToTake() {
    assertThat(RuleReach.check("package.drl", "package java.io;\nrule \"x\" when then end\n"))
        .extracting(Problem::toString).singleElement().asString()
        .startsWith("package.drl:1:9: package java.io is not a rule file's to take");
  }

  @Test
  void theDefaultRulesPass() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/psp/rules/policy"))) {
      List<Path> drl = files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
      assertThat(drl).hasSizeGreaterThan(5);
      for (Path file : drl) {
        assertThat(RuleReach.check(file.toString(), Files.readString(file))).as(file.toString()).isEmpty();
      }
    }
  }
}
