package org.psp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.psp.examples.scenario.Scenario;
import org.psp.examples.scenario.ScenarioReader;
import org.psp.rules.StrategyAdvisor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code psp test}: runs rule authors' scenario files against the rules. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Runs scenario files (*.scenario.json, or folders of them) with the default rules and any "
        + "--rules; prints each failure and ends with the line 'N passed, N failed'.")
final class TestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "A scenario file or a folder of them.")
  List<Path> paths;

  @Mixin RuleOptions ruleOptions;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<StrategyAdvisor> advisor = ruleOptions.advisor(spec);
    if (advisor.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }
    ScenarioReader reader = new ScenarioReader();
    List<Path> files = reader.files(paths);
    int passed = 0;
    int failed = 0;
    for (Path file : files) {
      ScenarioReader.Read read = reader.read(file);
      List<String> unmet = read.scenario().map(s -> s.check(advisor.get())).orElse(read.problems());
      String name = read.scenario().map(Scenario::name).orElse("(invalid scenario file)");
      if (unmet.isEmpty()) {
        passed++;
        out.println("PASS " + name + " (" + file + ")");
      } else {
        failed++;
        out.println("FAIL " + name + " (" + file + ")");
        unmet.forEach(u -> out.println("  " + u));
      }
    }
    if (files.isEmpty()) {
      err.println("psp test: no scenario file (*" + ScenarioReader.SUFFIX + ") in " + paths);
      err.flush();
    }
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 && !files.isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }
}
