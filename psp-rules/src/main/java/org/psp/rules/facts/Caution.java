package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkNotNull;

import org.psp.model.Ground;

/**
 * A caution attached to a proposal, e.g. to coordinate it with a consent decree; it goes into the
 * recommendation of the proposal's strategy.
 *
 * <p>In a rule: {@code $r : Proposal( enforcement == true )} then {@code insert( new Caution( $r,
 * Because.coordinate( Condition.CONSENT_DECREE, $r.getStrategy() ) ) )}.
 */
public final class Caution extends Refinement {

  /** A caution on {@code proposal}, for {@code grounds} (see {@link Because}). */
  public Caution(Proposal proposal, Ground... grounds) {
    super(proposal, grounds, "caution on");
  }

  /** A caution on {@code proposal} in a rule author's own words, as written. */
  public Caution(Proposal proposal, String words) {
    this(proposal, Proposal.words(words, "caution on " + checkNotNull(proposal, "proposal").getStrategy()));
  }

  @Override
  public String toString() {
    return "Caution[" + getStrategy() + ": " + getGrounds() + "]";
  }
}
