package org.psp.rules.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psp.model.Advice;
import org.psp.model.AdviceException;
import org.psp.model.Agency;
import org.psp.model.EligibilityReason;
import org.psp.model.Ground;
import org.psp.model.InterventionReview;
import org.psp.model.Mode;
import org.psp.model.RankReason;
import org.psp.model.Reason;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Caution;
import org.psp.rules.facts.Criterion;
import org.psp.rules.facts.Eligible;
import org.psp.rules.facts.NotOnRecord;
import org.psp.rules.facts.Proposal;
import org.psp.rules.facts.RankScore;
import org.psp.rules.facts.RankWithin;
import org.psp.rules.facts.Strengthen;

/**
 * Folds the facts that rules inserted about one site into its {@link Advice}; no Drools here. Each
 * strategy's proposals become one recommendation:
 * <ul>
 *   <li>its rationales: each proposing rule with the grounds it gave;
 *   <li>its score: for each factor of its {@link RankScore}s, the highest points any rule gave it (a
 *       strategy proposed by two rules is not counted twice), added up over the factors;
 *   <li>its rank: by score, the highest first; ties go by the catalog order of the strategies
 *       ({@link Strategy}'s order, CONTRACT §3). A {@link RankWithin} places it at that rank or better:
 *       at each rank, a strategy placed within it that is not yet ranked goes first (the best scored of
 *       them), else the best scored of the rest;
 *   <li>its priority, from the rank: 1 for the focus (the first {@code focusSize}), 3 for a supporting
 *       strategy outside it, 2 for the rest;
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
    List<EligibilityReason> reasons = new ArrayList<>(4);
    Strategies strategies = new Strategies();
    for (int i = 0; i < record.insertedCount(); i++) {
      Object fact = record.fact(i);
      String rule = record.insertedBy(i);
      if (fact instanceof Proposal p) {
        Folded folded = strategies.of(p.getStrategy(), true);
        folded.proposals.add(p);
        folded.rationales.add(new Reason(rule, p.getGrounds()));
      } else if (fact instanceof Criterion c) {
        reasons.add(new EligibilityReason(rule, c.getName(), c.isMet(), c.getGrounds()));
      } else if (fact instanceof Eligible) {
        eligible = true;
      } else if (fact instanceof RankScore r) {
        strategies.refined(assessment, r.getStrategy(), rule, "a rank score").score(RankReason.score(rule, r.getFactor(),
            r.getPoints(), r.getGrounds()));
      } else if (fact instanceof RankWithin r) {
        // A rule that places each proposal of a strategy proposed twice places the strategy once.
        List<RankReason> placements = strategies.refined(assessment, r.getStrategy(), rule, "a placement").placements;
        RankReason placement = RankReason.placement(rule, r.getFactor(), r.getWithin(), r.getGrounds());
        if (!placements.contains(placement)) {
          placements.add(placement);
        }
      } else if (fact instanceof Strengthen s) {
        strategies.refined(assessment, s.getStrategy(), rule, "the mode STRENGTHEN").strengthens
            .add(new Reason(rule, s.getGrounds()));
      } else if (fact instanceof NotOnRecord n) {
        strategies.refined(assessment, n.getStrategy(), rule, "the mode UNKNOWN").unknowns
            .add(new Reason(rule, n.getGrounds()));
      } else if (fact instanceof Caution c) {
        List<Reason> cautions = strategies.refined(assessment, c.getStrategy(), rule, "a caution").cautions;
        Reason caution = new Reason(rule, c.getGrounds());
        if (!cautions.contains(caution)) {
          cautions.add(caution);
        }
      }
    }
    List<Folded> proposed = new ArrayList<>();
    for (Strategy strategy : STRATEGIES) {
      Folded folded = strategies.of(strategy, false);
      if (folded != null && !folded.proposals.isEmpty()) {
        folded.strategy = strategy;
        proposed.add(folded);
      }
    }
    List<Folded> ranked = ranked(proposed);
    int focusSize = assessment.getSettings().focusSize();
    List<Recommendation> recommendations = new ArrayList<>(ranked.size());
    List<Strategy> focus = new ArrayList<>(focusSize);
    for (int i = 0; i < ranked.size(); i++) {
      Folded folded = ranked.get(i);
      int rank = i + 1;
      int priority = rank <= focusSize ? Recommendation.HIGHEST_PRIORITY
          : folded.strategy.isSupporting() ? Recommendation.LOWEST_PRIORITY : Recommendation.DEFAULT_PRIORITY;
      recommendations.add(folded.recommendation(assessment, record, rank, priority));
      if (rank <= focusSize) {
        focus.add(folded.strategy);
      }
    }
    return Advice.builder()
        .site(assessment.getSite())
        .year(assessment.getYear())
        .national(assessment.getNational())
        .thresholds(assessment.getSettings().ratioThresholds())
        .eligible(eligible)
        .eligibilityReasons(reasons)
        .recommendations(recommendations)
        .focus(focus)
        .firedRules(record.rules())
        .outcome(Optional.ofNullable(assessment.getOutcome()))
        .interventionReviews(reviews)
        .build();
  }

  /**
   * The strategies in rank order: by score, the highest first, ties in catalog order; at each rank, a
   * strategy placed within it (and not yet ranked) goes first.
   */
  private static List<Folded> ranked(List<Folded> proposed) {
    List<Folded> byScore = new ArrayList<>(proposed.size());
    // An insertion sort, stable (equal scores keep the catalog order), for the few strategies of a site.
    for (Folded f : proposed) {
      f.total = f.score();
      f.bestWithin = f.within();
      int at = byScore.size();
      while (at > 0 && Double.compare(f.total, byScore.get(at - 1).total) > 0) {
        at--;
      }
      byScore.add(at, f);
    }
    List<Folded> ranked = new ArrayList<>(byScore.size());
    while (!byScore.isEmpty()) {
      int rank = ranked.size() + 1;
      int next = 0;
      for (int i = 0; i < byScore.size(); i++) {
        if (byScore.get(i).bestWithin <= rank) {
          next = i;
          break;
        }
      }
      ranked.add(byScore.remove(next));
    }
    return ranked;
  }

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
    Strategy strategy;
    final List<Proposal> proposals = new ArrayList<>(1);
    final List<Reason> rationales = new ArrayList<>(1);
    /** The highest score of each factor, in the order the factors first came. */
    final List<RankReason> scores = new ArrayList<>(3);
    final List<RankReason> placements = new ArrayList<>(0);
    final List<Reason> strengthens = new ArrayList<>(1);
    final List<Reason> unknowns = new ArrayList<>(1);
    final List<Reason> cautions = new ArrayList<>(0);
    /** Its {@link #score()} and {@link #within()}, set once its facts are all folded in, for the ranking. */
    double total;
    int bestWithin;

    /** Keeps {@code score} when it is the first or the highest of its factor. */
    void score(RankReason score) {
      for (int i = 0; i < scores.size(); i++) {
        if (scores.get(i).factor().equals(score.factor())) {
          if (score.points() > scores.get(i).points()) {
            scores.set(i, score);
          }
          return;
        }
      }
      scores.add(score);
    }

    double score() {
      double sum = 0;
      for (RankReason r : scores) {
        sum += r.points();
      }
      return sum;
    }

    /** The best rank a placement asks for, or {@code Integer.MAX_VALUE} with none. */
    int within() {
      int within = Integer.MAX_VALUE;
      for (RankReason r : placements) {
        within = Math.min(within, r.within().getAsInt());
      }
      return within;
    }

    Recommendation recommendation(Assessment assessment, FiringRecord record, int rank, int priority) {
      // A proposal whose mode a rule set directly (with modify, or before inserting it) counts as a
      // refinement by that rule.
      List<Reason> modeReasons = new ArrayList<>(strengthens);
      List<Reason> unknownReasons = new ArrayList<>(unknowns);
      for (int i = 0; i < proposals.size(); i++) {
        Proposal p = proposals.get(i);
        String setter = record.lastModifierOf(p);
        String rule = setter != null ? setter : rationales.get(i).rule();
        if (p.getMode() == Mode.STRENGTHEN) {
          modeReasons.add(Reason.of(rule, new Ground.ModeSetByRule(Mode.STRENGTHEN)));
        } else if (p.getMode() == Mode.UNKNOWN) {
          unknownReasons.add(Reason.of(rule, new Ground.ModeSetByRule(Mode.UNKNOWN)));
        }
      }
      List<RankReason> rankReasons = new ArrayList<>(scores.size() + placements.size());
      rankReasons.addAll(scores);
      rankReasons.addAll(placements);
      List<Agency> working = new ArrayList<>(strategy.usualLeads().size());
      for (Agency lead : strategy.usualLeads()) {
        if (assessment.hasPartner(lead)) {
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
          .rank(rank)
          .priority(priority)
          .mode(mode)
          .workingLeads(working)
          .rationales(distinct(rationales))
          .rankReasons(rankReasons)
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
