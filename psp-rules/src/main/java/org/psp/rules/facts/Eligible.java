package org.psp.rules.facts;

/**
 * Inserted by the rule "Eligible for PSP" when the site meets every eligibility criterion; rules for
 * strategies reserved to eligible sites match it: {@code when Eligible() ...}.
 */
public final class Eligible {

  /** The marker. */
  public Eligible() {}

  @Override
  public String toString() {
    return "Eligible";
  }
}
