package org.psp.model.words;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.DataGap;
import org.psp.model.DataNote;
import org.psp.model.EligibilityReason;
import org.psp.model.Evidence;
import org.psp.model.EvidenceTable;
import org.psp.model.Figure;
import org.psp.model.Ground;
import org.psp.model.Ground.Accompanies;
import org.psp.model.Ground.ActiveIntervention;
import org.psp.model.Ground.Aim;
import org.psp.model.Ground.CapabilityOnRecord;
import org.psp.model.Ground.Commitment;
import org.psp.model.Ground.ConditionOnRecord;
import org.psp.model.Ground.CoordinateWith;
import org.psp.model.Ground.EffortOnRecord;
import org.psp.model.Ground.EvidenceWeighed;
import org.psp.model.Ground.Fared;
import org.psp.model.Ground.FigureAgainstSetting;
import org.psp.model.Ground.FigureValue;
import org.psp.model.Ground.InterventionKept;
import org.psp.model.Ground.Joined;
import org.psp.model.Ground.KindOfSite;
import org.psp.model.Ground.ModeSetByRule;
import org.psp.model.Ground.MurderRateStandsIn;
import org.psp.model.Ground.NationalRatio;
import org.psp.model.Ground.NotOnRecordFor;
import org.psp.model.Ground.PartnerWorks;
import org.psp.model.Ground.Purpose;
import org.psp.model.Ground.RequiredIn;
import org.psp.model.Ground.Words;
import org.psp.model.InterventionReview;
import org.psp.model.Measure;
import org.psp.model.OnRecord;
import org.psp.model.Outcome;
import org.psp.model.RankReason;
import org.psp.model.Reason;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;

/**
 * The one place where the {@linkplain Ground grounds} rules give become English: a recommendation's
 * rationale, its mode's reason, its rank reasons and cautions, and an advice's eligibility reasons,
 * the same words for the text, JSON and HTML writers and for explanations. Numbers are written here
 * too: rates per 100,000 with one decimal, shares as whole percentages, ratios with two decimals and
 * "×", counts with thousands separators; a figure that so few decimals would round onto or across the
 * threshold it is compared with gets as many more as keep it on its side ("1.995×" for 1.9954 against
 * 2, "39.6%" against 40%). A figure of a year the FBI flagged carries the flags in every sentence that
 * quotes it ("(FBI flags 2019 NOT_COMPARABLE)"), as the outcome line does.
 *
 * <p>A rationale's grounds are said in their order, joined with "; ", with these exceptions that keep
 * a sentence whole: a ratio's setting follows the rate it qualifies in parentheses, with the rate's
 * flags ("violent crime 1,811.4 per 100,000 in 2019, 4.94× the national 366.7 (at least 2×)", "... (at
 * least 2×; FBI flags 2019 NOT_COMPARABLE)"); a second share names only what
 * was involved ("40% of violent incidents involved a gang (at least 20%); 35% involved drugs (at
 * least 30%)"); an {@link Aim} is joined with ": " ("prevention and outreach must accompany
 * enforcement: community trust is low"), the recommendation it accompanies in parentheses; and the
 * year a site joined is followed by what it can learn from its peers.
 */
public final class Phrases {

  private Phrases() {}

  /**
   * Why a strategy is recommended: each reason's grounds said once, in order, joined with "; ", e.g.
   * "the site has a backlog of outstanding warrants".
   */
  public static String rationale(List<Reason> reasons) {
    List<String> texts = new ArrayList<>(reasons.size());
    for (Reason reason : reasons) {
      String text = grounds(reason.grounds());
      if (!texts.contains(text)) {
        texts.add(text);
      }
    }
    return String.join("; ", texts);
  }

  /**
   * Why the recommendation has its mode: what the site has for a STRENGTHEN, what to check for an
   * UNKNOWN, or "no rule found an existing effort to strengthen (the default)" for an ESTABLISH.
   */
  public static String modeReason(Recommendation recommendation) {
    return recommendation.modeReasons().isEmpty() ? "no rule found an existing effort to strengthen (the default)"
        : rationale(recommendation.modeReasons());
  }

  /** A recommendation's cautions, each once, in order: "the police department is under a consent decree: coordinate ...". */
  public static List<String> cautions(Recommendation recommendation) {
    List<String> texts = new ArrayList<>(recommendation.cautions().size());
    for (Reason caution : recommendation.cautions()) {
      String text = grounds(caution.grounds());
      if (!texts.contains(text)) {
        texts.add(text);
      }
    }
    return texts;
  }

  /**
   * An eligibility criterion in words: "met: violent crime 1,811.4 per 100,000 in 2019, 4.94× the
   * national 366.7: at least 1.5×, this library's default threshold for "far above the national
   * average" (setting eligibilityRatio; DOJ published no number)" ("at least 2.5×, this run's threshold
   * (default 1.5×) for ..." when the run's settings changed it), "not met: leadership has not
   * committed to reducing violent crime", and "assumed: ..." for a criterion met only for what nobody
   * recorded ("assumed: leadership's commitment to reducing violent crime is not on record; taken as
   * given").
   */
  public static String eligibilityReason(EligibilityReason reason) {
    StringBuilder text = new StringBuilder(!reason.met() ? "not met: " : restsOnWhatIsNotOnRecord(reason.grounds())
        ? "assumed: " : "met: ");
    Ground previous = null;
    for (Ground ground : reason.grounds()) {
      if (previous == null) {
        text.append(ground(ground));
      } else if (ground instanceof FigureAgainstSetting f && previous instanceof NationalRatio) {
        text.append(": ").append(f.holds() ? "at least " : "below ").append(number(f.threshold())).append("×, ")
            .append(f.isDefault() ? "this library's default threshold" : "this run's threshold"
                + (f.defaultThreshold().isPresent() ? " (default " + number(f.defaultThreshold().getAsDouble()) + "×)" : ""))
            .append(" for \"far above the national average\" (setting ").append(f.setting()).append("; DOJ published no number)");
      } else if (ground instanceof RequiredIn r) {
        text.append(", required for ").append(r.year());
        if (!reason.met()) {
          text.append(" (policy of ").append(r.firstYear()).append('-').append(r.lastYear()).append(')');
        }
      } else {
        text.append("; ").append(ground(ground));
      }
      previous = ground;
    }
    return text.toString();
  }

  /**
   * Whether a criterion met rests on what nobody recorded (a commitment, a condition or a capability
   * not on record): it is then assumed met, never said to be met.
   */
  private static boolean restsOnWhatIsNotOnRecord(List<Ground> grounds) {
    for (Ground ground : grounds) {
      if (ground instanceof Commitment commitment && !commitment.recorded()
          || ground instanceof ConditionOnRecord condition && condition.status() == OnRecord.NOT_ON_RECORD
          || ground instanceof CapabilityOnRecord capability && capability.status() == OnRecord.NOT_ON_RECORD) {
        return true;
      }
    }
    return false;
  }

  /** Each eligibility criterion in words, in order (see {@link #eligibilityReason}). */
  public static List<String> eligibilityReasons(List<EligibilityReason> reasons) {
    List<String> texts = new ArrayList<>(reasons.size());
    reasons.forEach(r -> texts.add(eligibilityReason(r)));
    return texts;
  }

  /**
   * Why the recommendation has its rank, one line per reason: a score as "need +0.60: murderRatio
   * 5.84, 192% above its threshold 2", a placement as "placed within rank 1 (outcome): worsening since
   * joining PSP ...". Empty when no rule ranked it.
   */
  public static List<String> rankReasons(Recommendation recommendation) {
    List<String> lines = new ArrayList<>(recommendation.rankReasons().size());
    recommendation.rankReasons().forEach(r -> lines.add(rankReason(r)));
    return lines;
  }

  /** One rank reason in words (see {@link #rankReasons}). */
  public static String rankReason(RankReason reason) {
    String text = rankGrounds(reason.grounds());
    return reason.isPlacement() ? "placed within rank " + reason.within().getAsInt() + " (" + reason.factor() + "): " + text
        : reason.factor() + " " + signed(reason.points()) + ": " + text;
  }

  /**
   * The grounds of a rank reason, joined with "; ": a figure against its setting as the ranking weighs
   * it, "murderRatio 5.84, 192% above its threshold 2"; every other ground as it is said alone.
   */
  public static String rankGrounds(List<Ground> grounds) {
    List<String> parts = new ArrayList<>(grounds.size());
    for (Ground ground : grounds) {
      parts.add(ground instanceof FigureAgainstSetting f ? beyond(f) : ground(ground));
    }
    return String.join("; ", parts);
  }

  /**
   * Grounds in one sentence, in their order, joined as the class comment says: "violent crime 1,811
   * per 100,000 in 2019, 4.94× the national 366.7; 70% of violent incidents involved a firearm (at
   * least 40%)".
   */
  public static String grounds(List<Ground> grounds) {
    StringBuilder text = new StringBuilder(64 * grounds.size());
    Ground previous = null;
    for (int i = 0; i < grounds.size(); i++) {
      Ground ground = grounds.get(i);
      // A rate whose setting follows says its FBI flags with the setting: "(at least 2×; FBI flags 2019 ...)".
      String words = i + 1 < grounds.size() && qualifies(grounds.get(i + 1), ground) ? unflagged(ground) : null;
      if (previous == null) {
        text.append(words != null ? words : ground(ground));
      } else if (qualifies(ground, previous)) {
        List<DataNote> flags = flagsOf(previous);
        text.append(" (").append(bound((FigureAgainstSetting) ground)).append(flags.isEmpty() ? "" : "; " + flagged(flags))
            .append(')');
      } else if (ground instanceof Accompanies a && previous instanceof Aim) {
        text.append(" (").append(a.strategy()).append(" is recommended)");
      } else if (ground instanceof Aim a && a.purpose() == Purpose.LEARNING_FROM_PEERS && previous instanceof Joined) {
        text.append(" and can learn from its peer sites");
      } else if (ground instanceof Aim || previous instanceof Aim) {
        text.append(": ").append(ground(ground));
      } else if (ground instanceof FigureAgainstSetting f && isIncidentShare(f.figure())
          && previous instanceof FigureAgainstSetting p && isIncidentShare(p.figure())) {
        text.append("; ").append(share(f)).append(" involved ").append(involved(f.figure()))
            .append(" (").append(bound(f)).append(')').append(flagsAfter(f.flags()));
      } else {
        text.append("; ").append(words != null ? words : ground(ground));
      }
      previous = ground;
    }
    return text.toString();
  }

  /** One ground alone, in words. */
  public static String ground(Ground ground) {
    // Java 17 has no pattern switch: one test per kind of ground, in the order of Ground.
    if (ground instanceof NationalRatio || ground instanceof MurderRateStandsIn) {
      return unflagged(ground) + flagsAfter(flagsOf(ground));
    } else if (ground instanceof FigureAgainstSetting f) {
      return figure(f) + flagsAfter(f.flags());
    } else if (ground instanceof FigureValue f) {
      return f.value().isEmpty() ? "no " + figureWords(f.figure()) + " for " + f.year() : value(f) + flagsAfter(f.flags());
    } else if (ground instanceof ConditionOnRecord c) {
      return condition(c.condition(), c.status(), c.year());
    } else if (ground instanceof CapabilityOnRecord c) {
      return capability(c);
    } else if (ground instanceof NotOnRecordFor n) {
      return toCheck(n);
    } else if (ground instanceof PartnerWorks p) {
      return partner(p.agency()) + " works with the site in " + p.year();
    } else if (ground instanceof KindOfSite k) {
      return switch (k.kind()) {
        case REGION -> "the site is a region spanning several agencies";
        case COUNTY -> "the site is a county";
        case CITY -> "the site is a city";
      };
    } else if (ground instanceof Joined j) {
      return "the site joined PSP in " + j.year();
    } else if (ground instanceof InterventionKept k) {
      return kept(k);
    } else if (ground instanceof ActiveIntervention a) {
      return "the site has an ACTIVE " + a.strategy() + " intervention" + (a.since().isPresent() ? " since " + a.since().getAsInt() : "");
    } else if (ground instanceof Accompanies a) {
      return a.strategy() + " is recommended";
    } else if (ground instanceof Aim a) {
      return switch (a.purpose()) {
        case PREVENTION_WITH_ENFORCEMENT -> "prevention and outreach must accompany enforcement";
        case BUILDING_TRUST -> "building trust between the community and law enforcement";
        case RETURN_TO_OPPORTUNITY -> "people prosecuted and removed must return to opportunity";
        case TREATMENT_NOT_ONLY_ENFORCEMENT -> "treatment and city services, not only enforcement";
        case SMALL_SITE_GRANTS -> "a small site gains most from help with federal grants";
        case LEARNING_FROM_PEERS -> "the site can learn from its peer sites";
      };
    } else if (ground instanceof Commitment c) {
      return !c.committed() ? "leadership has not committed to reducing violent crime"
          : c.recorded() ? "leadership is committed to reducing violent crime"
          : "leadership's commitment to reducing violent crime is not on record; taken as given";
    } else if (ground instanceof RequiredIn r) {
      return "required for " + r.year() + " (policy of " + r.firstYear() + "-" + r.lastYear() + ")";
    } else if (ground instanceof Fared f) {
      return fared(f.outcome());
    } else if (ground instanceof EvidenceWeighed e) {
      return evidence(e);
    } else if (ground instanceof EffortOnRecord e) {
      return switch (e.capacity()) {
        case DEFICIT_REPORTED -> "a deficit the site reports, which " + e.strategy() + " answers";
        case RECORDED_ABSENT -> "the record says the site has no " + e.strategy() + " effort in " + e.year() + ": a new one";
        case NOT_ON_RECORD -> "whether the site already has a " + e.strategy() + " effort in " + e.year() + " is not on record";
        case TO_STRENGTHEN -> "the site already has an effort to strengthen";
      };
    } else if (ground instanceof CoordinateWith c) {
      return condition(c.condition(), OnRecord.HOLDS, 0) + ": coordinate " + c.strategy() + " with "
          + (c.condition() == Condition.CONSENT_DECREE ? "the decree and the Justice Department that oversees it" : "it");
    } else if (ground instanceof ModeSetByRule m) {
      return m.mode() + " set on the proposal";
    }
    return ((Words) ground).text();
  }

  /**
   * A data gap in words: "ENFORCEMENT_TASK_FORCE if gangShare or drugShare were known", the strategy
   * named as {@code strategy} says (its id, or a writer's display name).
   */
  public static String dataGap(DataGap gap, String strategy) {
    return strategy + " if " + String.join(" or ", gap.missing()) + (gap.missing().size() == 1 ? " was" : " were") + " known";
  }

  /**
   * A review's change in words: "violent crime down 4.0% since 2018 against the nation's down 0.6%",
   * with "(not comparable as it stands: FBI flags 2018 NOT_COMPARABLE)" when flags make it unsafe to
   * read, or why there is nothing to compare.
   *
   * @param year the year advised
   */
  public static String review(InterventionReview r, int year) {
    if (r.fromYear().isEmpty()) {
      return r.intervention().since().getAsInt() == year ? "began in the year advised: no change to measure yet"
          : "no figures from then until before " + year + ", so nothing to compare";
    }
    if (r.change().isEmpty()) {
      return "no violent crime in " + r.fromYear().getAsInt() + ", so no change to measure from it";
    }
    return "violent crime " + change(r.change().getAsDouble()) + " since " + r.fromYear().getAsInt()
        + (r.nationalChange().isPresent() ? " against the nation's " + change(r.nationalChange().getAsDouble())
            : "; no national rate to compare with")
        + (r.flags().isEmpty() ? "" : " (not comparable as it stands: FBI flags " + notes(r.flags()) + ")");
  }

  /** The notes as "2017 NOT_COMPARABLE, 2018 UNDERREPORTED". */
  public static String notes(List<DataNote> notes) {
    List<String> texts = new ArrayList<>(notes.size());
    notes.forEach(n -> texts.add(n.toString()));
    return String.join(", ", texts);
  }

  /**
   * A change in words: -0.123 as "down 12.3%", 0.05 as "up 5.0%", and with the decimals that keep a
   * small change from reading as none: -0.0003 as "down 0.03%", never "down 0.0%".
   */
  public static String change(double change) {
    double percent = Math.abs(change) * 100;
    return (change < 0 ? "down " : "up ") + decimals(percent, places(percent, 1, List.of(0.0)), false) + "%";
  }

  /** A share as a whole percentage, e.g. 0.7 as "70%". */
  public static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** A number with thousands separators and at most two decimals, e.g. 1.5 as "1.5", 100000 as "100,000". */
  public static String number(double value) {
    return decimals(value, 2, true);
  }

  /**
   * A ratio to a national rate, as every writer prints it: two decimals, or as many more (up to six)
   * as keep it on its side of each of {@code thresholds}: 4.94 as "4.94", but 1.9954 against 2 as
   * "1.995" and 2.0044 as "2.004", never "2.00", which would read as at the threshold (or, for 1.9954,
   * as meeting it).
   *
   * @param thresholds the numbers the ratio may be compared with (see {@link Ground.NationalRatio#thresholds()})
   */
  public static String ratio(double ratio, List<Double> thresholds) {
    return decimals(ratio, places(ratio, 2, thresholds), false);
  }

  /**
   * How many decimals {@code value} takes so that, rounded half up, it is on the same side of each of
   * {@code thresholds} as it is itself (on one only when it is exactly that): {@code fewest}, or more
   * where fewer would round it onto or across one; at most six.
   */
  public static int places(double value, int fewest, List<Double> thresholds) {
    return places(value, 1, fewest, thresholds);
  }

  /** As {@link #places(double, int, List)} for {@code value * scale} against each threshold times {@code scale} (100: a percentage). */
  private static int places(double value, double scale, int fewest, List<Double> thresholds) {
    int places = fewest;
    while (places < MOST_PLACES && !onItsSide(value, scale, places, thresholds)) {
      places++;
    }
    return places;
  }

  private static final int MOST_PLACES = 6;
  private static final List<Double> ZERO = List.of(0.0);

  /** Whether {@code value * scale} rounded half up to {@code places} decimals is on the side of each threshold that the value is on. */
  private static boolean onItsSide(double value, double scale, int places, List<Double> thresholds) {
    double power = POWERS[places];
    double shown = Math.round(Math.abs(value) * scale * power) * Math.signum(value);
    for (double threshold : thresholds) {
      // The threshold in the same steps, rid of the binary fraction a product such as 0.4 × 100 leaves.
      double bound = Math.round(threshold * scale * power * 1e6) / 1e6;
      if (Integer.signum(Double.compare(shown, bound)) != Integer.signum(Double.compare(value, threshold))) {
        return false;
      }
    }
    return true;
  }

  private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  /** Points with a sign and two decimals: 0.6 as "+0.60", -0.1 as "-0.10". */
  public static String signed(double points) {
    long hundredths = Math.round(points * 100);
    long whole = Math.abs(hundredths);
    return (hundredths < 0 ? "-" : "+") + whole / 100 + "." + (whole % 100 < 10 ? "0" : "") + whole % 100;
  }

  // ---- the grounds, one by one

  /** The ratios to a national rate ({@link Figure.Unit#RATIO}): their settings read as multiples ("at least 2×"). */
  private static boolean isRatio(String figure) {
    return Measure.named(figure).map(m -> m.unit() == Figure.Unit.RATIO).orElse(false);
  }

  /** The shares of violent incidents that involved something. */
  private static boolean isIncidentShare(String figure) {
    return figure.equals("firearmShare") || figure.equals("gangShare") || figure.equals("drugShare");
  }

  private static String involved(String figure) {
    return switch (figure) {
      case "firearmShare" -> "a firearm";
      case "gangShare" -> "a gang";
      default -> "drugs";
    };
  }

  /** A figure as a missing one is named: "firearm share" for firearmShare. */
  private static String figureWords(String figure) {
    StringBuilder words = new StringBuilder(figure.length() + 2);
    for (char c : figure.toCharArray()) {
      if (Character.isUpperCase(c)) {
        words.append(' ').append(Character.toLowerCase(c));
      } else {
        words.append(c);
      }
    }
    return words.toString();
  }

  /** "at least 40%", "below 50%", "at least 2×", "at least 500,000": the setting as the rule compared it. */
  private static String bound(FigureAgainstSetting f) {
    return (f.comparison() == Ground.Comparison.AT_LEAST ? "at least " : "below ") + value(f.figure(), f.threshold(), List.of());
  }

  /**
   * A value of {@code figure} in its {@linkplain Figure.Unit unit}: a ratio as "2×", a share as a whole
   * percentage ("40%": a figure of a year added as a share reads so too), anything else as a number.
   */
  private static String value(String figure, double value, List<Double> thresholds) {
    Figure.Unit unit = Measure.named(figure).map(Measure::unit).orElse(null);
    if (unit == Figure.Unit.RATIO) {
      return decimals(value, places(value, 1, 2, thresholds), true) + "×";
    }
    if (unit == Figure.Unit.SHARE) {
      return decimals(value * 100, places(value, 100, 0, thresholds), false) + "%";
    }
    return decimals(value, places(value, 1, 2, thresholds), true);
  }

  private static String figure(FigureAgainstSetting f) {
    if (f.value().isEmpty()) {
      return "no " + figureWords(f.figure()) + " for the year, so it meets no setting (" + f.setting() + ")";
    }
    double v = f.value().getAsDouble();
    if (isIncidentShare(f.figure())) {
      return share(f) + " of violent incidents involved " + involved(f.figure()) + " (" + bound(f) + ")";
    }
    if (f.figure().equals("homicideClearanceRate")) {
      return share(f) + " of homicides cleared (" + bound(f) + ")";
    }
    if (f.figure().equals("population")) {
      return number(v) + " residents, " + (f.comparison() == Ground.Comparison.BELOW ? "fewer than " : "at least ")
          + number(f.threshold());
    }
    return f.figure() + " " + value(f.figure(), v, List.of(f.threshold())) + " (" + bound(f) + ", setting " + f.setting() + ")";
  }

  /** A share against its setting as a percentage, whole unless that would put it onto or across the setting: "39.6%". */
  private static String share(FigureAgainstSetting f) {
    double v = f.value().getAsDouble();
    return decimals(v * 100, places(v, 100, 0, List.of(f.threshold())), false) + "%";
  }

  /** A figure as it is: "30% of violent incidents involved a gang", "200,000 residents", "nonFatalShootings 120 in 2019". */
  private static String value(FigureValue f) {
    double v = f.value().getAsDouble();
    if (isIncidentShare(f.figure())) {
      return percent(v) + " of violent incidents involved " + involved(f.figure());
    }
    if (f.figure().equals("homicideClearanceRate")) {
      return percent(v) + " of homicides cleared";
    }
    if (f.figure().equals("population")) {
      return number(v) + " residents";
    }
    return f.figure() + " " + value(f.figure(), v, List.of()) + " in " + f.year();
  }

  /** As the ranking weighs it: "murderRatio 5.84, 192% above its threshold 2". */
  private static String beyond(FigureAgainstSetting f) {
    double value = f.value().orElse(0);
    double excess = f.excess();
    return f.figure() + " " + decimals(value, places(value, 1, 2, List.of(f.threshold())), true) + ", "
        + decimals(excess * 100, places(excess, 100, 0, ZERO), false) + "% "
        + (f.comparison() == Ground.Comparison.BELOW ? "below" : "above") + " its threshold " + number(f.threshold())
        + flagsAfter(f.flags());
  }

  private static String murders(MurderRateStandsIn m) {
    OptionalDouble ratio = m.murderRatio();
    return decimals(m.murderRate(), 1, false) + " murders per 100,000 in " + m.year()
        + (ratio.isEmpty() ? "" : ", " + ratio(ratio.getAsDouble(), m.thresholds()) + "× the national "
            + decimals(m.nationalMurderRate().getAsDouble(), 1, false));
  }

  /** A rate against the nation's as said alone, without its FBI flags. */
  private static String unflagged(Ground ground) {
    if (ground instanceof NationalRatio r) {
      return "violent crime " + decimals(r.rate(), 1, false) + " per 100,000 in " + r.year() + ", "
          + ratio(r.ratio(), r.thresholds()) + "× the national " + decimals(r.nationalRate(), 1, false);
    }
    MurderRateStandsIn m = (MurderRateStandsIn) ground;
    return "no " + figureWords(m.missing()) + " for " + m.year() + ", so the murder rate stands in for it: " + murders(m);
  }

  /** Whether {@code ground} is the ratio setting that qualifies the rate {@code previous} in parentheses. */
  private static boolean qualifies(Ground ground, Ground previous) {
    return ground instanceof FigureAgainstSetting f && isRatio(f.figure())
        && (previous instanceof NationalRatio || previous instanceof MurderRateStandsIn);
  }

  /** The FBI flags of a rate against the nation's. */
  private static List<DataNote> flagsOf(Ground ground) {
    return ground instanceof NationalRatio r ? r.flags() : ((MurderRateStandsIn) ground).flags();
  }

  /** "FBI flags 2019 NOT_COMPARABLE", as the outcome line says them. */
  private static String flagged(List<DataNote> flags) {
    return "FBI flags " + notes(flags);
  }

  /** " (FBI flags 2019 NOT_COMPARABLE)" after a figure of a flagged year; nothing when there is none. */
  private static String flagsAfter(List<DataNote> flags) {
    return flags.isEmpty() ? "" : " (" + flagged(flags) + ")";
  }

  /** A condition as the record has it in {@code year}. */
  private static String condition(Condition condition, OnRecord status, int year) {
    return switch (status) {
      case HOLDS -> switch (condition) {
        case CONSENT_DECREE -> "the police department is under a consent decree";
        case DECLINES_IMMIGRATION_COOPERATION -> "the site declines federal immigration cooperation";
        case LOW_COMMUNITY_TRUST -> "community trust is low";
        case HIGH_PROFILE_INCIDENT -> "a high-profile incident occurred";
        case ANALYTICS_DEFICIT -> "the site reports an analytics deficit";
        case TECHNOLOGY_DEFICIT -> "the site reports a technology deficit";
        case WARRANT_BACKLOG -> "the site has a backlog of outstanding warrants";
      };
      case ABSENT -> condition == Condition.DECLINES_IMMIGRATION_COOPERATION
          ? "the site cooperates with federal immigration enforcement"
          : "the record says " + conditionNoun(condition) + " does not apply to the site in " + year;
      case NOT_ON_RECORD -> condition == Condition.DECLINES_IMMIGRATION_COOPERATION
          ? "no refusal of federal immigration cooperation is on record for " + year
          : "whether " + conditionNoun(condition) + " applies to the site in " + year + " is not on record";
    };
  }

  private static String conditionNoun(Condition condition) {
    return switch (condition) {
      case CONSENT_DECREE -> "a consent decree";
      case DECLINES_IMMIGRATION_COOPERATION -> "a refusal of federal immigration cooperation";
      case LOW_COMMUNITY_TRUST -> "low community trust";
      case HIGH_PROFILE_INCIDENT -> "a high-profile incident";
      case ANALYTICS_DEFICIT -> "an analytics deficit";
      case TECHNOLOGY_DEFICIT -> "a technology deficit";
      case WARRANT_BACKLOG -> "a warrant backlog";
    };
  }

  /**
   * A capability as the record has it, never stating as fact what nobody recorded: "the site has a
   * crime analysis unit", "the site has no crime analysis unit", "no crime analysis unit is on record
   * for 2019"; beside an ACTIVE intervention of the strategy, "besides its ACTIVE REENTRY intervention,
   * the site has no standing reentry program".
   */
  private static String capability(CapabilityOnRecord c) {
    Capability capability = c.capability();
    if (c.status() == OnRecord.HOLDS) {
      return "the site has " + capability(capability);
    }
    String standing = c.besides().isPresent() ? "standing " : "";
    String lacks = c.status() == OnRecord.NOT_ON_RECORD
        ? "no " + standing + bare(capability) + " is on record for " + c.year()
        : "the site has no " + standing + bare(capability);
    return c.besides().map(s -> "besides its ACTIVE " + s + " intervention, " + lacks).orElse(lacks);
  }

  /** A capability in words, with its article where it takes one: "a crime analysis unit", "NIBIN access". */
  public static String capability(Capability capability) {
    return switch (capability) {
      case CRIME_ANALYSIS_UNIT -> "a crime analysis unit";
      case REAL_TIME_CRIME_CENTER -> "a real-time crime center";
      case NIBIN_ACCESS -> "NIBIN access";
      case CRIME_GUN_INTELLIGENCE_CENTER -> "a crime gun intelligence center";
      case VIOLENT_CRIME_TASK_FORCE -> "a violent crime task force";
      case FUGITIVE_TASK_FORCE -> "a fugitive task force";
      case COMMUNITY_POLICING_PROGRAM -> "a community policing program";
      case REENTRY_PROGRAM -> "a reentry program";
      case VICTIM_SERVICES_PROGRAM -> "a victim services program";
    };
  }

  /** A capability in words without an article: "crime analysis unit", "NIBIN access". */
  private static String bare(Capability capability) {
    String words = capability(capability);
    return words.startsWith("a ") ? words.substring(2) : words;
  }

  /**
   * What to check before deciding whether to establish or strengthen a strategy, naming only what is
   * not on record for the year, with its site file field.
   */
  private static String toCheck(NotOnRecordFor n) {
    List<String> unknown = new ArrayList<>(2);
    List<String> words = new ArrayList<>(n.capabilities().size());
    n.capabilities().forEach(c -> words.add(capability(c)));
    if (!words.isEmpty()) {
      unknown.add("whether the site had " + String.join(" or ", words) + " in " + n.year() + " (capabilities)");
    }
    if (n.intervention()) {
      unknown.add("whether it carried out an ACTIVE " + n.strategy() + " intervention " + (words.isEmpty() ? "in " + n.year()
          : "then") + " (interventions)");
    }
    if (unknown.isEmpty()) {
      return "the record says whether the site already has " + n.strategy() + " efforts in " + n.year();
    }
    return "check " + String.join(" and ", unknown) + ": " + (unknown.size() == 1 ? "it is not on record" : "neither is on record");
  }

  private static String partner(Agency agency) {
    return switch (agency.level()) {
      case FEDERAL -> agency.name();
      default -> "a " + agency.title();
    };
  }

  private static String kept(InterventionKept k) {
    String review = k.review().map(r -> " (" + review(r, k.year()) + ")")
        .orElse(k.intervention().since().isEmpty() ? " (no start year on record, so no review of it)" : "");
    return "the site carries out an ACTIVE " + k.intervention().strategy() + " intervention"
        + (k.intervention().since().isPresent() ? " since " + k.intervention().since().getAsInt() : "") + review
        + ": the program strengthens what a site already does";
  }

  private static String fared(Outcome o) {
    String change = "violent crime " + change(o.change().orElse(0)) + " since " + o.baselineYear().orElse(0)
        + " against the nation's " + change(o.nationalChange().orElse(0));
    return switch (o.verdict()) {
      case WORSENING -> "worsening since joining PSP: " + change + ", in engagement year " + o.engagementYear()
          + ": enforcement first";
      case IMPROVING -> change + ": the site's figures improved beyond the nation's during its completed engagement; "
          + "other sites can learn from what it did (the figures do not show that the program caused it)";
      default -> change + ": " + o.verdict();
    };
  }

  private static String evidence(EvidenceWeighed e) {
    EvidenceTable.Summary s = e.summary();
    int nulls = s.nullFindings().size();
    return "strength " + number(s.strength())
        + (nulls == 0 ? "" : " less " + nulls + " null finding" + (nulls == 1 ? "" : "s") + " × " + number(e.nullFindingPenalty()))
        + " (" + evidence(s) + ")";
  }

  /**
   * The evidence on a strategy in words, as every writer quotes it. It starts with "mixed: " when rows
   * disagree; then the strongest favourable rating with its rater, level and the outcome it is about,
   * or "no rating found" with the strongest favourable study no body rated, with the outcome looked
   * for, or with "no study found a favourable effect"; then "no effect found in: ...", "harm found in:
   * ..." and "mixed results in: ..." with each such row's level and outcome. A program's rating is never
   * called a practice's, and a source that other strategies' rows cite says so. The bundled table's
   * summaries are said once and kept: the writers quote one for every recommendation.
   */
  public static String evidence(EvidenceTable.Summary summary) {
    EvidenceTable bundled = EvidenceTable.bundled();
    if (bundled.summary(summary.strategy()) != summary) {
      return evidenceWords(summary);
    }
    return BundledEvidence.WORDS.get(summary.strategy());
  }

  /** The words of the bundled table's summaries, said once on first use. */
  private static final class BundledEvidence {
    static final Map<Strategy, String> WORDS = words();

    private static Map<Strategy, String> words() {
      Map<Strategy, String> words = new EnumMap<>(Strategy.class);
      for (Strategy strategy : Strategy.values()) {
        words.put(strategy, evidenceWords(EvidenceTable.bundled().summary(strategy)));
      }
      return words;
    }
  }

  private static String evidenceWords(EvidenceTable.Summary s) {
    List<String> parts = new ArrayList<>();
    if (s.strongest().isPresent()) {
      Evidence e = s.strongest().get();
      parts.add(e.rater().label() + ": " + e.rating() + " — " + level(e.level()) + "; outcome: " + e.outcome() + shared(s, e));
    } else if (s.strongestUnrated().isPresent()) {
      Evidence e = s.strongestUnrated().get();
      parts.add("no rating found; unrated evidence: " + level(e.level()) + ", outcome: " + e.outcome() + shared(s, e));
    } else if (s.noEffect().isEmpty() && s.harmful().isEmpty() && s.mixed().isEmpty()) {
      parts.add("no rating found" + s.lookedFor().map(outcome -> "; outcome looked for: " + outcome).orElse("")
          + s.alsoCitedFor().values().stream().distinct().map(Phrases::sameSource).collect(Collectors.joining()));
    } else {
      // Every study found no effect, harm or mixed results: whether any found a favourable effect in part is said.
      parts.add("no rating found" + (s.mixed().isEmpty() ? ", and no study found a favourable effect" : ""));
    }
    findings(s, "no effect found in: ", s.noEffect()).ifPresent(parts::add);
    findings(s, "harm found in: ", s.harmful()).ifPresent(parts::add);
    findings(s, "mixed results in: ", s.mixed()).ifPresent(parts::add);
    return (s.isMixed() ? "mixed: " : "") + String.join("; ", parts);
  }

  /** Rows of one effect, those of one rater, rating and level said once with their outcomes. */
  private static Optional<String> findings(EvidenceTable.Summary s, String head, List<Evidence> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<Evidence>> grouped = new LinkedHashMap<>();
    for (Evidence e : found) {
      String who = e.isRated() ? e.rater().label() + ": " + e.rating() + " — " + level(e.level()) : level(e.level());
      grouped.computeIfAbsent(who, k -> new ArrayList<>()).add(e);
    }
    List<String> said = new ArrayList<>();
    grouped.forEach((who, rows) -> said.add(who + " (outcome" + (rows.size() == 1 ? ": " : "s: ")
        + String.join(" / ", rows.stream().map(Evidence::outcome).toList()) + ")"
        + rows.stream().map(e -> shared(s, e)).distinct().collect(Collectors.joining())));
    return Optional.of(head + String.join(" / ", said));
  }

  /** " (the same source is counted for X, Y)" when other strategies' rows cite the source of {@code e}. */
  private static String shared(EvidenceTable.Summary s, Evidence e) {
    return Optional.ofNullable(s.alsoCitedFor().get(e.sourceUrl())).map(Phrases::sameSource).orElse("");
  }

  private static String sameSource(Set<Strategy> others) {
    return " (the same source is counted for " + others.stream().map(Strategy::name).collect(Collectors.joining(", ")) + ")";
  }

  /** A level of evidence in a summary's words, which never present a program as a practice. */
  private static String level(Evidence.Level level) {
    return switch (level) {
      case PRACTICE_META_ANALYSIS -> "practice, from a meta-analysis";
      case PRACTICE -> "practice";
      case SYSTEMATIC_REVIEW -> "systematic review";
      case RANDOMIZED_TRIAL -> "randomized trial";
      case PROGRAM -> "one program, not the practice";
      case QUASI_EXPERIMENT -> "quasi-experiment";
      case SINGLE_EVALUATION -> "single evaluation";
      case EXPERT_REVIEW -> "expert review";
      case SECONDARY -> "secondary or unreviewed";
      case NONE_FOUND -> "none found";
    };
  }

  /**
   * {@code value} rounded half up to {@code places} decimals, the whole part grouped by thousands, and
   * without trailing zeros when {@code strip}: 1234.5 as "1,234.5". Rationales
   * call this for every site, so it avoids {@code String.format} and {@code BigDecimal}.
   */
  private static String decimals(double value, int places, boolean strip) {
    long scale = places == 1 ? 10 : places == 2 ? 100 : (long) Math.pow(10, places);
    long scaled = Math.round(Math.abs(value) * scale);
    String whole = grouped(scaled / scale);
    StringBuilder text = new StringBuilder(whole.length() + places + 2);
    if (value < 0 && scaled != 0) {
      text.append('-');
    }
    text.append(whole);
    String fraction = Long.toString(scaled % scale + scale).substring(1);
    int end = fraction.length();
    while (strip && end > 0 && fraction.charAt(end - 1) == '0') {
      end--;
    }
    if (end > 0) {
      text.append('.').append(fraction, 0, end);
    }
    return text.toString();
  }

  /** A whole number with thousands separators, e.g. 1811 as "1,811". */
  private static String grouped(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder text = new StringBuilder(digits.length() + 4);
    if (value < 0) {
      text.append('-');
    }
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(i));
    }
    return text.toString();
  }
}
