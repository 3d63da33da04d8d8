package org.psp.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.psp.rules.AdviceException;
import org.psp.rules.StrategyAdvisor;
import picocli.CommandLine;

/**
 * The advisor with the default policy, built on a second thread as psp starts, while picocli reads
 * the command line: building the rule base is a good part of a short run, and reading the command
 * line keeps only one core busy. A command whose rule options are all left at their defaults takes
 * this advisor; one with any rule option builds its own, and this one, if it was started, is left to
 * the end of the program.
 */
final class DefaultAdvisor {
  private static CompletableFuture<StrategyAdvisor> building;

  private DefaultAdvisor() {}

  /**
   * Starts building the default advisor on a daemon thread, unless it is started already.
   *
   * @param err where the advisor says that a rule never returned (see {@link #onStuck})
   */
  static synchronized void start(PrintWriter err) {
    if (building == null) {
      building = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
        try {
          building.complete(builder(err).build());
        } catch (Throwable failure) {
          building.completeExceptionally(failure);
        }
      }, "psp-default-advisor");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * The default advisor: the one being built, once it is; else one built now.
   *
   * @param err where the advisor says that a rule never returned, if this call starts it
   */
  static StrategyAdvisor get(PrintWriter err) {
    start(err);
    try {
      return building.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw e;
    }
  }

  /** A builder of the default advisor, which ends psp when a rule never returns (see {@link #onStuck}). */
  static StrategyAdvisor.Builder builder(PrintWriter err) {
    return StrategyAdvisor.builder().onStuck(stuck -> onStuck(stuck, err));
  }

  /**
   * A consequence that never returns keeps its thread, which Java cannot stop: psp says which rule it
   * is and ends with exit code 1.
   */
  private static void onStuck(AdviceException stuck, PrintWriter err) {
    err.println("error: " + Terminal.safe(stuck.getMessage()));
    err.flush();
    System.exit(CommandLine.ExitCode.SOFTWARE);
  }
}
