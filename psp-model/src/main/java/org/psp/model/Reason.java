package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What one rule said about a recommendation, as structure: the rule's name and the {@linkplain Ground
 * grounds} it gave. A recommendation carries one for each rule that proposed it (its rationale), one
 * for each rule that set its mode, and one for each caution; {@link org.psp.model.words.Phrases} turns
 * them into sentences.
 *
 * @param rule the name of the rule, as in its .drl file
 * @param grounds what the rule relied on, in its order; at least one
 */
public record Reason(String rule, List<Ground> grounds) {

  /** Checks that both are given, the rule not blank and the grounds not empty; copies the grounds. */
  public Reason {
    checkNotNull(rule, "rule");
    checkArgument(!rule.isBlank(), "rule of a reason must not be blank");
    grounds = List.copyOf(grounds);
    checkArgument(!grounds.isEmpty(), "a reason of rule \"%s\" must give at least one ground", rule);
  }

  /** A reason of {@code rule} with {@code grounds}. */
  public static Reason of(String rule, Ground... grounds) {
    return new Reason(rule, List.of(grounds));
  }
}
