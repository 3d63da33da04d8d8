package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * One sourced row of the evidence behind a strategy: who rated it, the rating in the rater's words,
 * the level of the evidence, the outcome it is about, the source, a one-line finding and the effect that
 * finding reports. The bundled rows are {@link EvidenceTable#bundled()}; {@code data/evidence/README.md}
 * lists their caveats.
 *
 * @param strategy the strategy the evidence is about
 * @param rater who rated it, or {@link Rater#NONE}
 * @param rating the rating in the rater's words ("Effective", "Promising", "No Effects"), or "Not
 *     rated (...)" where a study exists but no body rated it, or "no rating found"
 * @param level the level of the evidence: a practice (many studies) or one program, a review, a trial...
 * @param outcome what the rating or finding is about, e.g. "Violent crime (city level)"
 * @param sourceTitle the source's title
 * @param sourceUrl where to read it
 * @param finding the finding in one line
 * @param effect the effect the finding reports on its outcome: favourable, mixed, none, harmful or unclear
 */
public record Evidence(Strategy strategy, Rater rater, String rating, Level level, String outcome, String sourceTitle,
    String sourceUrl, String finding, Effect effect) {

  private static final String NO_EFFECTS = "No Effects";

  /** The bodies that rate evidence, as the table names them. */
  public enum Rater {
    /** The U.S. Justice Department's CrimeSolutions (NIJ). */
    CRIMESOLUTIONS("CrimeSolutions"),
    /** County Health Rankings &amp; Roadmaps, "What Works for Health". */
    COUNTY_HEALTH_RANKINGS("County Health Rankings"),
    /** The Inter-American Development Bank's Evidence Platform. */
    IADB_EVIDENCE_PLATFORM("IADB Evidence Platform"),
    /** No body rated it: a study, a review or a report only. */
    NONE("none");

    private final String label;

    Rater(String label) {
      this.label = label;
    }

    /** As the table writes it. */
    public String label() {
      return label;
    }

    /** The rater the table calls {@code label}, if any. */
    public static Optional<Rater> labelled(String label) {
      return byLabel(values(), Rater::label, label);
    }
  }

  /** The level of the evidence, strongest for a whole strategy first. */
  public enum Level {
    /** A rated practice: a meta-analysis of many studies of the kind of strategy. */
    PRACTICE_META_ANALYSIS("practice (meta-analysis)"),
    /** A rated practice. */
    PRACTICE("practice"),
    /** A systematic review or meta-analysis, not rated. */
    SYSTEMATIC_REVIEW("systematic review"),
    /** A randomized trial. */
    RANDOMIZED_TRIAL("randomized trial"),
    /** A rated program: one program, one to three evaluations; weaker evidence for a whole strategy than a practice. */
    PROGRAM("program"),
    /** A quasi-experiment. */
    QUASI_EXPERIMENT("quasi-experiment"),
    /** A single evaluation. */
    SINGLE_EVALUATION("single evaluation"),
    /** An expert committee's or guideline's review. */
    EXPERT_REVIEW("expert review"),
    /** Journalism, a think-tank, a working paper: context, not a rating. */
    SECONDARY("secondary or unreviewed"),
    /** Nothing was found. */
    NONE_FOUND("none found");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    /** As the table writes it. */
    public String label() {
      return label;
    }

    /** The level the table calls {@code label}, if any. */
    public static Optional<Level> labelled(String label) {
      return byLabel(values(), Level::label, label);
    }
  }

  /** What a row's finding reports about its outcome, as the table's {@code effect} column says it. */
  public enum Effect {
    /** A favourable effect on the outcome. */
    FAVOURABLE("favourable"),
    /** A favourable effect on some outcomes, sites or measures, and none or a harmful one on others. */
    MIXED("mixed"),
    /** No (statistically significant) effect on the outcome. */
    NONE("none"),
    /** The outcome got worse. */
    HARMFUL("harmful"),
    /** Not measured, or the evidence could not tell: process measures only, insufficient evidence, nothing found. */
    UNCLEAR("unclear");

    private final String label;

    Effect(String label) {
      this.label = label;
    }

    /** As the table writes it. */
    public String label() {
      return label;
    }

    /** The effect the table calls {@code label}, if any. */
    public static Optional<Effect> labelled(String label) {
      return byLabel(values(), Effect::label, label);
    }
  }

  /**
   * Checks every part: a rating, an outcome, a source, an effect; a rater's row says what it rated, and a
   * rating of no effects is a row whose effect is none.
   */
  public Evidence {
    checkNotNull(strategy, "strategy");
    checkNotNull(rater, "rater");
    checkNotNull(level, "level");
    checkNotNull(effect, "effect");
    for (String[] part : new String[][] {{"rating", rating}, {"outcome", outcome}, {"sourceTitle", sourceTitle},
        {"sourceUrl", sourceUrl}, {"finding", finding}}) {
      checkArgument(part[1] != null && !part[1].isBlank(), "%s of the evidence on %s must not be blank", part[0], strategy);
    }
    checkArgument(sourceUrl.startsWith("https://") || sourceUrl.startsWith("http://"),
        "sourceUrl of the evidence on %s must be a web address but was \"%s\"", strategy, sourceUrl);
    checkArgument(rater == Rater.NONE || !isUnrated(rating), "a row rated by %s must give the rating, not \"%s\"", rater.label(),
        rating);
    checkArgument(!rating.equalsIgnoreCase(NO_EFFECTS) || effect == Effect.NONE,
        "a row rated \"%s\" must have the effect \"none\", not \"%s\"", rating, effect.label());
  }

  /** Whether a body rated it (rather than a study existing with no rating, or nothing found). */
  public boolean isRated() {
    return rater != Rater.NONE;
  }

  /** Whether the finding is of no effect on its outcome, whether a body rated it so or a study found it. */
  public boolean isNoEffect() {
    return effect == Effect.NONE;
  }

  /** How strong the rating is: 3 for Effective or Scientifically Supported, 2 for Promising, 1 for others, 0 for none. */
  int strength() {
    if (!isRated() || effect == Effect.NONE || effect == Effect.HARMFUL) {
      return 0;
    }
    return switch (rating) {
      case "Effective", "Scientifically Supported" -> 3;
      case "Promising" -> 2;
      default -> 1;
    };
  }

  /** The constant among {@code values} whose label is {@code label}, if any. */
  private static <E> Optional<E> byLabel(E[] values, Function<E, String> labelOf, String label) {
    return Arrays.stream(values).filter(v -> labelOf.apply(v).equals(label)).findFirst();
  }

  private static boolean isUnrated(String rating) {
    return rating.startsWith("Not rated") || rating.equals("no rating found");
  }
}
