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
  private final PolicySettings settings;
  private final int fireLimit;

  /** Runs {@code ruleBase}, whose rules read {@code settings}, stopping after {@code fireLimit} firings. */
  public SessionRunner(KieBase ruleBase, PolicySettings settings, int fireLimit) {
    this.sessions = ((InternalKnowledgeBase) ruleBase).newKieSessionsPool(Runtime.getRuntime().availableProcessors());
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
      throw new AdviceException(assessment.getSiteId(), failureReason(e));
    } finally {
      session.removeEventListener((DefaultAgendaEventListener) listener);
      session.removeEventListener((RuleRuntimeEventListener) listener);
      session.dispose();
    }
    if (record.firingCount() >= fireLimit) {
      throw new AdviceException(assessment.getSiteId(), "rule \"" + record.mostFired() + "\" seems to loop: the rules fired "
          + record.firingCount() + " times in one evaluation, past the limit of " + fireLimit + "; a rule that inserts or "
          + "modifies a fact it matches needs a condition that its own change makes false");
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
  private static String failureReason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConsequenceException e) {
        return "rule \"" + e.getRule().getName() + "\" failed: " + rootMessage(t);
      }
      if (t instanceof org.drools.modelcompiler.constraints.ConstraintEvaluationException
          || t instanceof org.drools.mvel.ConstraintEvaluationException) {
        String message = t.getMessage().lines().findFirst().orElse("");
        return "a rule's condition failed (" + message + "): " + rootMessage(t);
      }
    }
    return "the rules failed: " + rootMessage(failure);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

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
