package org.psp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.psp.examples.scenario.Scenario;
import org.psp.examples.scenario.ScenarioReader;
import org.psp.model.Problem;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.catalog.Explanation;
import org.psp.rules.catalog.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code psp test}: runs rule authors' scenario files against the rules. */
@Command(mixinStandardHelpOptions = true,
    description = "Runs scenario files (*.scenario.json, or folders of them) with the default rules and any "
        + "--rules; prints each failure and ends with the line 'N passed, N failed'.")
final class TestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "A scenario file or a folder of them.")
  List<Path> paths;

  @Mixin RuleOptions ruleOptions;

  @Option(names = "--coverage", description = "After the results, list the rules in force that no scenario fired.")
  boolean coverage;

  /**
   * Why a strategy a scenario expected was not recommended, a line a rule that can propose it: the
   * first of its conditions that failed, or else could not be decided for a missing figure.
   */
  static String whyNot(Explanation e) {
    StringBuilder text = new StringBuilder();
    String nl = System.lineSeparator();
    text.append("  why not ").append(e.strategy()).append(':').append(nl);
    if (e.rules().isEmpty()) {
      text.append("    no rule in force can propose it").append(nl);
    }
    for (Explanation.RuleCheck rule : e.rules()) {
      text.append("    rule \"").append(Terminal.safe(rule.rule().name())).append("\" (").append(Terminal.safe(rule.rule().file()))
          .append(':').append(rule.rule().line()).append(')');
      Optional<Explanation.ConditionCheck> reason = rule.firstFailed()
          .or(() -> rule.conditions().stream().filter(c -> c.held() == null).findFirst());
      if (reason.isEmpty()) {
        text.append(rule.fired() ? ": fired" : ": did not fire, though every condition it could check held");
      } else {
        Explanation.ConditionCheck c = reason.get();
        text.append(c.held() == null ? ": could not decide" : ": failed").append(" line ").append(c.line()).append(": ")
            .append(Terminal.safe(c.text()));
        if (!c.values().isEmpty()) {
          List<String> values = new ArrayList<>();
          c.values().forEach((name, value) -> values.add(name + " = " + ExplainCommand.shown(value)));
          text.append("   (").append(Terminal.safe(String.join(", ", values))).append(')');
        }
      }
      text.append(nl);
    }
    return text.toString();
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScenarioReader reader = HeadStart.scenarioReader();
    List<Path> files = reader.files(paths);
    if (files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no scenario file (*" + ScenarioReader.SUFFIX + ") in "
          + Terminal.safe(paths.toString()));
    }
    Optional<StrategyAdvisor> advisor = ruleOptions.advisor(spec);
    if (advisor.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }
    int passed = 0;
    int failed = 0;
    Set<String> fired = new HashSet<>();
    for (Path file : files) {
      ScenarioReader.Read read = reader.read(file);
      List<String> unmet = read.problems().stream().map(Problem::toString).toList();
      List<Explanation> whyNot = List.of();
      if (read.scenario().isPresent()) {
        Scenario.Result result = read.scenario().get().run(advisor.get());
        result.advice().ifPresent(a -> fired.addAll(a.firedRules()));
        unmet = result.unmet();
        whyNot = result.whyNot();
      }
      String name = Terminal.safe(read.scenario().map(Scenario::name).orElse("(invalid scenario file)"));
      if (unmet.isEmpty()) {
        passed++;
        out.println("PASS " + name + " (" + Terminal.safe(file.toString()) + ")");
      } else {
        failed++;
        out.println("FAIL " + name + " (" + Terminal.safe(file.toString()) + ")");
        unmet.forEach(u -> out.println("  " + Terminal.safe(u)));
        whyNot.forEach(e -> out.print(whyNot(e)));
      }
    }
    if (coverage) {
      List<RuleInfo> unfired = advisor.get().rules().stream().filter(r -> !fired.contains(r.name())).toList();
      out.println("Rules no scenario fired: " + unfired.size() + " of " + advisor.get().rules().size());
      unfired.forEach(r -> out.println("  " + Terminal.safe(r.name()) + " (" + Terminal.safe(r.file()) + ":" + r.line() + ")"));
    }
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }
}
