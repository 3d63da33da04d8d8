package org.psp.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports an exception that escaped a command as one line on stderr, never a stack trace, and
 * exits with {@value CommandLine.ExitCode#SOFTWARE}.
 */
final class ProblemHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : Terminal.safe(e.getMessage());
    commandLine.getErr().println("psp " + commandLine.getCommandName() + ": " + message);
    commandLine.getErr().flush();
    return CommandLine.ExitCode.SOFTWARE;
  }
}
