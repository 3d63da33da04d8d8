package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.psp.model.Strategy;

/**
 * A fact a rule inserts about a {@link Proposal}, with its words: a {@link Strengthen}, a {@link
 * NotOnRecord} or a {@link Caution} (refinement rules), a {@link RankScore} or a {@link RankWithin}
 * (ranking and outcome rules). The engine folds it into the recommendation of the proposal's strategy.
 */
public abstract sealed class Refinement permits Strengthen, NotOnRecord, Caution, RankScore, RankWithin {
  private final Proposal proposal;
  private final String text;

  /**
   * A refinement of {@code proposal}.
   *
   * @param what what the text is, for the message when it is blank: "reason to strengthen"
   */
  Refinement(Proposal proposal, String text, String what) {
    this.proposal = checkNotNull(proposal, "proposal");
    this.text = checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "%s %s must not be blank", what, proposal.getStrategy());
  }

  /** The proposal it applies to. */
  public final Proposal getProposal() {
    return proposal;
  }

  /** The assessment of the site it is about. */
  public final Assessment getAssessment() {
    return proposal.getAssessment();
  }

  /** The strategy it applies to. */
  public final Strategy getStrategy() {
    return proposal.getStrategy();
  }

  /** Its words, quoting the numbers it used. */
  final String text() {
    return text;
  }
}
