package org.psp.rules.internal.rulebase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psp.model.Problem;
import org.psp.rules.catalog.Stage;
import org.psp.rules.internal.spelling.Spelling;

/**
 * Checks the points a rule's consequence gives towards a rank, {@code $r.score( "factor", ... )} or
 * {@code new RankScore( $r, "factor", ... )}, read from its text: points given in a stage before
 * {@code ranking}, and a factor spelt near one the default policy weighs but not it, are each a warning
 * at its place. Both compile and run: the points count, but not as their author meant.
 */
final class ScoreCalls {
  /** A call that gives points: {@code $r.score(}, or {@code new RankScore( $r,} up to its factor. */
  private static final Pattern GIVES_POINTS =
      Pattern.compile("\\$\\w+\\s*\\.\\s*score\\s*\\(|new\\s+(?:[\\w.]+\\.)?RankScore\\s*\\(\\s*\\$\\w+\\s*,");
  /** The factor in quotes that follows. */
  private static final Pattern FACTOR = Pattern.compile("\\G\\s*(\"([^\"\\\\]*)\")");
  /** The setting that weighs a factor of the default policy: {@code rankNeedWeight} weighs "need". */
  private static final Pattern WEIGHT = Pattern.compile("rank([A-Z]\\w*)Weight");

  private ScoreCalls() {}

  /**
   * Checks the points given in {@code consequence}, the consequence of the rule {@code rule} of stage
   * {@code stage}, at offset {@code consequenceStart} of {@code text}, the file {@code file}'s, with
   * its comments blanked out; {@code settingNames} are the settings in force, whose {@code rankXWeight}
   * name the factors the policy weighs. Adds each warning to {@code problems}.
   */
  static void check(String file, String text, String rule, Stage stage, String consequence, int consequenceStart,
      Collection<String> settingNames, List<Problem> problems) {
    if (consequenceStart < 0) {
      return;
    }
    Matcher call = GIVES_POINTS.matcher(consequence);
    while (call.find()) {
      if (stage != Stage.RANKING) {
        problems.add(warning(file, text, consequenceStart + call.start(), "rule \"" + rule + "\" gives points towards a "
            + "rank here, in stage \"" + stage.groupName() + "\": ranks are the \"" + Stage.RANKING.groupName() + "\" stage's "
            + "to give, once every proposal is made and refined and its mode known; give the points in a rule of "
            + "ruleflow-group \"" + Stage.RANKING.groupName() + "\""));
      }
      Matcher factor = FACTOR.matcher(consequence);
      if (factor.find(call.end())) {
        List<String> weighed = factors(settingNames);
        String written = factor.group(2);
        List<String> near = Spelling.nearest(written, weighed);
        if (!weighed.contains(written) && !near.isEmpty()) {
          problems.add(warning(file, text, consequenceStart + factor.start(1), "rule \"" + rule + "\" gives points for the "
              + "factor \"" + written + "\", which the policy does not weigh (" + String.join(", ", weighed) + "); did you "
              + "mean \"" + near.get(0) + "\"? A factor of a rule's own counts apart from those, and no weight setting "
              + "scales it"));
        }
      }
    }
  }

  /** The factors weighed by a setting {@code rankXWeight} among {@code settingNames}: "need", "evidence", "capacity". */
  private static List<String> factors(Collection<String> settingNames) {
    List<String> factors = new ArrayList<>();
    for (String setting : settingNames) {
      Matcher weight = WEIGHT.matcher(setting);
      if (weight.matches()) {
        factors.add(Character.toLowerCase(weight.group(1).charAt(0)) + weight.group(1).substring(1));
      }
    }
    return factors;
  }

  private static Problem warning(String file, String text, int at, String message) {
    return Problem.warningInFile(file, DrlOutline.lineAt(text, at), at - text.lastIndexOf('\n', at - 1), message);
  }
}
