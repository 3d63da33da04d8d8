package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;

import org.psp.model.Recommendation;

/**
 * A priority for a proposal's strategy, with why, inserted by a refinement rule. The recommendation
 * takes the highest priority (the smallest number) that any rule gives its strategy, and quotes the
 * reasons given for it; with none, the proposal's own priority (2 unless a rule changed it).
 *
 * <p>In a rule: {@code $r : Proposal( enforcement == true )} then {@code insert( new Priority( $r, 1,
 * "violent crime 3.20× the national rate, at least 3×" ) )}.
 */
public final class Priority extends Refinement {
  private final int level;

  /**
   * Priority {@code level} for the strategy of {@code proposal}.
   *
   * @param level 1 (highest) to 3
   * @param reason why, quoting the numbers used
   */
  public Priority(Proposal proposal, int level, String reason) {
    super(proposal, reason, "reason for a priority of");
    checkArgument(level >= Recommendation.HIGHEST_PRIORITY && level <= Recommendation.LOWEST_PRIORITY,
        "priority of %s must be from %s to %s but was %s", proposal.getStrategy(), Recommendation.HIGHEST_PRIORITY,
        Recommendation.LOWEST_PRIORITY, level);
    this.level = level;
  }

  /** 1 (highest) to 3. */
  public int getLevel() {
    return level;
  }

  /** Why, in words that quote the numbers. */
  public String getReason() {
    return text();
  }

  @Override
  public String toString() {
    return "Priority[" + getStrategy() + " " + level + ": " + text() + "]";
  }
}
