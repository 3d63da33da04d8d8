package org.psp.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
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
 */
public final class SessionRunner {
  /** The stages' agenda groups, last first: focus is a stack, so the first stage is pushed last. */
  private static final List<String> FOCUS_ORDER = focusOrder();

  private final KieSessionsPool sessions;
  private final RuleCatalog catalog;
  private final PolicySettings settings;
  private final int fireLimit;

  /**
   * Runs {@code ruleBase}, whose rules read {@code settings}, stopping after {@code fireLimit} firings;
   * {@code catalog} gives the file and line of a rule that fails.
   */
  public SessionRunner(KieBase ruleBase, RuleCatalog catalog, PolicySettings settings, int fireLimit) {
    this.sessions = ((InternalKnowledgeBase) ruleBase).newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    this.catalog = catalog;
    this.settings = settings;
    this.fireLimit = fireLimit;
  }

  /**
   * Runs the rules on the site of {@code assessment}.
   *
   * @throws AdviceException if a rule fails, or the rules fire {@code fireLimit} times (a loop)
   */
  public FiringRecord run(Assessment assessment) {
    FiringRecord record = new FiringRecord();
    Listener listener = new Listener(record);
    KieSession session = sessions.newKieSession();
    try {
      session.addEventListener((DefaultAgendaEventListener) listener);
      session.addEventListener((RuleRuntimeEventListener) listener);
      session.insert(settings);
      session.insert(assessment);
      for (String group : FOCUS_ORDER) {
        session.getAgenda().getAgendaGroup(group).setFocus();
      }
      session.fireAllRules(fireLimit);
    } catch (RuntimeException e) {
      throw new AdviceException(assessment.getSiteId(), failureReason(e, record));
    } finally {
      session.removeEventListener((DefaultAgendaEventListener) listener);
      session.removeEventListener((RuleRuntimeEventListener) listener);
      session.dispose();
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
    return catalog.rule(rule).map(r -> " (" + r.file() + ":" + r.line() + ")").orElse("");
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

  /** The names of the classes Drools generates for compiled rules, and the lambdas in them. */
  private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile(
      "\\b[\\w.]*(?:Rule_|LambdaConsequence|LambdaPredicate|DefaultConsequenceInvoker|\\$\\$Lambda)[\\w.$/]*");

  /** Writes every firing, and every fact a rule inserts or modifies, into a record. */
  private static final class Listener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final FiringRecord record;

    Listener(FiringRecord record) {
      this.record = record;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
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
