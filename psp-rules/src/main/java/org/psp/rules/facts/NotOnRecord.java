package org.psp.rules.facts;

/**
 * Whether the site already has an effort of a proposal's strategy in the year is not on record, so the
 * recommendation's mode is UNKNOWN (unless a {@link Strengthen} says it has one); inserted by a
 * refinement rule, saying what to check.
 *
 * <p>In a rule: {@code $r : Proposal( strategy == Strategy.CRIME_ANALYSIS )} then {@code insert( new
 * NotOnRecord( $r, $a.toCheck( Strategy.CRIME_ANALYSIS, Capability.CRIME_ANALYSIS_UNIT ) ) )}.
 */
public final class NotOnRecord extends Refinement {

  /**
   * The mode of the strategy of {@code proposal} is UNKNOWN.
   *
   * @param toCheck what to check: what is not on record, with its site file field
   */
  public NotOnRecord(Proposal proposal, String toCheck) {
    super(proposal, toCheck, "what to check for");
  }

  /** What to check. */
  public String getToCheck() {
    return text();
  }

  @Override
  public String toString() {
    return "NotOnRecord[" + getStrategy() + ": " + text() + "]";
  }
}
