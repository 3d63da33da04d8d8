package org.psp.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.psp.model.Advice;
import org.psp.model.Site;

/**
 * The outcome of advising one site in a batch: its advice, or why it could not be advised.
 *
 * @param site the site
 * @param advice the advice, when the site could be advised
 * @param error why not, otherwise (without the site id, which {@code site} gives)
 */
public record AdviceOutcome(Site site, Optional<Advice> advice, Optional<String> error) {

  /** Checks that exactly one of advice and error is present. */
  public AdviceOutcome {
    checkNotNull(site, "site");
    checkArgument(advice.isPresent() != error.isPresent(), "exactly one of advice and error must be present");
  }

  /** The site was advised. */
  public static AdviceOutcome of(Advice advice) {
    return new AdviceOutcome(advice.site(), Optional.of(advice), Optional.empty());
  }

  /** The site could not be advised. */
  public static AdviceOutcome failed(Site site, String error) {
    return new AdviceOutcome(site, Optional.empty(), Optional.of(error));
  }
}
