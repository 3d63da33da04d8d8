package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.psp.model.Strategy;

/**
 * A caution attached to a proposal, e.g. to coordinate it with a consent decree; it goes into the
 * recommendation of the proposal's strategy.
 *
 * <p>In a rule: {@code $r : Proposal( ... )} then {@code insert(new Caution($r, "coordinate with ..."))}.
 */
public final class Caution {
  private final Proposal proposal;
  private final String text;

  /** A caution on {@code proposal}. */
  public Caution(Proposal proposal, String text) {
    this.proposal = checkNotNull(proposal, "proposal");
    this.text = checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "text of a caution on %s must not be blank", proposal.getStrategy());
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

  /** What to be careful about. */
  public String getText() {
    return text;
  }

  @Override
  public String toString() {
    return "Caution[" + proposal.getAssessment().getSiteId() + " " + proposal.getStrategy() + ": " + text + "]";
  }
}
