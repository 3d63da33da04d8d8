package org.psp.rules.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.psp.rules.AdviceException;
import org.psp.rules.PolicySettings;
import org.psp.rules.Stage;
import org.psp.rules.facts.Assessment;

/**
 * Runs the rules on one site at a time: a session of its own, the site's {@link Assessment} and the
 * settings in, each {@link Stage} in order, at most the fire limit of firings, and a {@link
 * FiringRecord} of what the rules did out. Sessions come from a pool and go back to it reset, since
 * making one costs more than running the rules; the pool grows to the number of threads evaluating
 * at once. Thread-safe.
 *
 * <p>Each evaluation has a time limit. When it passes, the session is halted (the rules stop after
 * the consequence that is running) and the evaluating thread interrupted, and the evaluation ends
 * with an {@link AdviceException} naming the rule that was running; its session and facts are let
 * go. A consequence that neither returns nor heeds the interrupt (a {@code while (true)} loop)
 * cannot be stopped: Java has no safe way to stop a thread. If it is still running when the limit
 * has passed a second time, the stuck handler is told, on the watchdog's thread, so that a program
 * can say so and end; the evaluating thread stays busy until then.
 */
public final class SessionRunner {
  /** The types of the facts every evaluation starts with, before any rule inserts one. */
  static final List<Class<?>> STARTING_FACTS = List.of(PolicySettings.class, Assessment.class);

  /** The stages' agenda groups, last first: focus is a stack, so the first stage is pushed last. */
  private static final List<String> FOCUS_ORDER = focusOrder();

  private final KieSessionsPool sessions;
  private final Supplier<RuleCatalog> catalog;
  private final PolicySettings settings;
  private final int fireLimit;
  private final long timeLimitNanos;
  private final Consumer<AdviceException> onStuck;

  /**
   * Runs {@code ruleBase}, whose rules read {@code settings}, stopping after {@code fireLimit} firings
   * or {@code timeLimit}; {@code catalog} gives the file and line of a rule that fails.
   *
   * @param onStuck told when a consequence is still running after twice the time limit
   */
  public SessionRunner(KieBase ruleBase, Supplier<RuleCatalog> catalog, PolicySettings settings, int fireLimit, Duration timeLimit,
      Consumer<AdviceException> onStuck) {
    this.sessions = ((InternalKnowledgeBase) ruleBase).newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    this.catalog = catalog;
    this.settings = settings;
    this.fireLimit = fireLimit;
    this.timeLimitNanos = timeLimit.toNanos();
    this.onStuck = onStuck;
  }

  /**
   * Runs the rules on the site of {@code assessment}.
   *
   * @throws AdviceException if a rule fails, the rules fire {@code fireLimit} times (a loop) or the
   *     time limit passes
   */
  public FiringRecord run(Assessment assessment) {
    FiringRecord record = new FiringRecord();
    Listener listener = new Listener(record);
    KieSession session = sessions.newKieSession();
    Alarm alarm = new Alarm(assessment.getSiteId(), session, listener);
    try {
      session.addEventListener((DefaultAgendaEventListener) listener);
      session.addEventListener((RuleRuntimeEventListener) listener);
      session.insert(settings); // the STARTING_FACTS
      session.insert(assessment);
      for (String group : FOCUS_ORDER) {
        session.getAgenda().getAgendaGroup(group).setFocus();
      }
      alarm.set();
      session.fireAllRules(fireLimit);
    } catch (RuntimeException e) {
      if (!alarm.stop()) {
        throw new AdviceException(assessment.getSiteId(), failureReason(e, record));
      }
    } finally {
      alarm.stop();
      session.removeEventListener((DefaultAgendaEventListener) listener);
      session.removeEventListener((RuleRuntimeEventListener) listener);
      session.dispose();
    }
    if (alarm.rang()) {
      throw new AdviceException(assessment.getSiteId(), alarm.timedOutReason(record));
    }
    if (record.firingCount() >= fireLimit) {
      String rule = record.mostFired();
      int inserted = record.insertedBy(rule);
      int modified = record.modifiedBy(rule);
      String what = modified >= inserted && modified > 0 ? "it modified facts " + modified + " times, each change matching it again"
          : inserted > 0 ? "it inserted " + inserted + " facts, each new one matching it again"
          : "it neither inserted nor modified a fact, so another rule's changes matched it again and again";
      throw new AdviceException(assessment.getSiteId(), "rule \"" + rule + "\"" + where(rule) + " seems to loop: the rules "
          + "fired " + record.firingCount() + " times in one evaluation, past the limit of " + fireLimit + "; " + what
          + ". A rule that inserts or modifies a fact it matches needs a condition that its own change makes false");
    }
    return record;
  }

  /** The one thread that rings every evaluation's alarm: a daemon, so that it never keeps a program alive. */
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "psp-rules-time-limit");
      thread.setDaemon(true);
      return thread;
    });
    watchdog.setRemoveOnCancelPolicy(true);
    return watchdog;
  }

  /** The time limit of one evaluation: set as it starts, stopped as it ends, ringing if it has not. */
  private final class Alarm {
    private final String siteId;
    private final KieSession session;
    private final Listener listener;
    private final Thread evaluating = Thread.currentThread();
    private ScheduledFuture<?> ringing;
    private boolean ended;
    private boolean rang;
    private String runningRule;

    Alarm(String siteId, KieSession session, Listener listener) {
      this.siteId = siteId;
      this.session = session;
      this.listener = listener;
    }

    void set() {
      ringing = WATCHDOG.schedule(this::ring, timeLimitNanos, TimeUnit.NANOSECONDS);
    }

    /** Halts the session and interrupts the evaluation; checks again after the limit once more. */
    private synchronized void ring() {
      if (ended) {
        return;
      }
      rang = true;
      runningRule = listener.running;
      session.halt();
      evaluating.interrupt();
      WATCHDOG.schedule(this::checkStuck, timeLimitNanos, TimeUnit.NANOSECONDS);
    }

    private void checkStuck() {
      synchronized (this) {
        if (ended) {
          return;
        }
      }
      onStuck.accept(new AdviceException(siteId, (runningRule == null ? "the rules' conditions" : "rule \"" + runningRule
          + "\"" + where(runningRule)) + " did not stop when the time limit of " + limit() + " passed and is still "
          + "running " + limit() + " later; a consequence that never returns cannot be stopped, so its thread stays "
          + "busy until the program ends. Look for a loop in its consequence (after \"then\")"));
    }

    /**
     * Ends the alarm; says whether it rang. An interrupt it made is cleared, so that the caller's
     * thread goes on as it came.
     */
    synchronized boolean stop() {
      if (!ended) {
        ended = true;
        if (ringing != null) {
          ringing.cancel(false);
        }
        if (rang) {
          Thread.interrupted();
        }
      }
      return rang;
    }

    synchronized boolean rang() {
      return rang;
    }

    /** Why the evaluation ended: the rule running as the alarm rang, or else the rule that fired most. */
    String timedOutReason(FiringRecord record) {
      String what;
      if (runningRule != null) {
        what = "rule \"" + runningRule + "\"" + where(runningRule) + " was still running";
      } else if (record.firingCount() > 0) {
        String most = record.mostFired();
        what = "the rules had fired " + record.firingCount() + " times, most of them rule \"" + most + "\"" + where(most)
            + ", and were still firing";
      } else {
        what = "the rules' conditions were still being evaluated";
      }
      return what + " when the time limit of " + limit() + " passed; the site was not advised. A rule that takes this "
          + "long is probably looping in its consequence (after \"then\") or matching its own changes";
    }

    private String limit() {
      Duration limit = Duration.ofNanos(timeLimitNanos);
      return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
  }

  private static List<String> focusOrder() {
    List<String> groups = new ArrayList<>();
    Stage[] stages = Stage.values();
    for (int i = stages.length - 1; i >= 0; i--) {
      groups.add(stages[i].groupName());
    }
    return List.copyOf(groups);
  }

  /**
   * What failed: the rule whose consequence threw, or the condition (with its rule and file, as
   * Drools names them) whose evaluation threw; and the root cause.
   */
  private String failureReason(Throwable failure, FiringRecord record) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConsequenceException e) {
        String rule = e.getRule().getName();
        return "rule \"" + rule + "\"" + where(rule) + " failed in its consequence (after \"then\"): " + rootMessage(t);
      }
      if (t instanceof org.mvel2.CompileException e) {
        // The classic compiler compiles a condition when it is first evaluated: "x" for a number.
        Matcher near = NEAR.matcher(String.valueOf(e.getMessage()));
        return "a rule's condition could not be evaluated" + (near.find() ? " (" + near.group(1).strip() + ")" : "")
            + ": " + rootMessage(t);
      }
      if (t instanceof org.drools.modelcompiler.constraints.ConstraintEvaluationException
          || t instanceof org.drools.mvel.ConstraintEvaluationException) {
        String message = t.getMessage().lines().findFirst().orElse("");
        return "a rule's condition failed (" + message + "): " + rootMessage(t);
      }
    }
    return "the rules failed: " + rootMessage(failure);
  }

  /** " (FILE:LINE)" of {@code rule}, from the catalog; "" if it has none. */
  private String where(String rule) {
    return catalog.get().rule(rule).map(r -> " (" + r.file() + ":" + r.line() + ")").orElse("");
  }

  /**
   * The root cause in the author's terms: its kind and message, without the generated classes and
   * local variables of compiled rules; a NullPointerException says that something was null.
   */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : GENERATED.matcher(root.getMessage()).replaceAll("")
        .replaceAll("\"<local\\d+>\"", "a value").replaceAll("\\b(?:[a-z_][\\w]*\\.)+([A-Z]\\w*)", "$1");
    if (root instanceof NullPointerException) {
      return "something it used was null" + (message.isBlank() ? "" : " (" + message + ")");
    }
    return root.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message);
  }

  /** The condition in the message of MVEL's CompileException: "[Near : {... firearmShare > "x" ....}]". */
  private static final java.util.regex.Pattern NEAR = java.util.regex.Pattern.compile("\\[Near : \\{\\.\\.\\. (.*?) \\.\\.\\.\\.\\}\\]");

  /** The names of the classes Drools generates for compiled rules, and the lambdas in them. */
  private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile(
      "\\b[\\w.]*(?:Rule_|LambdaConsequence|LambdaPredicate|DefaultConsequenceInvoker|\\$\\$Lambda)[\\w.$/]*");

  /** Writes every firing, and every fact a rule inserts or modifies, into a record. */
  private static final class Listener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final FiringRecord record;
    /** The rule whose consequence is running, for the alarm's thread to read. */
    private volatile String running;

    Listener(FiringRecord record) {
      this.record = record;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
      running = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      running = null;
      record.fired(event.getMatch().getRule().getName());
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      if (event.getRule() != null) {
        record.inserted(event.getObject(), event.getRule().getName());
      }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
      if (event.getRule() != null) {
        record.modified(event.getObject(), event.getRule().getName());
      }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
      // Not recorded: the advice is made of what the rules inserted (as before this engine's rewrite).
    }
  }
}
