package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What one rule said about a recommendation, as structure: the rule's name and its words. A
 * recommendation carries one for each rule that proposed it (its rationale), and one for each rule
 * that set its priority or its mode; writers turn them into sentences.
 *
 * @param rule the name of the rule, as in its .drl file
 * @param text what the rule said, quoting the numbers it used, e.g. "violent crime 3.20× the national
 *     rate, at least 3×"
 */
public record Reason(String rule, String text) {

  /** Checks that both are given and not blank. */
  public Reason {
    checkNotNull(rule, "rule");
    checkNotNull(text, "text");
    checkArgument(!rule.isBlank(), "rule of a reason must not be blank");
    checkArgument(!text.isBlank(), "text of a reason of rule \"%s\" must not be blank", rule);
  }
}
