package org.psp.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psp.rules.InvalidRulesException;
import org.psp.rules.RuleProblem;
import org.psp.rules.StrategyAdvisor;
import picocli.CommandLine.Option;

/** The {@code --rules} option shared by the commands that advise. */
final class RuleOptions {

  @Option(names = "--rules", paramLabel = "PATH",
      description = "A .drl file or folder of them, added to the default rules (a rule with a default rule's "
          + "name replaces it). Repeatable.")
  List<Path> rules = new ArrayList<>();

  /**
   * The advisor with the default rules and these; empty, with each problem printed as
   * FILE:LINE:COLUMN: message, when the rules do not compile.
   */
  Optional<StrategyAdvisor> advisor(PrintWriter err) {
    try {
      return Optional.of(StrategyAdvisor.builder().addRules(rules).build());
    } catch (InvalidRulesException e) {
      print(e.problems(), err);
      return Optional.empty();
    }
  }

  static void print(List<RuleProblem> problems, PrintWriter err) {
    problems.forEach(err::println);
    err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the rules");
    err.flush();
  }
}
