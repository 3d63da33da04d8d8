package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.psp.model.Intervention;
import org.psp.model.Mode;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;

/**
 * A strategy that a rule proposes for the site, becoming a {@link Recommendation} when the rules are
 * done. It starts in mode ESTABLISH; refinement rules insert a {@link Strengthen}, a {@link
 * NotOnRecord} or a {@link Caution} about it, ranking rules a {@link RankScore} or a {@link
 * RankWithin}, each with its reason. (A rule may still {@code modify} its mode; the recommendation
 * then names that rule as the reason.) The engine records which rule inserted it.
 *
 * <p>In a rule: {@code insert(new Proposal($a, Strategy.REENTRY, "returning offenders need ..."))},
 * where {@code $a} is the site's {@link Assessment}; a rule that compares a figure with a threshold
 * passes both as a {@link DecidingFigure} too, which the ranking weighs as need. Write the strategy
 * as {@code Strategy.X} there: the engine's catalog of rules reads it to know what the rule can
 * propose.
 *
 * <p>A rule about one proposal reads the site through it, in one pattern: {@code $r : Proposal(
 * strategy == Strategy.TECHNOLOGY, assessment.hasCapability( Capability.REAL_TIME_CRIME_CENTER ) )},
 * with {@code $p : assessment.settings} for a threshold. Drools then joins nothing, and asks about the
 * site only for the proposals of that strategy (the strategy first); the default refinement and
 * ranking rules are written so.
 */
public final class Proposal {

  private final Assessment assessment;
  private final Strategy strategy;
  private final String rationale;
  private final DecidingFigure decidingFigure;
  private Mode mode = Mode.ESTABLISH;

  /**
   * Proposes {@code strategy} for the site of {@code assessment}, for a reason that no one figure
   * decided (a condition, a capability the site lacks, another recommendation).
   *
   * @param rationale why, quoting the numbers used (see {@link Assessment#rateSummary()})
   */
  public Proposal(Assessment assessment, Strategy strategy, String rationale) {
    this(assessment, strategy, rationale, null);
  }

  /**
   * Proposes {@code strategy} for the site of {@code assessment} because {@code decidingFigure} passed
   * its threshold.
   *
   * @param rationale why, quoting the numbers used (see {@link Assessment#rateSummary()})
   * @param decidingFigure the figure and the threshold it passed, or null when no one figure decided
   */
  public Proposal(Assessment assessment, Strategy strategy, String rationale, DecidingFigure decidingFigure) {
    this.assessment = checkNotNull(assessment, "assessment");
    this.strategy = checkNotNull(strategy, "strategy");
    this.rationale = checkNotNull(rationale, "rationale");
    checkArgument(!rationale.isBlank(), "rationale must not be blank");
    this.decidingFigure = decidingFigure;
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

  /** The figure that made the proposal and the threshold it passed, or null when no one figure decided. */
  public DecidingFigure getDecidingFigure() {
    return decidingFigure;
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
    return "Proposal[" + assessment.getSiteId() + " " + strategy + " " + mode + "]";
  }
}
