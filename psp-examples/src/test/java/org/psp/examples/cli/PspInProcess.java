package org.psp.examples.cli;

import java.io.StringWriter;
import org.psp.examples.cli.PspProcess.Run;

/**
 * Runs psp's command line in this JVM ({@link Psp#run}), as the process runs it but without starting
 * one: for a case that only varies the input of a command whose path a test runs as the real process
 * ({@link PspProcess}), where a second of the JVM's start would buy nothing more. What only the
 * process has (the launcher and its archive, the jar's version, exit codes from {@code System.exit},
 * standard output that is a device or closed, a JVM that runs out of memory) is tested with {@link
 * PspProcess}; the hostile inputs too, every one. Runs in one JVM share what psp starts as it begins
 * ({@link HeadStart}: the default rules, the bundled sites), which they only read.
 */
final class PspInProcess {
  private PspInProcess() {}

  /** Runs {@code psp ARGS...} in this JVM: its exit code, its standard output and its standard error. */
  static Run pspInProcess(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Psp.run(args, out, err);
    return new Run(exit, out.toString(), err.toString());
  }
}
