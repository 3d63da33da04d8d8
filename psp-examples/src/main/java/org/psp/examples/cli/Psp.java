package org.psp.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code psp} command: advice for PSP sites from the command line.
 *
 * <p>Exit codes: {@value CommandLine.ExitCode#OK} success; {@value CommandLine.ExitCode#SOFTWARE}
 * problems found (invalid input, invalid rules, failed scenarios); {@value CommandLine.ExitCode#USAGE}
 * usage error.
 */
@Command(
    name = "psp",
    mixinStandardHelpOptions = true,
    version = "psp 0.1.0-SNAPSHOT",
    description = "Recommends violent crime reduction strategies for National Public Safety Partnership sites.",
    subcommands = {AdviseCommand.class, ExplainCommand.class, ReportCommand.class, EvidenceCommand.class, RulesCommand.class,
        ValidateCommand.class,
        TestCommand.class,
        SitesCommand.class},
    footer = {"", "Exit codes: 0 success, 1 problems found, 2 usage error."})
public final class Psp implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line, set up as {@code main} runs it; tests run it in-process through this. */
  public static CommandLine commandLine() {
    return new CommandLine(new Psp()).setExecutionExceptionHandler(new ProblemHandler());
  }

  /** Without a subcommand there is nothing to do: that is a usage error, not success. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: advise, explain, report, evidence, rules, validate, test or sites");
  }
}
