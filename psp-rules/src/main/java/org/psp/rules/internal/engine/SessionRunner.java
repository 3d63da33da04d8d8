package org.psp.rules.internal.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.drools.core.reteoo.ObjectTypeNode;
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
import org.psp.model.AdviceException;
import org.psp.rules.catalog.Stage;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Proposal;
import org.psp.rules.facts.RankScore;
import org.psp.rules.internal.rulebase.RuleCatalog;
import org.psp.rules.internal.scoring.ScoresGiven;
import org.psp.rules.settings.PolicySettings;

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
 * has passed a second time, the stuck handler is told, on the time limit's thread, so that a program
 * can say so and end; the evaluating thread stays busy until then.
 */
public final class SessionRunner {
  /** The types of the facts every evaluation starts with, before any rule inserts one. */
  public static final List<Class<?>> STARTING_FACTS = List.of(PolicySettings.class, Assessment.class);

  /** The stages' agenda groups, last first: focus is a stack, so the first stage is pushed last. */
  private static final List<String> FOCUS_ORDER = focusOrder();

  private final KieSessionsPool sessions;
  private final Supplier<RuleCatalog> catalog;
  private final PolicySettings settings;
  private final int fireLimit;
  private final long timeLimitNanos;
  private final Consumer<AdviceException> onStuck;
  /** Which rule or function a stack frame belongs to, made when a failure first needs it. */
  private final Supplier<RuleFrames> frames;
  /** Whether a rule matches rank scores: then those given with {@link Proposal#score} are inserted too. */
  private final boolean scoresAsFacts;

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
    this.frames = com.google.common.base.Suppliers.memoize(() -> new RuleFrames(ruleBase));
    this.scoresAsFacts = matchesRankScores(ruleBase);
  }

  /**
   * Whether a pattern of {@code ruleBase} matches {@link RankScore} facts ({@code RankScore()}, {@code
   * Refinement()}, {@code Object()}): a type node of such a type that leads to a rule.
   */
  private static boolean matchesRankScores(KieBase ruleBase) {
    for (ObjectTypeNode node : ((InternalKnowledgeBase) ruleBase).getRete().getObjectTypeNodes()) {
      if (node.getObjectType().isAssignableFrom(RankScore.class) && !node.getObjectSinkPropagator().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs the rules on the site of {@code assessment}. Whatever a rule throws, an {@link Error} too (a
   * function that recurses without end, an out-of-memory, an assertion), ends this evaluation alone,
   * as an {@link AdviceException} naming the rule (or its condition, or the function) and what
   * happened; the session is let go, and the next evaluation starts afresh.
   *
   * @throws AdviceException if a rule fails, the rules fire {@code fireLimit} times (a loop) or the
   *     time limit passes
   */
  public FiringRecord run(Assessment assessment) {
    return run(assessment, null);
  }

  /**
   * Runs the rules on the site of {@code assessment} as {@link #run(Assessment)} does, through stage
   * {@code last} only (every stage when null): the rules of later stages do not fire.
   *
   * @throws AdviceException as {@link #run(Assessment)}
   */
  public FiringRecord run(Assessment assessment, Stage last) {
    FiringRecord record = new FiringRecord();
    KieSession session = sessions.newKieSession();
    Listener listener = new Listener(record, scoresAsFacts ? session : null);
    Alarm alarm = new Alarm(assessment.getSiteId(), session, listener);
    try {
      session.addEventListener((DefaultAgendaEventListener) listener);
      session.addEventListener((RuleRuntimeEventListener) listener);
      session.insert(settings); // the STARTING_FACTS
      session.insert(assessment);
      List<String> focus = last == null ? FOCUS_ORDER : FOCUS_ORDER.subList(FOCUS_ORDER.size() - 1 - last.ordinal(),
          FOCUS_ORDER.size());
      for (String group : focus) {
        session.getAgenda().getAgendaGroup(group).setFocus();
      }
      alarm.set();
      ScoresGiven.during(listener::given, () -> session.fireAllRules(fireLimit));
    } catch (RuntimeException | Error e) {
      // An Error too: a rule author's StackOverflowError or OutOfMemoryError is this site's, not the program's.
      String running = listener.running();
      if (!alarm.stop()) {
        throw new AdviceException(assessment.getSiteId(), failureReason(e, running));
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

  /** The one clock that rings every evaluation's alarm. */
  private static final AlarmClock CLOCK = new AlarmClock();

  /**
   * One daemon thread that looks at the armed alarms every {@link #TICK_MILLIS} ms while any is
   * armed, and rings those past their deadline. Arming and disarming an alarm is a write to a
   * concurrent set: a timer scheduled and cancelled per evaluation cost a wake-up of the timer's thread
   * each time, a tenth of a site's evaluation. An alarm rings at most one tick after its limit. The
   * thread stops ticking once no alarm has been armed for {@link #IDLE_TICKS} ticks, and starts again
   * with the next alarm.
   */
  private static final class AlarmClock {
    static final long TICK_MILLIS = 5;
    static final int IDLE_TICKS = 40;

    private final ScheduledThreadPoolExecutor thread = clockThread();
    private final Set<Alarm> armed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean ticking = new AtomicBoolean();
    /** Ticks in a row with no alarm armed; read and written on the clock's thread only. */
    private int idleTicks;

    private static ScheduledThreadPoolExecutor clockThread() {
      ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "psp-rules-time-limit");
        thread.setDaemon(true); // never keeps a program alive
        return thread;
      });
      executor.setRemoveOnCancelPolicy(true);
      return executor;
    }

    void arm(Alarm alarm) {
      armed.add(alarm);
      if (ticking.compareAndSet(false, true)) {
        thread.schedule(this::tick, TICK_MILLIS, TimeUnit.MILLISECONDS);
      }
    }

    void disarm(Alarm alarm) {
      armed.remove(alarm);
    }

    /** Runs {@code task} on the clock's thread after {@code nanos}. */
    void later(Runnable task, long nanos) {
      thread.schedule(task, nanos, TimeUnit.NANOSECONDS);
    }

    private void tick() {
      long now = System.nanoTime();
      for (Alarm alarm : armed) {
        if (now - alarm.deadline >= 0 && armed.remove(alarm)) {
          alarm.ring();
        }
      }
      idleTicks = armed.isEmpty() ? idleTicks + 1 : 0;
      if (idleTicks < IDLE_TICKS) {
        thread.schedule(this::tick, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return;
      }
      idleTicks = 0;
      ticking.set(false);
      // An alarm armed while this tick decided to stop saw the clock still ticking: look once more.
      if (!armed.isEmpty() && ticking.compareAndSet(false, true)) {
        thread.schedule(this::tick, TICK_MILLIS, TimeUnit.MILLISECONDS);
      }
    }
  }

  /** The time limit of one evaluation: set as it starts, stopped as it ends, ringing if it has not. */
  private final class Alarm {
    private final String siteId;
    private final KieSession session;
    private final Listener listener;
    private final Thread evaluating = Thread.currentThread();
    /** When the limit passes, in {@link System#nanoTime()}'s terms; set before the alarm is armed. */
    private volatile long deadline;
    private boolean ended;
    private boolean rang;
    private String runningRule;
    /** The evaluating thread's stack as the alarm rang: which code of which rule was running. */
    private StackTraceElement[] stack = new StackTraceElement[0];

    Alarm(String siteId, KieSession session, Listener listener) {
      this.siteId = siteId;
      this.session = session;
      this.listener = listener;
    }

    void set() {
      deadline = System.nanoTime() + timeLimitNanos;
      CLOCK.arm(this);
    }

    /** Halts the session and interrupts the evaluation; checks again after the limit once more. */
    private synchronized void ring() {
      if (ended) {
        return;
      }
      rang = true;
      runningRule = listener.running();
      stack = evaluating.getStackTrace();
      session.halt();
      evaluating.interrupt();
      CLOCK.later(this::checkStuck, graceNanos());
    }

    private void checkStuck() {
      synchronized (this) {
        if (ended) {
          return;
        }
      }
      RuleFrames.Found found = frames.get().find(stack);
      boolean condition = found.inCondition() || runningRule == null;
      onStuck.accept(new AdviceException(siteId, subject(found) + " did not stop when the time limit of " + limit()
          + " passed and is still running " + duration(graceNanos()) + " later; " + (condition ? "a condition" : "a consequence")
          + " that never returns cannot be stopped, so its thread stays busy until the program ends. Look for a loop in "
          + (condition ? "its condition or the functions it calls" : "its consequence (after \"then\")")
          + (found.function() == null ? "" : ", in function " + found.function() + "()")));
    }

    /**
     * Ends the alarm; says whether it rang. An interrupt it made is cleared, so that the caller's
     * thread goes on as it came.
     */
    synchronized boolean stop() {
      if (!ended) {
        ended = true;
        CLOCK.disarm(this);
        if (rang) {
          Thread.interrupted();
        }
      }
      return rang;
    }

    synchronized boolean rang() {
      return rang;
    }

    /**
     * Why the evaluation ended: the code that was running as the alarm rang (a rule's consequence, a
     * condition, a function), as its stack says. A default rule is not accused of looping: when it is
     * what was running, the limit is shorter than the default rules need on this machine.
     */
    String timedOutReason(FiringRecord record) {
      RuleFrames.Found found = frames.get().find(stack);
      String what = running(found);
      boolean added = found.rule() != null || found.inCondition() || found.function() != null
          || (runningRule != null && isAdded(runningRule));
      if (!added && runningRule == null && record.firingCount() > 0 && isAdded(record.mostFired())) {
        String most = record.mostFired();
        return "the rules had fired " + record.firingCount() + " times, most of them rule \"" + most + "\"" + where(most)
            + ", and were still firing when the time limit of " + limit() + " passed; the site was not advised. A rule "
            + "that fires this often is probably matching its own changes";
      }
      if (!added) {
        return what + " when the time limit of " + limit() + " passed; the site was not advised. The default rules do "
            + "not loop: the limit is shorter than they need on this machine (the first sites of a run also load and "
            + "compile the rules). Raise the time limit";
      }
      return what + " when the time limit of " + limit() + " passed; the site was not advised. A rule that takes this "
          + "long is probably looping in its consequence (after \"then\"), in a condition, or matching its own changes";
    }

    /** What was running, as {@code found} and the listener say: "rule X (FILE:LINE) was still running", say. */
    private String running(RuleFrames.Found found) {
      String subject = subject(found);
      return subject + (subject.startsWith("a condition") || subject.startsWith("the rules' conditions")
          ? " was still being evaluated" : " was still running");
    }

    /** Who was running, as {@code found} and the listener say: "rule X (FILE:LINE)", say. */
    private String subject(RuleFrames.Found found) {
      if (found.rule() != null && found.inCondition()) {
        return "a condition of rule \"" + found.rule() + "\"" + where(found.rule()) + found.inFunction();
      }
      if (found.rule() == null && found.function() != null && (found.inCondition() || runningRule == null)
          && !frames.get().conditionsCalling(found.function()).isEmpty()) {
        return calledFromConditions(found.function());
      }
      if (found.inCondition()) {
        return "a condition of an added rule" + found.inFunction()
            + (runningRule == null ? "" : " (evaluated as rule \"" + runningRule + "\"" + where(runningRule)
                + " inserted or changed a fact)");
      }
      String rule = found.rule() != null ? found.rule() : runningRule;
      if (rule != null) {
        return (isAdded(rule) ? "rule" : "default rule") + " \"" + rule + "\"" + where(rule) + found.inFunction();
      }
      if (found.function() != null) {
        return calledFromConditions(found.function());
      }
      return "the rules' conditions";
    }

    private String limit() {
      return duration(timeLimitNanos);
    }

    /**
     * How long after the limit a consequence still running is reported stuck: the limit again, a second
     * at least, so that a short limit does not take an evaluation still ending for one that never will.
     */
    private long graceNanos() {
      return Math.max(timeLimitNanos, TimeUnit.SECONDS.toNanos(1));
    }

    private String duration(long nanos) {
      Duration limit = Duration.ofNanos(nanos);
      return limit.toMillis() % 1000 == 0 && limit.toMillis() > 0 ? limit.toSeconds() + " s"
          : limit.toMillis() > 0 ? limit.toMillis() + " ms" : limit.toNanos() / 1000 + " microseconds";
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
   * Drools names them or as the stack says) whose evaluation threw, and the function it was in; and
   * the root cause. {@code running} is the rule whose consequence had started, if any.
   */
  private String failureReason(Throwable failure, String running) {
    RuleFrames.Found found = found(failure);
    String ofRule = found.rule() == null ? "" : " of rule \"" + found.rule() + "\"" + where(found.rule());
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConsequenceException e) {
        return failedInConsequence(e.getRule().getName(), failure, found) + ": " + rootMessage(t);
      }
      if (t instanceof org.mvel2.CompileException e) {
        // The classic compiler compiles a condition when it is first evaluated: "x" for a number.
        Matcher near = NEAR.matcher(String.valueOf(e.getMessage()));
        return (ofRule.isEmpty() ? "a rule's condition" : "a condition" + ofRule) + " could not be evaluated"
            + (near.find() ? " (" + near.group(1).strip() + ")" : "") + ": " + rootMessage(t);
      }
      if (t instanceof org.drools.modelcompiler.constraints.ConstraintEvaluationException
          || t instanceof org.drools.mvel.ConstraintEvaluationException) {
        String message = t.getMessage().lines().findFirst().orElse("");
        Matcher failed = CONSTRAINT_FAILED.matcher(message);
        return (failed.find() ? failedInCondition(failed.group(2), failed.group(1))
            : "a rule's condition failed (" + message + ")") + found.inFunction() + ": " + rootMessage(t);
      }
    }
    if (found.rule() != null) {
      List<ConditionCalls.Call> calling = found.function() == null ? List.of()
          : frames.get().conditions().callsOf(found.function(), found.rule());
      return found.inCondition()
          ? (calling.size() == 1 ? failedInCondition(found.rule(), calling.get(0).condition()) : "a condition" + ofRule + " failed")
              + found.inFunction() + ": " + rootMessage(failure)
          : failedInConsequence(found.rule(), failure, found) + ": " + rootMessage(failure);
    }
    // A function called by conditions and not by the running consequence failed in a condition evaluated as the
    // consequence changed a fact: its own frames, all the stack trace keeps of a deep recursion, do not say so.
    boolean conditionsOnly = found.function() != null && !frames.get().conditionsCalling(found.function()).isEmpty()
        && (running == null || !frames.get().consequenceCalls(running, found.function()));
    if (running != null && !found.inCondition() && !conditionsOnly) {
      return failedInConsequence(running, failure, found) + ": " + rootMessage(failure);
    }
    if (found.function() != null) {
      return calledFromConditions(found.function()) + " failed" + (frames.get().conditionsCalling(found.function()).size() > 1
          ? " in one of them" : "") + (running != null && conditionsOnly ? " (evaluated as rule \"" + running + "\""
          + where(running) + " inserted or changed a fact)" : "") + ": " + rootMessage(failure);
    }
    return "a rule's condition failed: " + rootMessage(failure);
  }

  /**
   * "rule "R" failed in its consequence at FILE:LINE", the line of the call that failed where the
   * frames of {@code failure} say it (an added rule's), else "rule "R" (FILE:LINE) failed in its
   * consequence (after "then")" with the rule's line; and the function it failed in, if any.
   */
  private String failedInConsequence(String rule, Throwable failure, RuleFrames.Found found) {
    int line = frames.get().consequenceLine(failure);
    Optional<String> file = line > 0 ? catalog.get().rule(rule).map(r -> r.file()) : Optional.empty();
    return file.map(f -> "rule \"" + rule + "\" failed in its consequence at " + f + ":" + line)
        .orElseGet(() -> "rule \"" + rule + "\"" + where(rule) + " failed in its consequence (after \"then\")")
        + found.inFunction();
  }

  /** The rule or function the frames of {@code failure} (and of its causes, innermost first) name. */
  private RuleFrames.Found found(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && chain.size() < 20; t = t.getCause() == t ? null : t.getCause()) {
      chain.add(0, t);
    }
    RuleFrames.Found first = null;
    for (Throwable t : chain) {
      RuleFrames.Found found = frames.get().find(t.getStackTrace());
      if (found.rule() != null) {
        return first != null && first.function() != null && found.function() == null
            ? new RuleFrames.Found(found.rule(), found.inCondition(), first.function()) : found;
      }
      if (first == null) {
        first = found;
      }
    }
    return first == null ? new RuleFrames.Found(null, false, null) : first;
  }

  /** The most conditions named as those that call a function that failed. */
  private static final int MAX_CALLS_NAMED = 5;

  /**
   * "function f(), called by rule "R" (FILE:LINE) in its condition eval( f( 0 ) ) (line 9)," with every
   * condition of the added rules that calls {@code function}, directly or through other functions, as
   * their text says: a function that recurses without end leaves only its own frames in the stack trace.
   * "function f(), called from a rule's condition," when no condition's text is found to call it.
   */
  private String calledFromConditions(String function) {
    List<ConditionCalls.Call> calls = frames.get().conditionsCalling(function);
    if (calls.isEmpty()) {
      return "function " + function + "(), called from a rule's condition,";
    }
    List<String> each = new ArrayList<>();
    for (ConditionCalls.Call call : calls.subList(0, Math.min(calls.size(), MAX_CALLS_NAMED))) {
      each.add("rule \"" + call.rule() + "\"" + where(call.rule()) + " in its condition " + call.condition()
          + (call.line() > 0 ? " (line " + call.line() + ")" : "") + (call.through() == null ? "" : ", through function "
          + call.through() + "()"));
    }
    return "function " + function + "(), called by " + String.join(" and by ", each)
        + (calls.size() > MAX_CALLS_NAMED ? " and by " + (calls.size() - MAX_CALLS_NAMED) + " more conditions" : "") + ",";
  }

  /** Drools' words on a constraint it failed to evaluate: the constraint, and the rule. */
  private static final java.util.regex.Pattern CONSTRAINT_FAILED =
      java.util.regex.Pattern.compile("Error evaluating constraint '(.*)' in \\[Rule \"(.*?)\" in ");

  /**
   * "rule "R" (FILE:LINE) failed in its condition C (line N)": the condition {@code text} of {@code
   * rule}, as its file writes it when it is found there.
   */
  private String failedInCondition(String rule, String text) {
    Optional<ConditionCalls.Condition> condition = frames.get().conditions().condition(rule, text);
    return "rule \"" + rule + "\"" + where(rule) + " failed in its condition " + condition.map(ConditionCalls.Condition::text)
        .orElse(text.strip().replaceAll("\\s+", " ")) + condition.filter(c -> c.line() > 0).map(c -> " (line " + c.line() + ")")
        .orElse("");
  }

  /** Whether {@code rule} is a rule author's, added to the default rules. */
  private boolean isAdded(String rule) {
    return catalog.get().rule(rule).map(r -> r.origin() == org.psp.rules.catalog.RuleInfo.Origin.ADDED).orElse(false);
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
    if (SAID_BY_THIS_LIBRARY.contains(root.getClass()) && !message.isBlank() && saidByThisLibrary(root)) {
      // The library's own check, which words what is wrong: "a proposal of X gives as its ground ...".
      return message;
    }
    if (root instanceof NullPointerException) {
      return "something it used was null" + (message.isBlank() ? "" : " (" + message + ")");
    }
    if (root instanceof StackOverflowError) {
      return "StackOverflowError: the calls went too deep (a function or method that calls itself without end?)";
    }
    if (root instanceof OutOfMemoryError) {
      return "it ran out of memory (OutOfMemoryError" + (message.isBlank() ? "" : ": " + message) + "); the other sites "
          + "are advised as usual";
    }
    return root.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message);
  }

  /** The exceptions of the checks of the library's values, whose messages say what is wrong in its words. */
  private static final Set<Class<?>> SAID_BY_THIS_LIBRARY = Set.of(IllegalArgumentException.class,
      IllegalStateException.class, NullPointerException.class);

  /**
   * Whether {@code thrown} comes from a check of a value rules make or read (a fact, a ground, the
   * model), not from a rule's own code: the first of its frames outside the JDK and Guava's checks.
   */
  private static boolean saidByThisLibrary(Throwable thrown) {
    for (StackTraceElement frame : thrown.getStackTrace()) {
      String name = frame.getClassName();
      if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("com.google.common.")) {
        return name.startsWith("org.psp.rules.facts.") || name.startsWith("org.psp.rules.settings.")
            || name.startsWith("org.psp.model.");
      }
    }
    return false;
  }

  /** The condition in the message of MVEL's CompileException: "[Near : {... firearmShare > "x" ....}]". */
  private static final java.util.regex.Pattern NEAR = java.util.regex.Pattern.compile("\\[Near : \\{\\.\\.\\. (.*?) \\.\\.\\.\\.\\}\\]");

  /** The names of the classes Drools generates for compiled rules, and the lambdas in them. */
  private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile(
      "\\b[\\w.]*(?:Rule_|LambdaConsequence|LambdaPredicate|DefaultConsequenceInvoker|\\$\\$Lambda)[\\w.$/]*");

  /**
   * Writes every firing, and every fact a rule inserts or modifies, into a record; and the points each
   * firing gave a proposal with {@link Proposal#score}, as rank scores inserted by its rule.
   */
  private static final class Listener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final FiringRecord record;
    /** The session to insert the given points into as facts, when a rule matches them; else null. */
    private final KieSession insertScoresInto;
    /** The points the running consequence gave with {@link Proposal#score}, recorded when it is done. */
    private final List<Object> scoresGiven = new ArrayList<>(4);
    /**
     * The rule whose consequence is running, for the alarm's thread to read: written with release and
     * read with acquire semantics (a volatile write, twice a firing, would fence the evaluating thread).
     */
    private String running;
    private static final VarHandle RUNNING = runningHandle();

    private static VarHandle runningHandle() {
      try {
        return MethodHandles.lookup().findVarHandle(Listener.class, "running", String.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    /** The rule whose consequence is running, or null. */
    String running() {
      return (String) RUNNING.getAcquire(this);
    }

    Listener(FiringRecord record, KieSession insertScoresInto) {
      this.record = record;
      this.insertScoresInto = insertScoresInto;
    }

    /** Keeps the points a consequence gave ({@link ScoresGiven#give}) until it is done. */
    void given(Object score) {
      if (!(score instanceof RankScore)) {
        throw new IllegalArgumentException("points are given as a RankScore (Proposal.score), not " + score);
      }
      scoresGiven.add(score);
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
      RUNNING.setRelease(this, event.getMatch().getRule().getName());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      RUNNING.setRelease(this, null);
      String rule = event.getMatch().getRule().getName();
      // The points its consequence gave, after the facts it inserted (an inserted proposal before its points).
      if (!scoresGiven.isEmpty()) { // most firings give none: no iterator for them
        for (int i = 0; i < scoresGiven.size(); i++) {
          record.inserted(scoresGiven.get(i), rule);
          if (insertScoresInto != null) {
            insertScoresInto.insert(scoresGiven.get(i));
          }
        }
        scoresGiven.clear();
      }
      record.fired(rule);
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
