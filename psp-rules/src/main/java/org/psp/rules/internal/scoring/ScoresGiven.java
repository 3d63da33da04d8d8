package org.psp.rules.internal.scoring;

import java.util.function.Consumer;

/**
 * Where the points a rule gives with {@code $r.score( ... )} go: to the run of the rules on this
 * thread, which the engine opens with {@link #during} around the firing of its session and which
 * records each as a rank score given by the rule whose consequence is running. The points are kept
 * nowhere a rule can read them: a condition that counted them would be evaluated once and go stale, as
 * they change without {@code modify}. A session fires its consequences on the thread that fires it, so
 * each run sees only its own points, whatever runs on other threads.
 */
public final class ScoresGiven {
  private static final ThreadLocal<Consumer<Object>> RUN = new ThreadLocal<>();

  private ScoresGiven() {}

  /**
   * Gives {@code score} to the run of the rules on this thread.
   *
   * @throws IllegalStateException if no run is open on this thread: points are given in a rule's
   *     consequence, while the engine fires the rules
   */
  public static void give(Object score) {
    Consumer<Object> run = RUN.get();
    if (run == null) {
      throw new IllegalStateException("points are given to a proposal ($r.score) in a rule's consequence, while the engine"
          + " runs the rules; no run of the rules is open on this thread");
    }
    run.accept(score);
  }

  /**
   * Runs {@code firing} with the points given on this thread going to {@code run}, then gives them back
   * to the run open before, if any.
   */
  public static void during(Consumer<Object> run, Runnable firing) {
    Consumer<Object> before = RUN.get();
    RUN.set(run);
    try {
      firing.run();
    } finally {
      if (before == null) {
        RUN.remove();
      } else {
        RUN.set(before);
      }
    }
  }
}
