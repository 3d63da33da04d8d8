package org.psp.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a {@link Recommendation}, written once for every writer (text, JSON): its rationale,
 * the sentence on its leads, and why it has its priority and its mode.
 */
public final class RecommendationText {

  private RecommendationText() {}

  /**
   * Why the strategy is recommended, then who leads it: each rule's rationale once, joined with "; ",
   * then the {@linkplain #leads leads sentence}, e.g. "the site has a backlog of outstanding warrants.
   * Usual leads: USMS; none of them works with the site yet."
   */
  public static String rationale(Recommendation recommendation) {
    return joined(recommendation.rationales()) + ". " + leads(recommendation);
  }

  /**
   * Who usually leads the strategy and which of them already work with the site: "Usual leads: FBI,
   * ATF, DEA, USMS; ATF already works with the site.", or "Led by local government." for a strategy
   * with no federal or partner lead.
   */
  public static String leads(Recommendation recommendation) {
    Strategy strategy = recommendation.strategy();
    if (strategy.usualLeads().isEmpty()) {
      return "Led by " + strategy.usualLeadsDescription() + ".";
    }
    StringBuilder text = new StringBuilder("Usual leads: ").append(strategy.usualLeadsDescription()).append("; ");
    List<Agency> working = recommendation.workingLeads();
    if (working.isEmpty()) {
      text.append("none of them works with the site yet");
    } else {
      List<String> names = new ArrayList<>(working.size());
      working.forEach(a -> names.add(a.name()));
      text.append(String.join(", ", names)).append(names.size() == 1 ? " already works" : " already work")
          .append(" with the site");
    }
    return text.append('.').toString();
  }

  /** Why the priority: "priority 1: violent crime 3.20× the national rate, at least 3×", or the default. */
  public static String priority(Recommendation recommendation) {
    return "priority " + recommendation.priority() + (recommendation.priorityReasons().isEmpty()
        ? " (the default: no rule set one)" : ": " + joined(recommendation.priorityReasons()));
  }

  /** Why the mode: "STRENGTHEN: the site has a crime analysis unit", or the default, ESTABLISH. */
  public static String mode(Recommendation recommendation) {
    return recommendation.mode() + (recommendation.modeReasons().isEmpty()
        ? " (the default: no rule found an existing effort to strengthen)" : ": " + joined(recommendation.modeReasons()));
  }

  /**
   * The rules that proposed it, each in double quotes (a rule's name may hold commas), joined with
   * "; ": "\"Federal prosecution: gun violence at an eligible site\"".
   */
  public static String rules(Recommendation recommendation) {
    List<String> quoted = new ArrayList<>(recommendation.rationales().size());
    recommendation.rules().forEach(rule -> quoted.add('"' + rule + '"'));
    return String.join("; ", quoted);
  }

  /** The reasons' texts, each once, in order, joined with "; ". */
  private static String joined(List<Reason> reasons) {
    List<String> texts = new ArrayList<>(reasons.size());
    for (Reason reason : reasons) {
      if (!texts.contains(reason.text())) {
        texts.add(reason.text());
      }
    }
    return String.join("; ", texts);
  }
}
