package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.psp.model.Ground;

/**
 * Points towards the rank of a proposal's strategy for one factor ("need", "evidence", "capacity",
 * or a rule author's own), with why; inserted by a rule of the "ranking" stage. A strategy's score is
 * the sum over factors of the highest points any rule gave it for that factor (a strategy proposed by
 * two rules is not counted twice); the higher the score, the better the rank.
 *
 * <p>In a rule: {@code $r : Proposal( strategy == Strategy.CRIME_ANALYSIS )} then {@code insert( new
 * RankScore( $r, "capacity", $p.rankCapacityWeight(), Because.effort( $a, Strategy.CRIME_ANALYSIS,
 * Capacity.DEFICIT_REPORTED ) ) )}. A rule may give the same points without inserting a fact, as the
 * default ranking rules do: {@code $r.score( "capacity", $p.rankCapacityWeight(), ... )} ({@link
 * Proposal#score}); the engine then makes the rank score itself, and inserts it only where a rule
 * matches rank scores.
 */
public final class RankScore extends Refinement {
  private final String factor;
  private final double points;

  /**
   * {@code points} for {@code factor} towards the rank of the strategy of {@code proposal}.
   *
   * @param factor what it weighs, e.g. "need"
   * @param points the points, any finite number (negative ones count against the strategy)
   * @param grounds why (see {@link Because})
   */
  public RankScore(Proposal proposal, String factor, double points, Ground... grounds) {
    super(proposal, grounds, "reason for a rank score of");
    this.factor = checkNotNull(factor, "factor");
    checkArgument(!factor.isBlank(), "factor of a rank score of %s must not be blank", proposal.getStrategy());
    if (!Double.isFinite(points)) { // not checkArgument: it would box the points of every rank score
      throw new IllegalArgumentException("points of a rank score of " + proposal.getStrategy() + " for " + factor
          + " must be a finite number but were " + points);
    }
    this.points = points;
  }

  /** What it weighs, e.g. "need". */
  public String getFactor() {
    return factor;
  }

  /** The points. */
  public double getPoints() {
    return points;
  }

  /**
   * {@code points} for {@code factor}, for a reason in a rule author's own words.
   *
   * @param words why, as written
   */
  public RankScore(Proposal proposal, String factor, double points, String words) {
    this(proposal, factor, points, Proposal.words(words, "reason for a rank score of " + checkNotNull(proposal, "proposal").getStrategy()));
  }

  @Override
  public String toString() {
    return "RankScore[" + getStrategy() + " " + factor + " " + points + ": " + getGrounds() + "]";
  }
}
