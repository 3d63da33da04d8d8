package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.psp.model.Ground;

/**
 * A finding on one PSP eligibility criterion for one site, inserted by the eligibility rules. A site
 * is eligible when no criterion of its assessment is unmet; each criterion goes into the advice with
 * its grounds.
 *
 * <p>In a rule: {@code insert( Criterion.unmet( $a, "commitment", Because.commitment( $a ) ) )}. Its
 * grounds are always made with {@link Because}, a reason in a rule author's own words too ({@code
 * Because.words( "..." )}): a text in quotes after the name, which is in quotes too, could be swapped
 * with it unseen.
 */
public final class Criterion {
  private final Assessment assessment;
  private final String name;
  private final boolean met;
  private final List<Ground> grounds;

  private Criterion(Assessment assessment, String name, boolean met, Ground[] grounds) {
    this.assessment = checkNotNull(assessment, "assessment");
    this.name = checkNotNull(name, "name");
    this.met = met;
    checkArgument(!name.isBlank(), "name of a criterion must not be blank");
    this.grounds = Proposal.grounds(grounds, "criterion", '"' + name + '"');
  }

  /** A criterion the site of {@code assessment} meets, and how (see {@link Because}). */
  public static Criterion met(Assessment assessment, String name, Ground... grounds) {
    return new Criterion(assessment, name, true, grounds);
  }

  /** A criterion the site of {@code assessment} does not meet, and why (see {@link Because}). */
  public static Criterion unmet(Assessment assessment, String name, Ground... grounds) {
    return new Criterion(assessment, name, false, grounds);
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

  /** What the rule relied on, in its order. */
  public List<Ground> getGrounds() {
    return grounds;
  }

  @Override
  public String toString() {
    return "Criterion[" + assessment.getSiteId() + " " + name + (met ? " met: " : " unmet: ") + grounds + "]";
  }
}
