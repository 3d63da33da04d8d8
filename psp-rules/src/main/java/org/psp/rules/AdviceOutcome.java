package org.psp.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.psp.model.Advice;
import org.psp.model.Problem;
import org.psp.model.Site;

/**
 * The outcome of advising one site in a batch: its advice, or why it could not be advised.
 *
 * @param site the site
 * @param advice the advice, when the site could be advised
 * @param error why not, otherwise: a problem of the site, in the words of every other problem
 */
public record AdviceOutcome(Site site, Optional<Advice> advice, Optional<Problem> error) {

  /**
   * Checks that exactly one of advice and error is present, and that each is about {@code site}.
   */
  public AdviceOutcome {
    checkNotNull(site, "site");
    checkNotNull(advice, "advice");
    checkNotNull(error, "error");
    checkArgument(advice.isPresent() != error.isPresent(), "exactly one of advice and error must be present for site %s",
        site.id());
    advice.ifPresent(a -> checkArgument(a.site().equals(site), "advice is about site %s, not about site %s",
        a.site().id(), site.id()));
    error.ifPresent(e -> checkArgument(e.site().equals(site.id()), "the error is about site %s, not about site %s",
        e.site(), site.id()));
  }

  /** The site was advised. */
  public static AdviceOutcome of(Advice advice) {
    return new AdviceOutcome(advice.site(), Optional.of(advice), Optional.empty());
  }

  /**
   * The site could not be advised, for {@code reason} (without the site's id, which the problem gives).
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public static AdviceOutcome failed(Site site, String reason) {
    checkArgument(!reason.isBlank(), "the reason site %s could not be advised must not be blank", site.id());
    return new AdviceOutcome(site, Optional.empty(), Optional.of(Problem.inSite(site.id(), reason)));
  }
}
