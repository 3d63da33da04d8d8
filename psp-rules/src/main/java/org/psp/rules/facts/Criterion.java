package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A finding on one PSP eligibility criterion for one site, inserted by the eligibility rules. A site
 * is eligible when no criterion of its assessment is unmet; each criterion's reason goes into the
 * advice.
 *
 * <p>In a rule: {@code insert(Criterion.unmet($a, "commitment", "leadership has not committed ..."))}.
 */
public final class Criterion {
  private final Assessment assessment;
  private final String name;
  private final boolean met;
  private final String reason;

  private Criterion(Assessment assessment, String name, boolean met, String reason) {
    this.assessment = checkNotNull(assessment, "assessment");
    this.name = checkNotNull(name, "name");
    this.met = met;
    this.reason = checkNotNull(reason, "reason");
    checkArgument(!name.isBlank(), "name of a criterion must not be blank");
    checkArgument(!reason.isBlank(), "reason of criterion \"%s\" must not be blank", name);
  }

  /** A criterion the site of {@code assessment} meets, and how. */
  public static Criterion met(Assessment assessment, String name, String reason) {
    return new Criterion(assessment, name, true, reason);
  }

  /** A criterion the site of {@code assessment} does not meet, and why. */
  public static Criterion unmet(Assessment assessment, String name, String reason) {
    return new Criterion(assessment, name, false, reason);
  }

  /** The assessment of the site it is about. */
  public Assessment getAssessment() {
    return assessment;
  }

  /** A short name, e.g. "violent crime rate". */
  public String getName() {
    return name;
  }

  /** Whether the site meets it. */
  public boolean isMet() {
    return met;
  }

  /** The sentence that goes into the advice. */
  public String getReason() {
    return reason;
  }

  @Override
  public String toString() {
    return "Criterion[" + assessment.getSiteId() + " " + name + (met ? " met: " : " unmet: ") + reason + "]";
  }
}
