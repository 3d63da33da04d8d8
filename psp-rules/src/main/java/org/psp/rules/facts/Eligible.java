package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Inserted by the rule "Eligible for PSP" when a site meets every eligibility criterion. A rule for a
 * strategy reserved to eligible sites matches it: {@code $a : Assessment( ... )  Eligible()}.
 */
public final class Eligible {
  private final Assessment assessment;

  /** The site of {@code assessment} is eligible. */
  public Eligible(Assessment assessment) {
    this.assessment = checkNotNull(assessment, "assessment");
  }

  /** The assessment of the eligible site. */
  public Assessment getAssessment() {
    return assessment;
  }

  @Override
  public String toString() {
    return "Eligible[" + assessment.getSiteId() + "]";
  }
}
