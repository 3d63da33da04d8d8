package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when one site cannot be advised: the year has no national rate or no statistics, or a rule
 * fails or loops. It carries the {@link Problem} of that site, as every problem is reported (a site
 * file's, a rule file's); other sites are not affected.
 */
public final class AdviceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Problem problem;

  /**
   * Creates the exception for the site with id {@code siteId}: its problem is the site's with {@code
   * reason} as message, and its message {@code siteId: reason}.
   *
   * @throws IllegalArgumentException if {@code siteId} is not a site's id (a reason given in its place
   *     is refused, naming it)
   */
  public AdviceException(String siteId, String reason) {
    this(Problem.inSite(siteId, checkNotNull(reason, "reason")));
  }

  private AdviceException(Problem problem) {
    super(problem.toString());
    checkArgument(!problem.site().isEmpty(), "an AdviceException needs the id of its site but was \"\" (reason: %s)",
        problem.message());
    this.problem = problem;
  }

  /** Why the site could not be advised: the problem of the site ({@link Problem#site()}), its reason as message. */
  public Problem problem() {
    return problem;
  }
}
