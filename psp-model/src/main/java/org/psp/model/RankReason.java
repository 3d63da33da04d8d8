package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.OptionalInt;

/**
 * One reason for a recommendation's {@linkplain Recommendation#rank() rank}, as structure: the rule
 * that gave it, the factor it weighs ("need", "evidence", "capacity", or a rule author's own), and
 * either the points it added to the recommendation's {@linkplain Recommendation#score() score} or
 * the rank it placed the recommendation within (a placement, e.g. enforcement first at a site whose
 * violent crime is worsening), with the {@linkplain Ground grounds} it gave. {@link
 * org.psp.model.words.Phrases#rankReason} says it in words.
 *
 * @param rule the name of the rule that gave it, as in its .drl file
 * @param factor what it weighs, e.g. "need"
 * @param points the points it added to the score; 0 for a placement
 * @param within for a placement, the rank the recommendation is placed within (1: first); empty for a score
 * @param grounds why: the figure against its setting, the evidence weighed, the site's effort on record...
 */
public record RankReason(String rule, String factor, double points, OptionalInt within, List<Ground> grounds) {

  /** Checks that every part is given, the points finite, and a placement's rank at least 1 with no points. */
  public RankReason {
    checkNotNull(rule, "rule");
    checkNotNull(factor, "factor");
    checkNotNull(within, "within");
    checkArgument(!rule.isBlank(), "rule of a rank reason must not be blank");
    checkArgument(!factor.isBlank(), "factor of a rank reason of rule \"%s\" must not be blank", rule);
    grounds = List.copyOf(grounds);
    checkArgument(!grounds.isEmpty(), "a rank reason of rule \"%s\" must give at least one ground", rule);
    checkArgument(Double.isFinite(points), "points of a rank reason of rule \"%s\" must be a finite number but were %s", rule,
        points);
    checkArgument(within.isEmpty() || (within.getAsInt() >= 1 && points == 0),
        "a placement of rule \"%s\" must be within a rank of at least 1 and add no points", rule);
  }

  /** A reason that added {@code points} to the score for {@code factor}. */
  public static RankReason score(String rule, String factor, double points, List<Ground> grounds) {
    return new RankReason(rule, factor, points, OptionalInt.empty(), grounds);
  }

  /** A reason that placed the recommendation within rank {@code within}. */
  public static RankReason placement(String rule, String factor, int within, List<Ground> grounds) {
    return new RankReason(rule, factor, 0, OptionalInt.of(within), grounds);
  }

  /** Whether it places the recommendation rather than adding to its score. */
  public boolean isPlacement() {
    return within.isPresent();
  }
}
