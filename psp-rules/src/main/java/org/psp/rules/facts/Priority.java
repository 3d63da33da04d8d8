package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.psp.model.Recommendation;
import org.psp.model.Strategy;

/**
 * A priority for a proposal's strategy, with why, inserted by a refinement rule. The recommendation
 * takes the highest priority (the smallest number) that any rule gives its strategy, and quotes the
 * reasons given for it; with none, the proposal's own priority (2 unless a rule changed it).
 *
 * <p>In a rule: {@code $r : Proposal( enforcement == true )} then {@code insert( new Priority( $r, 1,
 * "violent crime 3.20× the national rate, at least 3×" ) )}.
 */
public final class Priority {
  private final Proposal proposal;
  private final int level;
  private final String reason;

  /**
   * Priority {@code level} for the strategy of {@code proposal}.
   *
   * @param level 1 (highest) to 3
   * @param reason why, quoting the numbers used
   */
  public Priority(Proposal proposal, int level, String reason) {
    this.proposal = checkNotNull(proposal, "proposal");
    checkArgument(level >= Recommendation.HIGHEST_PRIORITY && level <= Recommendation.LOWEST_PRIORITY,
        "priority of %s must be from %s to %s but was %s", proposal.getStrategy(), Recommendation.HIGHEST_PRIORITY,
        Recommendation.LOWEST_PRIORITY, level);
    this.level = level;
    this.reason = checkNotNull(reason, "reason");
    checkArgument(!reason.isBlank(), "reason for priority %s of %s must not be blank", level, proposal.getStrategy());
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

  /** 1 (highest) to 3. */
  public int getLevel() {
    return level;
  }

  /** Why, in words that quote the numbers. */
  public String getReason() {
    return reason;
  }

  @Override
  public String toString() {
    return "Priority[" + proposal.getStrategy() + " " + level + ": " + reason + "]";
  }
}
