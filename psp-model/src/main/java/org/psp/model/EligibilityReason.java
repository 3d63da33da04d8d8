package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * One PSP eligibility criterion of an {@link Advice}, as structure: the rule that decided it, the
 * criterion's name, whether the site meets it, and the {@linkplain Ground grounds} the rule gave.
 * {@link org.psp.model.words.Phrases#eligibilityReason} says it in words.
 *
 * @param rule the name of the rule, as in its .drl file
 * @param criterion a short name, e.g. "violent crime rate"
 * @param met whether the site meets it
 * @param grounds what the rule relied on; at least one
 */
public record EligibilityReason(String rule, String criterion, boolean met, List<Ground> grounds) {

  /** Checks every part is given and not blank, with at least one ground; copies the grounds. */
  public EligibilityReason {
    checkNotNull(rule, "rule");
    checkNotNull(criterion, "criterion");
    checkArgument(!rule.isBlank(), "rule of an eligibility reason must not be blank");
    checkArgument(!criterion.isBlank(), "criterion of an eligibility reason of rule \"%s\" must not be blank", rule);
    grounds = List.copyOf(grounds);
    checkArgument(!grounds.isEmpty(), "eligibility criterion \"%s\" of rule \"%s\" must give at least one ground", criterion,
        rule);
  }
}
