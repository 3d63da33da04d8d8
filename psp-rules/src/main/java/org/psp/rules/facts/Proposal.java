package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.psp.model.Intervention;
import org.psp.model.Mode;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;

/**
 * A strategy that a rule proposes for the site, becoming a {@link Recommendation} when the rules are
 * done. It starts at priority 2 and in mode ESTABLISH; refinement rules insert a {@link Priority}, a
 * {@link Strengthen} or a {@link NotOnRecord} about it, each with its reason. (A rule may still {@code modify} its priority or
 * mode; the recommendation then names that rule as the reason.) The engine records which rule
 * inserted it.
 *
 * <p>In a rule: {@code insert(new Proposal($a, Strategy.REENTRY, "returning offenders need ..."))},
 * where {@code $a} is the site's {@link Assessment}. Write the strategy as {@code Strategy.X} there:
 * the engine's catalog of rules reads it to know what the rule can propose.
 */
public final class Proposal {

  /** The priority a proposal starts at. */
  public static final int DEFAULT_PRIORITY = 2;

  private final Assessment assessment;
  private final Strategy strategy;
  private final String rationale;
  private int priority = DEFAULT_PRIORITY;
  private Mode mode = Mode.ESTABLISH;

  /**
   * Proposes {@code strategy} for the site of {@code assessment}.
   *
   * @param rationale why, quoting the numbers used (see {@link Assessment#rateSummary()})
   */
  public Proposal(Assessment assessment, Strategy strategy, String rationale) {
    this.assessment = checkNotNull(assessment, "assessment");
    this.strategy = checkNotNull(strategy, "strategy");
    this.rationale = checkNotNull(rationale, "rationale");
    checkArgument(!rationale.isBlank(), "rationale must not be blank");
  }

  /**
   * Proposes the strategy of {@code intervention}, which the site carries out: for the rule that keeps
   * the strategy of an ACTIVE intervention ({@code insert( new Proposal( $a, $i, $a.kept( $i ) ) )}),
   * which the catalog of rules lists as able to propose every strategy.
   *
   * @param rationale why, quoting the intervention (see {@link Assessment#kept})
   */
  public Proposal(Assessment assessment, Intervention intervention, String rationale) {
    this(assessment, checkNotNull(intervention, "intervention").strategy(), rationale);
  }

  /** The assessment of the site it is for. */
  public Assessment getAssessment() {
    return assessment;
  }

  /** The strategy proposed. */
  public Strategy getStrategy() {
    return strategy;
  }

  /** Whether it is an enforcement strategy. */
  public boolean isEnforcement() {
    return strategy.isEnforcement();
  }

  /** Why, in words that quote the numbers. */
  public String getRationale() {
    return rationale;
  }

  /** 1 (highest) to 3. */
  public int getPriority() {
    return priority;
  }

  /**
   * Sets the priority.
   *
   * @throws IllegalArgumentException unless 1 to 3
   */
  public void setPriority(int priority) {
    checkArgument(priority >= Recommendation.HIGHEST_PRIORITY && priority <= Recommendation.LOWEST_PRIORITY,
        "priority of %s must be from %s to %s but was %s", strategy, Recommendation.HIGHEST_PRIORITY,
        Recommendation.LOWEST_PRIORITY, priority);
    this.priority = priority;
  }

  /** ESTABLISH, STRENGTHEN or UNKNOWN. */
  public Mode getMode() {
    return mode;
  }

  /** Sets the mode. */
  public void setMode(Mode mode) {
    this.mode = checkNotNull(mode, "mode");
  }

  @Override
  public String toString() {
    return "Proposal[" + assessment.getSiteId() + " " + strategy + " priority " + priority + " " + mode + "]";
  }
}
