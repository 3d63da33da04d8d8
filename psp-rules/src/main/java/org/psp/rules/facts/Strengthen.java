package org.psp.rules.facts;

/**
 * The site already has an effort of a proposal's strategy, so the recommendation is to STRENGTHEN it
 * rather than ESTABLISH a new one; inserted by a refinement rule, with what the site has.
 *
 * <p>In a rule: {@code $r : Proposal( strategy == Strategy.CRIME_ANALYSIS )} then {@code insert( new
 * Strengthen( $r, "the site has a crime analysis unit" ) )}.
 */
public final class Strengthen extends Refinement {

  /**
   * STRENGTHEN the strategy of {@code proposal}.
   *
   * @param reason the effort the site already has
   */
  public Strengthen(Proposal proposal, String reason) {
    super(proposal, reason, "reason to strengthen");
  }

  /** The effort the site already has. */
  public String getReason() {
    return text();
  }

  @Override
  public String toString() {
    return "Strengthen[" + getStrategy() + ": " + text() + "]";
  }
}
