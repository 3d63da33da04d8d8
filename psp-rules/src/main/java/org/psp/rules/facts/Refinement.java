package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.psp.model.Ground;
import org.psp.model.Strategy;

/**
 * A fact a rule inserts about a {@link Proposal}, with its grounds (see {@link Because}): a {@link
 * Strengthen}, a {@link NotOnRecord} or a {@link Caution} (refinement rules), a {@link RankScore} or a
 * {@link RankWithin} (ranking and outcome rules). The engine folds it into the recommendation of the
 * proposal's strategy.
 */
public abstract sealed class Refinement permits Strengthen, NotOnRecord, Caution, RankScore, RankWithin {
  private final Proposal proposal;
  private final List<Ground> grounds;

  /**
   * A refinement of {@code proposal}.
   *
   * @param what what the grounds are, for the message when there is none: "reason to strengthen"
   */
  Refinement(Proposal proposal, Ground[] grounds, String what) {
    this.proposal = checkNotNull(proposal, "proposal");
    this.grounds = Proposal.grounds(grounds, what, proposal.getStrategy());
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

  /** Its grounds, in the rule's order: what it relied on. */
  public final List<Ground> getGrounds() {
    return grounds;
  }
}
