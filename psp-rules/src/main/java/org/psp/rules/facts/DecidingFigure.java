package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The figure that made a proposal and the threshold it passed, as structure: what the ranking reads
 * to weigh need, how far the figure is beyond its threshold. {@code atLeast} for a rule that asks for
 * the figure at or above the threshold ({@code firearmShare >= 0.4}), {@code below} for one that asks
 * for it below ({@code homicideClearanceRate < 0.5}).
 *
 * <p>In a rule: {@code new Proposal( $a, Strategy.HOT_SPOTS_POLICING, "...", DecidingFigure.atLeast(
 * "nationalRatio", $a.getNationalRatio(), $p.hotSpotsRatio() ) )}.
 *
 * @param figure the figure's name as a condition writes it, e.g. "nationalRatio"
 * @param value the site's value
 * @param threshold the threshold the rule compared it with, 0 or more
 * @param below whether the rule asked for the figure below the threshold rather than at or above it
 */
public record DecidingFigure(String figure, double value, double threshold, boolean below) {

  /** Checks that the figure is named and the numbers finite, the threshold not negative. */
  public DecidingFigure {
    checkNotNull(figure, "figure");
    checkArgument(!figure.isBlank(), "figure of a deciding figure must not be blank");
    checkArgument(Double.isFinite(value), "value of the deciding figure %s must be a finite number but was %s", figure, value);
    checkArgument(Double.isFinite(threshold) && threshold >= 0,
        "threshold of the deciding figure %s must be a finite number >= 0 but was %s", figure, threshold);
  }

  /** {@code figure} at {@code value}, which the rule asked to be at least {@code threshold}. */
  public static DecidingFigure atLeast(String figure, double value, double threshold) {
    return new DecidingFigure(figure, value, threshold, false);
  }

  /** {@code figure} at {@code value}, which the rule asked to be below {@code threshold}. */
  public static DecidingFigure below(String figure, double value, double threshold) {
    return new DecidingFigure(figure, value, threshold, true);
  }

  /**
   * How far the value is beyond the threshold, relative to it: 0 at the threshold, 1 at twice it (for
   * {@code below}: 1 at 0); never negative. A threshold of 0 (a setting at the end of its range) has
   * no scale: the distance is then taken as it is.
   */
  public double excess() {
    double beyond = below ? threshold - value : value - threshold;
    return Math.max(0, threshold > 0 ? beyond / threshold : beyond);
  }

  /**
   * The need, from 0 (at the threshold) towards 1 (far beyond it): {@code excess / (1 + excess)}, ½ at
   * twice the threshold. Bounded, so that no one figure outweighs every other factor however far it is.
   */
  public double need() {
    double excess = excess();
    return excess / (1 + excess);
  }

  /** In words: "murderRatio 5.84, 192% above its threshold 2", "homicideClearanceRate 0.3, 40% below its threshold 0.5". */
  public String text() {
    return figure + " " + Assessment.number(value) + ", " + Math.round(excess() * 100) + "% " + (below ? "below" : "above")
        + " its threshold " + Assessment.number(threshold);
  }
}
