package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkNotNull;

import org.psp.model.Ground;

/**
 * Whether the site already has an effort of a proposal's strategy in the year is not on record, so the
 * recommendation's mode is UNKNOWN (unless a {@link Strengthen} says it has one); inserted by a
 * refinement rule, saying what to check.
 *
 * <p>In a rule: {@code $r : Proposal( strategy == Strategy.CRIME_ANALYSIS )} then {@code insert( new
 * NotOnRecord( $r, Because.notOnRecord( $a, Strategy.CRIME_ANALYSIS, Capability.CRIME_ANALYSIS_UNIT ) ) )}.
 */
public final class NotOnRecord extends Refinement {

  /**
   * The mode of the strategy of {@code proposal} is UNKNOWN.
   *
   * @param grounds what to check: what is not on record (see {@link Because#notOnRecord})
   */
  public NotOnRecord(Proposal proposal, Ground... grounds) {
    super(proposal, grounds, "what to check for");
  }

  /**
   * The mode of the strategy of {@code proposal} is UNKNOWN, for a reason in a rule author's own words.
   *
   * @param words what to check, as written
   */
  public NotOnRecord(Proposal proposal, String words) {
    this(proposal, Proposal.words(words, "what to check for " + checkNotNull(proposal, "proposal").getStrategy()));
  }

  @Override
  public String toString() {
    return "NotOnRecord[" + getStrategy() + ": " + getGrounds() + "]";
  }
}
