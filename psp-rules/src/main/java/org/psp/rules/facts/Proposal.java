package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import java.util.List;
import org.psp.model.Ground;
import org.psp.model.Intervention;
import org.psp.model.Mode;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;
import org.psp.rules.internal.scoring.ScoresGiven;

/**
 * A strategy that a rule proposes for the site, with the grounds it relied on, becoming a {@link
 * Recommendation} when the rules are done. It starts in mode ESTABLISH; refinement rules insert a
 * {@link Strengthen}, a {@link NotOnRecord} or a {@link Caution} about it, outcome rules a {@link
 * RankWithin}, and ranking rules give it points ({@link #score}, or a {@link RankScore} fact), each
 * with its grounds. (A rule may still {@code modify} its mode; the recommendation then names that
 * rule as the reason.) The engine records which rule inserted it.
 *
 * <p>In a rule: {@code insert( new Proposal( $a, Strategy.HOT_SPOTS_POLICING, Because.rate( $a ),
 * Because.atLeast( $a, "nationalRatio", "hotSpotsRatio" ) ) )}, where {@code $a} is the site's {@link
 * Assessment}: the rule says which grounds, {@link Because} reads their numbers, and {@link
 * org.psp.model.words.Phrases} words them. A figure against a setting must hold (a rationale never
 * contradicts the figures); the one furthest beyond its setting is what the ranking weighs as need.
 * Write the strategy as {@code Strategy.X} there: the engine's checks of rules read it to know what
 * the rule proposes.
 *
 * <p>A rule about one proposal reads the site through it, in one pattern: {@code $r : Proposal(
 * strategy == Strategy.TECHNOLOGY, assessment.hasCapability( Capability.REAL_TIME_CRIME_CENTER ) )},
 * with {@code $a : assessment} where its grounds need the assessment. Drools then joins nothing, and asks about the
 * site only for the proposals of that strategy (the strategy first); the default refinement and
 * ranking rules are written so.
 */
public final class Proposal {

  private final Assessment assessment;
  private final Strategy strategy;
  private final List<Ground> grounds;
  private final Ground.FigureAgainstSetting decidingFigure;
  private Mode mode = Mode.ESTABLISH;

  /**
   * Proposes {@code strategy} for the site of {@code assessment} on {@code grounds}.
   *
   * @param grounds what the rule relied on, at least one (see {@link Because})
   * @throws IllegalArgumentException if there is no ground, or a figure against a setting does not hold
   */
  public Proposal(Assessment assessment, Strategy strategy, Ground... grounds) {
    this.assessment = checkNotNull(assessment, "assessment");
    this.strategy = checkNotNull(strategy, "strategy");
    this.grounds = grounds(grounds, "proposal of", strategy);
    Ground.FigureAgainstSetting deciding = null;
    for (Ground ground : this.grounds) {
      if (ground instanceof Ground.FigureAgainstSetting f) {
        if (!f.holds()) {
          // The message is made only when it is thrown: a proposal is made for every site, dozens a second.
          throw new IllegalArgumentException(Strings.lenientFormat(
              "a proposal of %s gives as its ground %s %s %s %s, which does not hold (%s)", strategy, f.figure(),
              f.comparison() == Ground.Comparison.AT_LEAST ? ">=" : "<", f.setting(), f.threshold(),
              f.value().isPresent() ? f.figure() + " is " + f.value().getAsDouble() : "the year gives no " + f.figure()));
        }
        if (deciding == null || f.need() > deciding.need()) {
          deciding = f;
        }
      }
    }
    this.decidingFigure = deciding;
  }

  /**
   * Proposes {@code strategy} for a reason in a rule author's own words, as written: for what no
   * ground of {@link Because} says.
   */
  public Proposal(Assessment assessment, Strategy strategy, String words) {
    this(assessment, strategy, words(words, "rationale of a proposal of " + strategy));
  }

  /**
   * Proposes the strategy of {@code intervention}, which the site carries out: for the rule that keeps
   * the strategy of an ACTIVE intervention ({@code insert( new Proposal( $a, $i, Because.kept( $a, $i )
   * ) )}), which the catalog of rules lists as able to propose every strategy.
   */
  public Proposal(Assessment assessment, Intervention intervention, Ground... grounds) {
    this(assessment, checkNotNull(intervention, "intervention").strategy(), grounds);
  }

  /**
   * A rule author's own words as a ground, checked here so that a blank one is named by what it is:
   * {@code what} "must not be blank".
   */
  static Ground words(String words, String what) {
    checkNotNull(words, what);
    checkArgument(!words.isBlank(), "%s must not be blank", what);
    return Because.words(words);
  }

  /**
   * Proposes the strategy of {@code intervention} for a reason in a rule author's own words, as written.
   */
  public Proposal(Assessment assessment, Intervention intervention, String words) {
    this(assessment, checkNotNull(intervention, "intervention").strategy(), words);
  }

  /**
   * {@code grounds} as an immutable list, none null and at least one; {@code what} and {@code of} name
   * them in the message ("reason to strengthen" TECHNOLOGY), which is made only when it is thrown.
   */
  static List<Ground> grounds(Ground[] grounds, String what, Object of) {
    checkNotNull(grounds, "grounds");
    for (Ground ground : grounds) {
      if (ground == null) {
        throw new NullPointerException("a ground of " + what + " " + of + " is null");
      }
    }
    if (grounds.length == 0) {
      throw new IllegalArgumentException("a " + what + " " + of + " must give at least one ground (see Because)");
    }
    return List.of(grounds);
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

  /** What the rule relied on, in its order. */
  public List<Ground> getGrounds() {
    return grounds;
  }

  /**
   * The figure against a setting among its grounds that is furthest beyond its setting (the first of
   * equals), or null when no figure decided (a condition, a capability the site lacks, another
   * recommendation): what the ranking weighs as need.
   */
  public Ground.FigureAgainstSetting getDecidingFigure() {
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

  /**
   * Gives {@code points} for {@code factor} towards the rank of this proposal's strategy, with why:
   * what inserting {@code new RankScore( $r, factor, points, grounds )} does, without a fact in the
   * session, which costs the engine less. The default ranking rules give their
   * points so: {@code $r.score( "need", $p.rankNeedWeight() * $r.getDecidingFigure().need(),
   * $r.getDecidingFigure() )}. The engine names the rule whose consequence gives them, as it names
   * the rule that inserts a fact, and folds them into the recommendation's rank exactly as it folds
   * rank scores; where a rule matches {@code RankScore} facts, the engine inserts these as well. No
   * fact keeps them for a condition to read: give points in a consequence only.
   *
   * @param factor what it weighs, e.g. "need"
   * @param points the points, any finite number (negative ones count against the strategy)
   * @param grounds why (see {@link Because})
   * @throws IllegalArgumentException as {@link RankScore}'s constructor does
   * @throws IllegalStateException if called other than in a rule's consequence while the engine runs
   */
  public void score(String factor, double points, Ground... grounds) {
    ScoresGiven.give(new RankScore(this, factor, points, grounds));
  }

  /**
   * As {@link #score(String, double, Ground...)}, for a reason in a rule author's own words, as
   * written.
   *
   * @param words why, as written
   */
  public void score(String factor, double points, String words) {
    ScoresGiven.give(new RankScore(this, factor, points, words));
  }

  @Override
  public String toString() {
    return "Proposal[" + assessment.getSiteId() + " " + strategy + " " + mode + "]";
  }
}
