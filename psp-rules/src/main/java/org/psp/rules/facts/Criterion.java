package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A finding on one PSP eligibility criterion, inserted by the eligibility rules. A site is eligible
 * when no criterion is unmet; each criterion's reason goes into the advice.
 *
 * <p>In a rule: {@code insert(Criterion.unmet("commitment", "leadership has not committed ..."))}.
 */
public final class Criterion {
  private final String name;
  private final boolean met;
  private final String reason;

  private Criterion(String name, boolean met, String reason) {
    this.name = checkNotNull(name, "name");
    this.met = met;
    this.reason = checkNotNull(reason, "reason");
  }

  /** A criterion the site meets, and how. */
  public static Criterion met(String name, String reason) {
    return new Criterion(name, true, reason);
  }

  /** A criterion the site does not meet, and why. */
  public static Criterion unmet(String name, String reason) {
    return new Criterion(name, false, reason);
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
    return "Criterion[" + name + (met ? " met: " : " unmet: ") + reason + "]";
  }
}
