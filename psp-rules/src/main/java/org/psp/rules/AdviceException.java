package org.psp.rules;

/**
 * Thrown when one site cannot be advised: the year has no national rate or no statistics, or a rule
 * loops. The message names the site and the cause; other sites are not affected.
 */
public final class AdviceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String siteId;

  /** Creates the exception for the site with id {@code siteId}. */
  public AdviceException(String siteId, String message) {
    super(siteId + ": " + message);
    this.siteId = siteId;
  }

  /** The id of the site that could not be advised. */
  public String siteId() {
    return siteId;
  }
}
