package org.psp.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psp.model.Advice;
import org.psp.model.Agency;
import org.psp.model.InterventionReview;
import org.psp.model.Mode;
import org.psp.model.Reason;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.AdviceException;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Caution;
import org.psp.rules.facts.Criterion;
import org.psp.rules.facts.Eligible;
import org.psp.rules.facts.NotOnRecord;
import org.psp.rules.facts.Priority;
import org.psp.rules.facts.Proposal;
import org.psp.rules.facts.Strengthen;

/**
 * Folds the facts that rules inserted about one site into its {@link Advice}; no Drools here. Each
 * strategy's proposals become one recommendation:
 * <ul>
 *   <li>its rationales: each proposing rule with what it said;
 *   <li>its priority: the highest (smallest) that any {@link Priority} gives the strategy, or a proposal
 *       was given with {@code modify}; otherwise 2. Its reasons are those given for that priority;
 *   <li>its mode: STRENGTHEN when a {@link Strengthen} says so or a proposal was set to it, with each
 *       reason; otherwise UNKNOWN when a {@link NotOnRecord} says so, with what to check; otherwise
 *       ESTABLISH;
 *   <li>its working leads, the usual leads of the strategy that already work with the site, and its
 *       cautions, each once.
 * </ul>
 */
public final class AdviceAssembler {
  private static final Strategy[] STRATEGIES = Strategy.values();

  private AdviceAssembler() {}

  /**
   * The advice on the site of {@code assessment} from what {@code record} says the rules did, with its
   * outcome (from the assessment) and {@code reviews} of its interventions.
   *
   * @throws AdviceException if a caution, priority or mode is about a strategy that no rule proposed
   */
  public static Advice assemble(Assessment assessment, FiringRecord record, List<InterventionReview> reviews) {
    boolean eligible = false;
    List<String> reasons = new ArrayList<>(4);
    Strategies strategies = new Strategies();
    for (int i = 0; i < record.insertedCount(); i++) {
      Object fact = record.fact(i);
      String rule = record.insertedBy(i);
      if (fact instanceof Proposal p) {
        strategies.of(p.getStrategy(), true).proposals.add(p);
        strategies.of(p.getStrategy(), true).rationales.add(new Reason(rule, p.getRationale()));
      } else if (fact instanceof Criterion c) {
        reasons.add((c.isMet() ? "met: " : "not met: ") + c.getReason());
      } else if (fact instanceof Eligible) {
        eligible = true;
      } else if (fact instanceof Priority p) {
        strategies.refined(assessment, p.getStrategy(), rule, "a priority").priorities.add(new Ranked(p.getLevel(),
            new Reason(rule, p.getReason())));
      } else if (fact instanceof Strengthen s) {
        strategies.refined(assessment, s.getStrategy(), rule, "the mode STRENGTHEN").strengthens
            .add(new Reason(rule, s.getReason()));
      } else if (fact instanceof NotOnRecord n) {
        strategies.refined(assessment, n.getStrategy(), rule, "the mode UNKNOWN").unknowns
            .add(new Reason(rule, n.getToCheck()));
      } else if (fact instanceof Caution c) {
        List<String> cautions = strategies.refined(assessment, c.getStrategy(), rule, "a caution").cautions;
        if (!cautions.contains(c.getText())) {
          cautions.add(c.getText());
        }
      }
    }
    List<Recommendation> recommendations = new ArrayList<>();
    for (Strategy strategy : STRATEGIES) {
      Folded folded = strategies.of(strategy, false);
      if (folded != null && !folded.proposals.isEmpty()) {
        recommendations.add(folded.recommendation(strategy, assessment.getSite(), assessment.getYear(), record));
      }
    }
    recommendations.sort(Advice.PRIORITY_ORDER);
    return Advice.builder()
        .site(assessment.getSite())
        .year(assessment.getYear())
        .national(assessment.getNational())
        .eligible(eligible)
        .eligibilityReasons(reasons)
        .recommendations(recommendations)
        .firedRules(record.rules())
        .outcome(Optional.ofNullable(assessment.getOutcome()))
        .interventionReviews(reviews)
        .build();
  }

  /** A priority with its reason. */
  private record Ranked(int level, Reason reason) {}

  /** What the rules said about each strategy, by ordinal; made on first use. */
  private static final class Strategies {
    private final Folded[] folded = new Folded[STRATEGIES.length];

    Folded of(Strategy strategy, boolean make) {
      Folded f = folded[strategy.ordinal()];
      if (f == null && make) {
        f = new Folded();
        folded[strategy.ordinal()] = f;
      }
      return f;
    }

    /** The strategy's facts, which a refinement by {@code rule} needs a proposal among. */
    Folded refined(Assessment assessment, Strategy strategy, String rule, String what) {
      Folded f = of(strategy, false);
      if (f == null || f.proposals.isEmpty()) {
        throw new AdviceException(assessment.getSiteId(), "rule \"" + rule + "\" added " + what + " to " + strategy
            + ", which no rule recommends");
      }
      return f;
    }
  }

  /** One strategy's proposals and refinements. */
  private static final class Folded {
    final List<Proposal> proposals = new ArrayList<>(1);
    final List<Reason> rationales = new ArrayList<>(1);
    final List<Ranked> priorities = new ArrayList<>(1);
    final List<Reason> strengthens = new ArrayList<>(1);
    final List<Reason> unknowns = new ArrayList<>(1);
    final List<String> cautions = new ArrayList<>(0);

    Recommendation recommendation(Strategy strategy, Site site, int year, FiringRecord record) {
      // A proposal whose priority or mode a rule set directly (with modify, or before inserting it)
      // counts as a refinement by that rule.
      List<Ranked> ranked = new ArrayList<>(priorities);
      List<Reason> modeReasons = new ArrayList<>(strengthens);
      List<Reason> unknownReasons = new ArrayList<>(unknowns);
      for (int i = 0; i < proposals.size(); i++) {
        Proposal p = proposals.get(i);
        String setter = record.lastModifierOf(p);
        String rule = setter != null ? setter : rationales.get(i).rule();
        if (p.getPriority() != Proposal.DEFAULT_PRIORITY) {
          ranked.add(new Ranked(p.getPriority(), new Reason(rule, "priority " + p.getPriority() + " set on the proposal")));
        }
        if (p.getMode() == Mode.STRENGTHEN) {
          modeReasons.add(new Reason(rule, "STRENGTHEN set on the proposal"));
        } else if (p.getMode() == Mode.UNKNOWN) {
          unknownReasons.add(new Reason(rule, "UNKNOWN set on the proposal"));
        }
      }
      int priority = Recommendation.DEFAULT_PRIORITY;
      if (!ranked.isEmpty()) {
        priority = Recommendation.LOWEST_PRIORITY;
        for (Ranked r : ranked) {
          priority = Math.min(priority, r.level());
        }
      }
      List<Reason> priorityReasons = new ArrayList<>(1);
      for (Ranked r : ranked) {
        if (r.level() == priority && !priorityReasons.contains(r.reason())) {
          priorityReasons.add(r.reason());
        }
      }
      List<Agency> working = new ArrayList<>(strategy.usualLeads().size());
      for (Agency lead : strategy.usualLeads()) {
        if (site.hasPartner(lead, year)) {
          working.add(lead);
        }
      }
      // STRENGTHEN wins: what the site has is on record. Else UNKNOWN when anything is not on record.
      Mode mode = !modeReasons.isEmpty() ? Mode.STRENGTHEN : !unknownReasons.isEmpty() ? Mode.UNKNOWN : Mode.ESTABLISH;
      if (mode == Mode.UNKNOWN) {
        modeReasons = unknownReasons;
      }
      return Recommendation.builder()
          .strategy(strategy)
          .priority(priority)
          .mode(mode)
          .workingLeads(working)
          .rationales(distinct(rationales))
          .priorityReasons(priorityReasons)
          .modeReasons(distinct(modeReasons))
          .cautions(cautions)
          .build();
    }

    private static List<Reason> distinct(List<Reason> reasons) {
      if (reasons.size() < 2) {
        return reasons;
      }
      List<Reason> once = new ArrayList<>(reasons.size());
      for (Reason reason : reasons) {
        if (!once.contains(reason)) {
          once.add(reason);
        }
      }
      return once;
    }
  }
}
