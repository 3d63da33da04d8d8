package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.psp.model.Ground;

/**
 * Places a proposal's strategy within a rank, whatever its score, with why: {@code within} 1 puts it
 * first (several placed within 1 come first, in the order of their scores); the policy's {@code
 * focusSize} keeps it in the focus. Inserted by a rule that reacts to how an engaged site has fared.
 *
 * <p>In a rule: {@code $r : Proposal( enforcement == true )} then {@code insert( new RankWithin( $r,
 * "outcome", 1, Because.fared( $a ) ) )}.
 */
public final class RankWithin extends Refinement {
  private final String factor;
  private final int within;

  /**
   * The strategy of {@code proposal} at rank {@code within} or better.
   *
   * @param factor what the placement reacts to, e.g. "outcome"
   * @param within the rank it must reach, at least 1
   * @param grounds why (see {@link Because})
   */
  public RankWithin(Proposal proposal, String factor, int within, Ground... grounds) {
    super(proposal, grounds, "reason for a placement of");
    this.factor = checkNotNull(factor, "factor");
    checkArgument(!factor.isBlank(), "factor of a placement of %s must not be blank", proposal.getStrategy());
    checkArgument(within >= 1, "a placement of %s must be within a rank of at least 1 but was %s", proposal.getStrategy(),
        within);
    this.within = within;
  }

  /** What the placement reacts to, e.g. "outcome". */
  public String getFactor() {
    return factor;
  }

  /** The rank it must reach. */
  public int getWithin() {
    return within;
  }

  /**
   * The strategy of {@code proposal} at rank {@code within} or better, for a reason in a rule author's
   * own words.
   *
   * @param words why, as written
   */
  public RankWithin(Proposal proposal, String factor, int within, String words) {
    this(proposal, factor, within, Proposal.words(words, "reason for a placement of " + checkNotNull(proposal, "proposal").getStrategy()));
  }

  @Override
  public String toString() {
    return "RankWithin[" + getStrategy() + " " + within + ": " + getGrounds() + "]";
  }
}
