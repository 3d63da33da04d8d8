package org.psp.rules.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psp.model.DataNote;
import org.psp.model.RankReason;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;

/**
 * Why a strategy is or is not recommended for a site in a year: every rule in force that can propose
 * it, whether it fired, and each of its conditions as the author wrote it, with the site's values and
 * whether it held. Made by {@link org.psp.rules.StrategyAdvisor#explain}.
 *
 * @param site the site's id
 * @param year the year advised
 * @param strategy the strategy explained
 * @param recommended whether the advice recommends it
 * @param rules every rule in force that can propose it, in catalog order
 * @param dataNotes the FBI's flags on the figures of the year, which the rules read
 * @param standing where it ranks among the site's recommendations and what would move it up; empty
 *     when it is not recommended
 */
public record Explanation(String site, int year, Strategy strategy, boolean recommended, List<RuleCheck> rules,
    List<DataNote> dataNotes, Optional<Standing> standing) {

  /** Keeps immutable copies of the rules and the notes. */
  public Explanation {
    checkNotNull(site, "site");
    checkNotNull(strategy, "strategy");
    checkNotNull(standing, "standing");
    rules = ImmutableList.copyOf(rules);
    dataNotes = ImmutableList.copyOf(dataNotes);
  }

  /**
   * Where a recommended strategy ranks and what would move it up.
   *
   * @param recommendation the recommendation, with its rank, score and rank reasons
   * @param of how many recommendations the site has
   * @param focusSize how many of the first are the focus (the policy's {@code focusSize})
   * @param above the recommendation ranked just above it; empty at rank 1
   * @param gains what could raise its score past the one above, factor by factor, at most; empty at
   *     rank 1, when the one above is placed there by a rule whatever its score, or when no factor of
   *     the default ranking can gain
   */
  public record Standing(Recommendation recommendation, int of, int focusSize, Optional<Recommendation> above,
      List<Gain> gains) {

    /** Keeps an immutable copy of the gains. */
    public Standing {
      checkNotNull(recommendation, "recommendation");
      checkNotNull(above, "above");
      gains = ImmutableList.copyOf(gains);
    }

    /** Whether it is in the site's focus. */
    public boolean inFocus() {
      return recommendation.rank() <= focusSize;
    }

    /** Whether the one above is placed there by a rule (e.g. enforcement first), which no score moves past. */
    public boolean abovePlaced() {
      return above.map(a -> a.rankReasons().stream().anyMatch(RankReason::isPlacement)).orElse(false)
          && recommendation.rankReasons().stream().noneMatch(RankReason::isPlacement);
    }

    /** The points its score lacks to pass the one above (ties go to the one earlier in the catalog); 0 at rank 1. */
    public double shortBy() {
      return above.map(a -> a.score() - recommendation.score()).orElse(0.0);
    }
  }

  /**
   * A factor that could add points to a strategy's score, and how.
   *
   * @param factor the factor, e.g. "capacity"
   * @param points the most it could add
   * @param how what would change at the site for it, e.g. "a deficit condition the site reports"
   */
  public record Gain(String factor, double points, String how) {

    /** Checks that it names a factor and says how. */
    public Gain {
      checkNotNull(factor, "factor");
      checkNotNull(how, "how");
    }
  }

  /**
   * One rule that can propose the strategy.
   *
   * @param rule the rule, as the catalog lists it
   * @param fired whether it fired for the site
   * @param conditions its conditions, in the order written
   */
  public record RuleCheck(RuleInfo rule, boolean fired, List<ConditionCheck> conditions) {

    /** Keeps an immutable copy of the conditions. */
    public RuleCheck {
      checkNotNull(rule, "rule");
      conditions = ImmutableList.copyOf(conditions);
    }

    /** The first condition that failed, if any: the reason a rule that did not fire did not. */
    public java.util.Optional<ConditionCheck> firstFailed() {
      return conditions.stream().filter(c -> Boolean.FALSE.equals(c.held())).findFirst();
    }
  }

  /**
   * One condition of a rule.
   *
   * @param text the condition as written in the .drl file, e.g. {@code firearmShare >=
   *     $p.federalProsecutionFirearmShare}, or a whole pattern, {@code not Proposal( strategy ==
   *     Strategy.REENTRY )}
   * @param line its line in the rule's file
   * @param values the site's values that the condition reads, by name as written (a missing figure
   *     is null), in the order they appear
   * @param held true or false; null when it could not be decided, for a figure it reads is missing
   *     (a missing figure meets no threshold, so the rule did not fire on it) or for a kind of
   *     condition the explanation cannot evaluate
   */
  public record ConditionCheck(String text, int line, Map<String, Object> values, Boolean held) {

    /** Keeps an unmodifiable copy of the values, in their order; nulls allowed. */
    public ConditionCheck {
      checkNotNull(text, "text");
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }
}
