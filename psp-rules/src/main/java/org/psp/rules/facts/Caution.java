package org.psp.rules.facts;

/**
 * A caution attached to a proposal, e.g. to coordinate it with a consent decree; it goes into the
 * recommendation of the proposal's strategy.
 *
 * <p>In a rule: {@code $r : Proposal( ... )} then {@code insert(new Caution($r, "coordinate with ..."))}.
 */
public final class Caution extends Refinement {

  /** A caution on {@code proposal}. */
  public Caution(Proposal proposal, String text) {
    super(proposal, text, "text of a caution on");
  }

  /** What to be careful about. */
  public String getText() {
    return text();
  }

  @Override
  public String toString() {
    return "Caution[" + getStrategy() + ": " + text() + "]";
  }
}
