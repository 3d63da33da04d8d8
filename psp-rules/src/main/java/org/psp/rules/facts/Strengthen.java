package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkNotNull;

import org.psp.model.Ground;

/**
 * The site already has an effort of a proposal's strategy, so the recommendation is to STRENGTHEN it
 * rather than ESTABLISH a new one; inserted by a refinement rule, with what the site has.
 *
 * <p>In a rule: {@code $r : Proposal( strategy == Strategy.CRIME_ANALYSIS )} then {@code insert( new
 * Strengthen( $r, Because.capability( $a, Capability.CRIME_ANALYSIS_UNIT ) ) )}.
 */
public final class Strengthen extends Refinement {

  /**
   * STRENGTHEN the strategy of {@code proposal}.
   *
   * @param grounds the effort the site already has (see {@link Because})
   */
  public Strengthen(Proposal proposal, Ground... grounds) {
    super(proposal, grounds, "reason to strengthen");
  }

  /**
   * STRENGTHEN the strategy of {@code proposal}, for a reason in a rule author's own words.
   *
   * @param words the effort the site already has, as written
   */
  public Strengthen(Proposal proposal, String words) {
    this(proposal, Proposal.words(words, "reason to strengthen " + checkNotNull(proposal, "proposal").getStrategy()));
  }

  @Override
  public String toString() {
    return "Strengthen[" + getStrategy() + ": " + getGrounds() + "]";
  }
}
