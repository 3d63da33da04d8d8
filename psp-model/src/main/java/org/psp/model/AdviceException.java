package org.psp.model;

/**
 * Thrown when one site cannot be advised: the year has no national rate or no statistics, or a rule
 * loops. The message names the site and the cause; other sites are not affected.
 */
public final class AdviceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String siteId;
  private final String reason;

  /** Creates the exception for the site with id {@code siteId}; the message is {@code siteId: reason}. */
  public AdviceException(String siteId, String reason) {
    super(siteId + ": " + reason);
    this.siteId = siteId;
    this.reason = reason;
  }

  /** The id of the site that could not be advised. */
  public String siteId() {
    return siteId;
  }

  /** Why the site could not be advised, without its id. */
  public String reason() {
    return reason;
  }

  /** The problem as every other is reported: the site's, with the reason. */
  public Problem problem() {
    return Problem.inSite(siteId, "", reason);
  }
}
