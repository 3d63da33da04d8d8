package org.psp.examples.scenario;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.psp.model.Advice;
import org.psp.model.Mode;
import org.psp.model.Outcome;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;
import org.psp.model.words.AdviceText;
import org.psp.model.words.Phrases;
import org.psp.model.words.RecommendationText;

/**
 * What a scenario expects of the advice; every stated expectation must hold.
 *
 * @param eligible whether the site must be eligible, if stated
 * @param recommend strategies that must be recommended
 * @param notRecommend strategies that must not be recommended
 * @param priority the priority each of these strategies must have (it must be recommended)
 * @param mode the mode each of these strategies must have (it must be recommended)
 * @param dataGaps strategies that must be among the advice's data gaps
 * @param outcome the verdict the site's outcome must have, if stated
 * @param focus the site's focus, in order (where to start), if stated: empty when not
 */
public record Expectation(Optional<Boolean> eligible, Set<Strategy> recommend, Set<Strategy> notRecommend,
    Map<Strategy, Integer> priority, Map<Strategy, Mode> mode, Set<Strategy> dataGaps, Optional<Outcome.Verdict> outcome,
    List<Strategy> focus) {

  /** Makes immutable copies. */
  public Expectation {
    recommend = ImmutableSet.copyOf(recommend);
    notRecommend = ImmutableSet.copyOf(notRecommend);
    priority = ImmutableMap.copyOf(priority);
    mode = ImmutableMap.copyOf(mode);
    dataGaps = ImmutableSet.copyOf(dataGaps);
    focus = List.copyOf(focus);
  }

  /** Whether it states no expectation at all: such a scenario would pass whatever the advice. */
  public boolean isEmpty() {
    return eligible.isEmpty() && recommend.isEmpty() && notRecommend.isEmpty() && priority.isEmpty() && mode.isEmpty()
        && dataGaps.isEmpty() && outcome.isEmpty() && focus.isEmpty();
  }

  /** Every expectation that {@code advice} does not meet, each saying what was expected and what came. */
  public List<String> unmetBy(Advice advice) {
    List<String> unmet = new ArrayList<>();
    eligible.ifPresent(e -> {
      if (e != advice.eligible()) {
        unmet.add("expected eligible " + e + ", got " + advice.eligible() + " ("
            + String.join("; ", Phrases.eligibilityReasons(advice.eligibilityReasons())) + ")");
      }
    });
    for (Strategy s : recommend) {
      if (advice.recommendation(s).isEmpty()) {
        unmet.add("expected " + s + " to be recommended, got " + advice.strategies());
      }
    }
    for (Strategy s : notRecommend) {
      advice.recommendation(s).ifPresent(r ->
          unmet.add("expected " + s + " not to be recommended, got it from " + RecommendationText.rules(r)));
    }
    priority.forEach((s, expected) -> {
      Optional<Recommendation> r = advice.recommendation(s);
      if (r.isEmpty()) {
        unmet.add("expected " + s + " at priority " + expected + ", got no recommendation of it");
      } else if (r.get().priority() != expected) {
        unmet.add("expected " + s + " at priority " + expected + ", got priority " + r.get().priority() + " at rank "
            + r.get().rank() + " (the focus is " + advice.focus() + ")");
      }
    });
    mode.forEach((s, expected) -> {
      Optional<Recommendation> r = advice.recommendation(s);
      if (r.isEmpty()) {
        unmet.add("expected " + s + " in mode " + expected + ", got no recommendation of it");
      } else if (r.get().mode() != expected) {
        unmet.add("expected " + s + " in mode " + expected + ", got " + r.get().mode() + ": " + Phrases.modeReason(r.get()));
      }
    });
    Set<Strategy> gaps = EnumSet.noneOf(Strategy.class);
    advice.dataGaps().forEach(g -> gaps.add(g.strategy()));
    for (Strategy s : dataGaps) {
      if (!gaps.contains(s)) {
        unmet.add("expected " + s + " among the data gaps, got " + (gaps.isEmpty() ? "none" : gaps));
      }
    }
    outcome.ifPresent(expected -> {
      Optional<Outcome.Verdict> got = advice.outcome().map(Outcome::verdict);
      if (!got.equals(Optional.of(expected))) {
        unmet.add("expected the outcome " + expected + ", got " + got.map(Enum::name).orElse("none (the site was not engaged by "
            + advice.year() + ")") + AdviceText.outcome(advice).map(o -> " (" + o + ")").orElse(""));
      }
    });
    if (!focus.isEmpty() && !focus.equals(advice.focus())) {
      unmet.add("expected the focus " + focus + ", got " + advice.focus() + focusScores(advice));
    }
    return unmet;
  }

  /** " (scores: HOT_SPOTS_POLICING 1.86, ...)" for the first recommendations by rank: what decided the focus. */
  private static String focusScores(Advice advice) {
    List<String> scores = new ArrayList<>();
    for (Recommendation r : advice.recommendations()) {
      if (scores.size() == advice.focus().size() + 2) {
        break;
      }
      scores.add(r.strategy() + " " + String.format(java.util.Locale.ROOT, "%.2f", r.score())
          + (r.rankReasons().stream().anyMatch(org.psp.model.RankReason::isPlacement) ? " (placed)" : ""));
    }
    return scores.isEmpty() ? "" : " (by rank, with scores: " + String.join(", ", scores) + ")";
  }
}
