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

  /**
   * Checks that exactly one of advice and error is present, that the advice is about {@code site}
   * and that the error says something.
   */
  public AdviceOutcome {
    checkNotNull(site, "site");
    checkNotNull(advice, "advice");
    checkNotNull(error, "error");
    checkArgument(advice.isPresent() != error.isPresent(), "exactly one of advice and error must be present for site %s",
        site.id());
    advice.ifPresent(a -> checkArgument(a.site().equals(site), "advice is about site %s, not about site %s",
        a.site().id(), site.id()));
    error.ifPresent(e -> checkArgument(!e.isBlank(), "error of site %s must not be blank", site.id()));
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
