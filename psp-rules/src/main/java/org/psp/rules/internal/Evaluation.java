package org.psp.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;
import org.psp.model.Advice;
import org.psp.model.Agency;
import org.psp.model.Mode;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.AdviceException;
import org.psp.rules.PolicySettings;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Caution;
import org.psp.rules.facts.Criterion;
import org.psp.rules.facts.Eligible;
import org.psp.rules.facts.Proposal;

/**
 * One evaluation of one site: a fresh stateless session over the shared rule base, the facts in, the
 * rules fired up to a limit, and the resulting facts turned into {@link Advice}.
 */
public final class Evaluation {
  private final KieSessionsPool sessions;
  private final PolicySettings settings;
  private final int fireLimit;

  /** An evaluation over {@code ruleBase}, stopping a looping rule after {@code fireLimit} firings. */
  public Evaluation(KieBase ruleBase, PolicySettings settings, int fireLimit) {
    // Sessions are reset and reused rather than built for every site: building one costs more than
    // running the rules. The pool grows to the number of threads evaluating at once.
    this.sessions = ((InternalKnowledgeBase) ruleBase).newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    this.settings = settings;
    this.fireLimit = fireLimit;
  }

  /** Advises {@code site} for {@code year}, whose national rate is {@code nationalRate}. */
  public Advice advise(Site site, int year, double nationalRate) {
    Assessment assessment = new Assessment(site, year, nationalRate, settings);
    Record record = new Record();
    StatelessKieSession session = sessions.newStatelessKieSession();
    session.addEventListener(record.firings);
    session.addEventListener(record.insertions);
    List<Command<?>> commands = List.of(
        CommandFactory.newInsert(settings),
        CommandFactory.newInsert(assessment),
        CommandFactory.newFireAllRules(fireLimit));
    try {
      session.execute(CommandFactory.newBatchExecution(commands));
    } catch (RuntimeException e) {
      throw new AdviceException(site.id(), "rule \"" + record.lastRule + "\" failed: " + rootMessage(e));
    }
    int fired = record.firingCount;
    if (fired >= fireLimit) {
      throw new AdviceException(site.id(), "rule \"" + record.mostFired() + "\" seems to loop: the rules fired "
          + fired + " times in one evaluation, past the limit of " + fireLimit + "; a rule that modifies a fact "
          + "it matches needs a condition that its own change makes false");
    }
    return record.toAdvice(site, year, nationalRate);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  /** What the rules did during one evaluation. */
  private static final class Record {
    private final Map<String, Integer> firingsByRule = new LinkedHashMap<>();
    private final Map<Object, String> insertedBy = new IdentityHashMap<>();
    private final List<Object> inserted = new ArrayList<>();
    private String lastRule = "(none)";
    private int firingCount;

    final DefaultAgendaEventListener firings = new DefaultAgendaEventListener() {
      @Override
      public void beforeMatchFired(BeforeMatchFiredEvent event) {
        lastRule = event.getMatch().getRule().getName();
      }

      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        firingsByRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
        firingCount++;
      }
    };

    final DefaultRuleRuntimeEventListener insertions = new DefaultRuleRuntimeEventListener() {
      @Override
      public void objectInserted(ObjectInsertedEvent event) {
        inserted.add(event.getObject());
        if (event.getRule() != null) {
          insertedBy.put(event.getObject(), event.getRule().getName());
        }
      }
    };

    String mostFired() {
      return firingsByRule.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("(none)");
    }

    Advice toAdvice(Site site, int year, double nationalRate) {
      boolean eligible = false;
      List<String> reasons = new ArrayList<>(4);
      Map<Strategy, List<Proposal>> proposals = new EnumMap<>(Strategy.class);
      List<Caution> cautions = new ArrayList<>(4);
      for (Object o : inserted) {
        if (o instanceof Proposal p) {
          proposals.computeIfAbsent(p.getStrategy(), s -> new ArrayList<>(1)).add(p);
        } else if (o instanceof Criterion c) {
          reasons.add((c.isMet() ? "met: " : "not met: ") + c.getReason());
        } else if (o instanceof Caution c) {
          cautions.add(c);
        } else if (o instanceof Eligible) {
          eligible = true;
        }
      }
      Map<Strategy, Set<String>> cautionsByStrategy = new EnumMap<>(Strategy.class);
      for (Caution c : cautions) {
        if (!proposals.containsKey(c.getStrategy())) {
          throw new AdviceException(site.id(), "rule \"" + insertedBy.get(c) + "\" added a caution to "
              + c.getStrategy() + ", which no rule recommends");
        }
        cautionsByStrategy.computeIfAbsent(c.getStrategy(), s -> new LinkedHashSet<>()).add(c.getText());
      }
      List<Recommendation> recommendations = new ArrayList<>(proposals.size());
      proposals.forEach((strategy, list) -> recommendations.add(recommendation(site, strategy, list,
          cautionsByStrategy.getOrDefault(strategy, Set.of()))));
      recommendations.sort(Advice.PRIORITY_ORDER);
      return Advice.builder()
          .site(site)
          .year(year)
          .nationalRate(nationalRate)
          .eligible(eligible)
          .eligibilityReasons(reasons)
          .recommendations(recommendations)
          .firedRules(firingsByRule.keySet())
          .build();
    }

    /** Merges the proposals of one strategy: every rule and rationale, the highest priority, STRENGTHEN if any. */
    private Recommendation recommendation(Site site, Strategy strategy, List<Proposal> proposals, Collection<String> cautions) {
      String rules;
      String rationale;
      int priority;
      Mode mode;
      if (proposals.size() == 1) {
        Proposal only = proposals.get(0);
        rules = ruleOf(only);
        rationale = only.getRationale();
        priority = only.getPriority();
        mode = only.getMode();
      } else {
        rules = proposals.stream().map(this::ruleOf).distinct().collect(Collectors.joining(", "));
        rationale = proposals.stream().map(Proposal::getRationale).distinct().collect(Collectors.joining("; "));
        priority = proposals.stream().mapToInt(Proposal::getPriority).min().orElseThrow();
        mode = proposals.stream().anyMatch(p -> p.getMode() == Mode.STRENGTHEN) ? Mode.STRENGTHEN : Mode.ESTABLISH;
      }
      return Recommendation.builder()
          .strategy(strategy)
          .priority(priority)
          .mode(mode)
          .leadPartners(strategy.usualLeads())
          .rule(rules)
          .rationale(rationale + ". " + leads(site, strategy))
          .cautions(cautions)
          .build();
    }

    private String ruleOf(Proposal proposal) {
      return insertedBy.getOrDefault(proposal, "(inserted by the application)");
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
