package org.psp.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.psp.model.Problem;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.settings.PolicySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code psp validate}: compiles rule authors' .drl files with the default rules. */
@Command(mixinStandardHelpOptions = true,
    description = "Compiles .drl files or folders with the default rules and prints each problem as "
        + "FILE:LINE:COLUMN: message (on stderr).")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "A .drl file or a folder of them.")
  List<Path> paths;

  @Option(names = "--settings", paramLabel = "FILE", description = RuleOptions.SETTINGS_DESCRIPTION)
  Path settings;

  @Option(names = RuleOptions.TRUSTED_RULES, description = RuleOptions.TRUSTED_RULES_DESCRIPTION)
  boolean trusted;

  @Override
  public Integer call() {
    Optional<PolicySettings> inForce = RuleOptions.settings(settings, spec.commandLine().getErr());
    if (inForce.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }
    List<Problem> problems = StrategyAdvisor.validate(paths, inForce.get(), trusted);
    if (problems.stream().anyMatch(Problem::isError)) {
      RuleOptions.print(problems, spec.commandLine().getErr());
      return CommandLine.ExitCode.SOFTWARE;
    }
    problems.forEach(p -> spec.commandLine().getErr().println(Terminal.safe(p.toString())));
    spec.commandLine().getErr().flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println((problems.isEmpty() ? "OK: no problem in " : "OK: no error, " + problems.size()
        + (problems.size() == 1 ? " warning" : " warnings") + " in ") + paths.stream().map(p -> Terminal.safe(p.toString())).reduce((a, b) -> a + ", " + b).orElseThrow());
    out.flush();
    return CommandLine.ExitCode.OK;
  }
}
