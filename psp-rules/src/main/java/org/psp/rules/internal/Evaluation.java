package org.psp.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.internal.command.CommandFactory;
import org.psp.model.Advice;
import org.psp.model.Agency;
import org.psp.model.Mode;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.AdviceException;
import org.psp.rules.AdviceOutcome;
import org.psp.rules.PolicySettings;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Caution;
import org.psp.rules.facts.Criterion;
import org.psp.rules.facts.Eligible;
import org.psp.rules.facts.Proposal;

/**
 * Evaluates sites in stateless sessions over the shared rule base: the facts in, the rules fired up to
 * a limit, and the facts the rules inserted about each site turned into its {@link Advice}.
 *
 * <p>Many sites share one session: every fact the rules insert about a site carries its {@link
 * Assessment}, and the default rules are written so that a rule never matches two sites' facts (a
 * rule with one pattern cannot; the few that match two tie them with {@code assessment == $a}, and
 * {@link SiteTies} holds rule authors' files to the same). A
 * session per site would spend more on the session (taking it from the pool, linking each rule's
 * network, resetting it) than on the rules. When a shared session fails (a rule throws or loops, or
 * fires on facts of no site), each of its sites is evaluated again in a session of its own, which
 * names the site and the rule.
 */
public final class Evaluation {
  private final KieSessionsPool sessions;
  private final PolicySettings settings;
  private final int fireLimit;

  /** An evaluation over {@code ruleBase}, stopping a looping rule after {@code fireLimit} firings per site. */
  public Evaluation(KieBase ruleBase, PolicySettings settings, int fireLimit) {
    // Sessions are reset and reused rather than built each time: building one costs more than
    // running the rules. The pool grows to the number of threads evaluating at once.
    this.sessions = ((InternalKnowledgeBase) ruleBase).newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    this.settings = settings;
    this.fireLimit = fireLimit;
  }

  /** The assessment of {@code site} in {@code year}, whose national rate is {@code nationalRate}. */
  public Assessment assess(Site site, int year, double nationalRate) {
    return new Assessment(site, year, nationalRate, settings);
  }

  /**
   * Advises the site of {@code assessment} in a session of its own.
   *
   * @throws AdviceException if a rule fails or loops
   */
  public Advice advise(Assessment assessment) {
    Session session = run(List.of(assessment));
    if (session.failure != null) {
      throw new AdviceException(assessment.getSiteId(), failureReason(session.failure));
    }
    Record record = session.records.get(assessment);
    if (record.firingCount >= fireLimit) {
      throw new AdviceException(assessment.getSiteId(), "rule \"" + record.mostFired() + "\" seems to loop: the rules fired "
          + record.firingCount + " times in one evaluation, past the limit of " + fireLimit + "; a rule that modifies a fact "
          + "it matches needs a condition that its own change makes false");
    }
    return record.toAdvice(assessment);
  }

  /**
   * Advises the sites of {@code assessments} in one session, in their order; should the session fail,
   * each site in a session of its own, so that a site whose rules fail or loop gets its error and the
   * others their advice.
   */
  public List<AdviceOutcome> adviseTogether(List<Assessment> assessments) {
    List<AdviceOutcome> outcomes = new ArrayList<>(assessments.size());
    Session session = assessments.size() > 1 ? run(assessments) : null;
    if (session != null && session.failure == null && !session.unattributed
        && session.firingCount < (long) fireLimit * assessments.size()) {
      for (Assessment assessment : assessments) {
        try {
          outcomes.add(AdviceOutcome.of(session.records.get(assessment).toAdvice(assessment)));
        } catch (AdviceException e) {
          outcomes.add(AdviceOutcome.failed(assessment.getSite(), e.reason()));
        }
      }
      return outcomes;
    }
    for (Assessment assessment : assessments) {
      try {
        outcomes.add(AdviceOutcome.of(advise(assessment)));
      } catch (AdviceException e) {
        outcomes.add(AdviceOutcome.failed(assessment.getSite(), e.reason()));
      }
    }
    return outcomes;
  }

  private Session run(List<Assessment> assessments) {
    Session session = new Session(assessments);
    StatelessKieSession kieSession = sessions.newStatelessKieSession();
    kieSession.addEventListener(session.firings);
    kieSession.addEventListener(session.insertions);
    List<Command<?>> commands = new ArrayList<>(assessments.size() + 2);
    commands.add(CommandFactory.newInsert(settings));
    for (Assessment assessment : assessments) {
      commands.add(CommandFactory.newInsert(assessment));
    }
    commands.add(CommandFactory.newFireAllRules((int) Math.min(Integer.MAX_VALUE, (long) fireLimit * assessments.size())));
    try {
      kieSession.execute(CommandFactory.newBatchExecution(commands));
    } catch (RuntimeException e) {
      session.failure = e;
    }
    return session;
  }

  /**
   * What failed in a session: the rule whose consequence threw, or the condition (with its rule and
   * file, as Drools names them) whose evaluation threw; and the root cause.
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

  /** What the rules did in one session, site by site. */
  private static final class Session {
    private final Map<Assessment, Record> records = new IdentityHashMap<>();
    private final Record only;
    private long firingCount;
    private boolean unattributed;
    private RuntimeException failure;

    Session(List<Assessment> assessments) {
      for (Assessment assessment : assessments) {
        records.put(assessment, new Record());
      }
      only = assessments.size() == 1 ? records.get(assessments.get(0)) : null;
    }

    /** The record of the site {@code facts} are about; with one site, that site's. */
    private Record recordOf(List<?> facts) {
      if (only != null) {
        return only;
      }
      for (Object fact : facts) {
        Assessment assessment = SiteFacts.siteOf(fact);
        if (assessment != null) {
          return records.get(assessment);
        }
      }
      return null;
    }

    final DefaultAgendaEventListener firings = new DefaultAgendaEventListener() {
      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        firingCount++;
        Record record = recordOf(event.getMatch().getObjects());
        if (record == null) {
          unattributed = true;
        } else {
          record.fired(event.getMatch().getRule().getName());
        }
      }
    };

    final DefaultRuleRuntimeEventListener insertions = new DefaultRuleRuntimeEventListener() {
      @Override
      public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() == null) {
          return;
        }
        Assessment assessment = SiteFacts.siteOf(event.getObject());
        Record record = only != null ? only : assessment == null ? null : records.get(assessment);
        if (record != null) {
          record.inserted(event.getObject(), event.getRule().getName());
        }
      }
    };
  }

  /** What the rules did about one site. */
  private static final class Record {
    /** The rules that fired, in the order each first fired; at the same index, how often it fired. */
    private final List<String> rules = new ArrayList<>(16);
    private int[] firings = new int[16];
    /** The facts the rules inserted; at the same index, the rule that inserted it. */
    private final List<Object> inserted = new ArrayList<>(16);
    private final List<String> insertedBy = new ArrayList<>(16);
    private int firingCount;

    void fired(String rule) {
      int i = rules.indexOf(rule);
      if (i < 0) {
        i = rules.size();
        rules.add(rule);
        if (i == firings.length) {
          firings = Arrays.copyOf(firings, 2 * i);
        }
      }
      firings[i]++;
      firingCount++;
    }

    void inserted(Object fact, String rule) {
      inserted.add(fact);
      insertedBy.add(rule);
    }

    String mostFired() {
      int most = 0;
      for (int i = 1; i < rules.size(); i++) {
        if (firings[i] > firings[most]) {
          most = i;
        }
      }
      return rules.isEmpty() ? "(none)" : rules.get(most);
    }

    Advice toAdvice(Assessment assessment) {
      Site site = assessment.getSite();
      boolean eligible = false;
      List<String> reasons = new ArrayList<>(4);
      // Each strategy's proposals, as a chain of indexes in inserted: first[s] (-1: none), next[i] (-1: last).
      int[] first = new int[STRATEGIES.length];
      int[] last = new int[STRATEGIES.length];
      int[] next = new int[inserted.size()];
      Arrays.fill(first, -1);
      int proposed = 0;
      boolean cautioned = false;
      for (int i = 0; i < inserted.size(); i++) {
        Object o = inserted.get(i);
        if (o instanceof Proposal p) {
          int s = p.getStrategy().ordinal();
          next[i] = -1;
          if (first[s] < 0) {
            first[s] = i;
            proposed++;
          } else {
            next[last[s]] = i;
          }
          last[s] = i;
        } else if (o instanceof Criterion c) {
          reasons.add((c.isMet() ? "met: " : "not met: ") + c.getReason());
        } else if (o instanceof Caution) {
          cautioned = true;
        } else if (o instanceof Eligible) {
          eligible = true;
        }
      }
      List<List<String>> cautions = cautioned ? cautions(site, first) : null;
      List<Recommendation> recommendations = new ArrayList<>(proposed);
      for (int s = 0; s < STRATEGIES.length; s++) {
        if (first[s] >= 0) {
          recommendations.add(recommendation(site, STRATEGIES[s], first[s], next, cautions == null ? List.of() : cautions.get(s)));
        }
      }
      recommendations.sort(Advice.PRIORITY_ORDER);
      return Advice.builder()
          .site(site)
          .year(assessment.getYear())
          .nationalRate(assessment.getNationalRate())
          .eligible(eligible)
          .eligibilityReasons(reasons)
          .recommendations(recommendations)
          .firedRules(rules)
          .build();
    }

    /**
     * The texts of the cautions on each strategy (by ordinal), each once, in the order inserted.
     *
     * @throws AdviceException if a caution is on a strategy that no rule proposed
     */
    private List<List<String>> cautions(Site site, int[] first) {
      List<List<String>> cautions = new ArrayList<>(STRATEGIES.length);
      for (int s = 0; s < STRATEGIES.length; s++) {
        cautions.add(new ArrayList<>(1));
      }
      for (int i = 0; i < inserted.size(); i++) {
        if (inserted.get(i) instanceof Caution c) {
          if (first[c.getStrategy().ordinal()] < 0) {
            throw new AdviceException(site.id(), "rule \"" + insertedBy.get(i) + "\" added a caution to "
                + c.getStrategy() + ", which no rule recommends");
          }
          addOnce(cautions.get(c.getStrategy().ordinal()), c.getText());
        }
      }
      return cautions;
    }

    /**
     * Merges the proposals of one strategy, at indexes {@code first}, {@code next[first]}... of
     * inserted: every rule and rationale once, the highest priority, STRENGTHEN if any.
     */
    private Recommendation recommendation(Site site, Strategy strategy, int first, int[] next, List<String> cautions) {
      Proposal proposal = (Proposal) inserted.get(first);
      String by = insertedBy.get(first);
      String rationale = proposal.getRationale();
      int priority = proposal.getPriority();
      Mode mode = proposal.getMode();
      if (next[first] >= 0) {
        List<String> rules = new ArrayList<>(List.of(by));
        List<String> rationales = new ArrayList<>(List.of(rationale));
        for (int i = next[first]; i >= 0; i = next[i]) {
          proposal = (Proposal) inserted.get(i);
          addOnce(rules, insertedBy.get(i));
          addOnce(rationales, proposal.getRationale());
          priority = Math.min(priority, proposal.getPriority());
          mode = proposal.getMode() == Mode.STRENGTHEN ? Mode.STRENGTHEN : mode;
        }
        by = String.join(", ", rules);
        rationale = String.join("; ", rationales);
      }
      return Recommendation.builder()
          .strategy(strategy)
          .priority(priority)
          .mode(mode)
          .rule(by)
          .rationale(rationale + ". " + leads(site, strategy))
          .cautions(cautions)
          .build();
    }

    private static void addOnce(List<String> texts, String text) {
      if (!texts.contains(text)) {
        texts.add(text);
      }
    }

    /** Who usually leads the strategy and which of them already work with the site. */
    private static String leads(Site site, Strategy strategy) {
      List<Agency> leads = strategy.usualLeads();
      int working = 0;
      for (int i = 0; i < leads.size(); i++) {
        if (site.hasPartner(leads.get(i))) {
          working |= 1 << i;
        }
      }
      return LEADS[strategy.ordinal()][working];
    }
  }

  /**
   * The sentence on the leads of each strategy, for each set of its usual leads that work with the
   * site (bit i set when lead i does): built once, since every recommendation of every site has one.
   */
  private static final String[][] LEADS = new String[Strategy.values().length][];

  private static final Strategy[] STRATEGIES = Strategy.values();

  static {
    for (Strategy strategy : Strategy.values()) {
      List<Agency> leads = strategy.usualLeads();
      LEADS[strategy.ordinal()] = new String[1 << leads.size()];
      for (int working = 0; working < 1 << leads.size(); working++) {
        LEADS[strategy.ordinal()][working] = leadsSentence(strategy, working);
      }
    }
  }

  private static String leadsSentence(Strategy strategy, int working) {
    if (strategy.usualLeads().isEmpty()) {
      return "Led by " + strategy.usualLeadsDescription() + ".";
    }
    StringBuilder text = new StringBuilder("Usual leads: ").append(strategy.usualLeadsDescription()).append("; ");
    List<Agency> leads = strategy.usualLeads();
    List<String> names = new ArrayList<>(leads.size());
    for (int i = 0; i < leads.size(); i++) {
      if ((working & 1 << i) != 0) {
        names.add(leads.get(i).name());
      }
    }
    if (names.isEmpty()) {
      text.append("none of them works with the site yet");
    } else {
      text.append(String.join(", ", names)).append(names.size() == 1 ? " already works" : " already work").append(" with the site");
    }
    return text.append('.').toString();
  }
}
