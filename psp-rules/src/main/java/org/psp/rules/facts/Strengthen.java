package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.psp.model.Strategy;

/**
 * The site already has an effort of a proposal's strategy, so the recommendation is to STRENGTHEN it
 * rather than ESTABLISH a new one; inserted by a refinement rule, with what the site has.
 *
 * <p>In a rule: {@code $r : Proposal( strategy == Strategy.CRIME_ANALYSIS )} then {@code insert( new
 * Strengthen( $r, "the site has a crime analysis unit" ) )}.
 */
public final class Strengthen {
  private final Proposal proposal;
  private final String reason;

  /**
   * STRENGTHEN the strategy of {@code proposal}.
   *
   * @param reason the effort the site already has
   */
  public Strengthen(Proposal proposal, String reason) {
    this.proposal = checkNotNull(proposal, "proposal");
    this.reason = checkNotNull(reason, "reason");
    checkArgument(!reason.isBlank(), "reason to strengthen %s must not be blank", proposal.getStrategy());
  }

  /** The proposal it applies to. */
  public Proposal getProposal() {
    return proposal;
  }

  /** The assessment of the site it is about. */
  public Assessment getAssessment() {
    return proposal.getAssessment();
  }

  /** The strategy it applies to. */
  public Strategy getStrategy() {
    return proposal.getStrategy();
  }

  /** The effort the site already has. */
  public String getReason() {
    return reason;
  }

  @Override
  public String toString() {
    return "Strengthen[" + proposal.getStrategy() + ": " + reason + "]";
  }
}
