package org.psp.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psp.model.DataNote;
import org.psp.model.Strategy;

/**
 * Why a strategy is or is not recommended for a site in a year: every rule in force that can propose
 * it, whether it fired, and each of its conditions as the author wrote it, with the site's values and
 * whether it held. Made by {@link StrategyAdvisor#explain}.
 *
 * @param site the site's id
 * @param year the year advised
 * @param strategy the strategy explained
 * @param recommended whether the advice recommends it
 * @param rules every rule in force that can propose it, in catalog order
 * @param dataNotes the FBI's flags on the figures of the year, which the rules read
 */
public record Explanation(String site, int year, Strategy strategy, boolean recommended, List<RuleCheck> rules,
    List<DataNote> dataNotes) {

  /** Keeps immutable copies of the rules and the notes. */
  public Explanation {
    checkNotNull(site, "site");
    checkNotNull(strategy, "strategy");
    rules = ImmutableList.copyOf(rules);
    dataNotes = ImmutableList.copyOf(dataNotes);
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
