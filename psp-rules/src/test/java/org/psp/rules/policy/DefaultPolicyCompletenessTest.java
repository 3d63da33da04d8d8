package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psp.model.Strategy;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.catalog.RuleInfo;

/**
 * What CONTRIBUTING.md's "Add a strategy" asks for, each step held by a test: every strategy has a
 * default rule that proposes it (its .drl rule), every default rule is named in the test of its file
 * (its test), and the default rules say what they propose and read in their metadata, as a rule
 * author's are checked (validate finds nothing). The evidence row and the README table have their
 * own tests (EvidenceTableTest, StrategyTableTest in psp-model).
 */
class DefaultPolicyCompletenessTest {
  private static final Path POLICY = Path.of("src/main/resources/org/psp/rules/policy");
  private static final Path POLICY_TESTS = Path.of("src/test/java/org/psp/rules/policy");
  private static final List<RuleInfo> RULES = StrategyAdvisor.withDefaultPolicy().rules();

  @Test
  void theDefaultPolicyValidatesWithoutAProblemAsARuleAuthorsFilesWould() {
    assertThat(StrategyAdvisor.validate(List.of(POLICY))).isEmpty();
  }

  @Test
  void everyStrategyIsProposedByADefaultRuleThatNamesIt() {
    List<Strategy> unproposed = Arrays.stream(Strategy.values())
        .filter(s -> RULES.stream().noneMatch(r -> r.strategies().contains(s) && r.strategies().size() < Strategy.values().length))
        .toList();

    assertThat(unproposed).as("strategies that no default rule's @proposes names (add its rule, CONTRIBUTING.md)").isEmpty();
  }

  @Test
  void everyDefaultRuleIsNamedInTheTestOfItsFile() throws IOException {
    int checked = 0;
    for (RuleInfo rule : RULES) {
      Path test = POLICY_TESTS.resolve(testClassOf(rule.file()) + ".java");
      assertThat(test).as("the test of %s", rule.file()).exists();
      assertThat(Files.readString(test, StandardCharsets.UTF_8)).as("%s names rule \"%s\"", test, rule.name())
          .contains("\"" + rule.name() + "\"");
      checked++;
    }
    assertThat(checked).isEqualTo(RULES.size()).isGreaterThan(40);
  }

  /** {@code org/psp/rules/policy/60-analysis-technology-investigations.drl} → {@code AnalysisTechnologyInvestigationsRulesTest}. */
  static String testClassOf(String file) {
    String name = Path.of(file).getFileName().toString().replaceFirst("^\\d+-", "").replaceFirst("\\.drl$", "");
    return Arrays.stream(name.split("-")).map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
        .collect(Collectors.joining()) + "RulesTest";
  }
}
