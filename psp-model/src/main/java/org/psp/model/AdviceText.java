package org.psp.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sentences of an {@link Advice} that are about the advice as a whole, written once for every
 * writer (text, JSON): what it assumed for the parts of the site nobody recorded, the cautions on its
 * national figures, and its data gaps in one line.
 */
public final class AdviceText {

  private AdviceText() {}

  /**
   * One sentence for each part of the site nobody recorded, naming its site file field and saying
   * what the advice assumed in its place; none when every part is recorded.
   */
  public static List<String> assumptions(Advice advice) {
    List<String> sentences = new ArrayList<>(advice.assumed().size());
    for (SiteField field : advice.assumed()) {
      sentences.add(field.jsonName() + ": not on record; the advice assumed " + switch (field) {
        case PARTNERS -> "that no partner works with the site yet";
        case CAPABILITIES -> "that the site has none of the capabilities (crime analysis unit, real-time crime center, "
            + "NIBIN access, task forces, reentry and victim services programs...)";
        case CONDITIONS -> "that none of the conditions applies (consent decree, declined immigration cooperation, "
            + "low community trust, warrant backlog...)";
        case INTERVENTIONS -> "that the site carries out no intervention";
        case COMMITMENT -> "that leadership is committed to reducing violent crime";
      });
    }
    return sentences;
  }

  /** Cautions on the advice as a whole: a year whose national rates are a later estimate says why. */
  public static List<String> cautions(Advice advice) {
    NationalRate national = advice.national();
    if (!national.isEstimate()) {
      return List.of();
    }
    return List.of("the national rates of " + national.year() + " are a later estimate, not first-published FBI figures"
        + (national.note().isEmpty() ? "" : ": " + national.note()));
  }

  /**
   * The outcome in one line, e.g. "Outcome: joined 2017 (Operations), engagement year 3; violent crime
   * down 12.0% since 2016 against the nation's down 5.1%: IMPROVING"; empty for a site never engaged.
   */
  public static Optional<String> outcome(Advice advice) {
    return advice.outcome().map(o -> "joined " + o.engagement().cohort()
        + o.engagement().track().map(t -> " (" + t.name().charAt(0) + t.name().substring(1).toLowerCase(Locale.ROOT) + ")").orElse("")
        + ", engagement year " + o.engagementYear() + (o.completed() ? " (completed)" : "") + "; "
        + (o.baselineYear().isEmpty() ? "no year of figures before joining, so nothing to compare: "
            : o.change().isEmpty() ? nothingToCompare(advice.site(), o.baselineYear().getAsInt()) + ", so nothing to compare: "
            : "violent crime " + change(o.change().getAsDouble()) + " since " + o.baselineYear().getAsInt()
                + " against the nation's " + change(o.nationalChange().getAsDouble()) + ": ")
        + o.verdict());
  }

  /** One line per intervention review, e.g. "REENTRY, ACTIVE since 2018: violent crime down 4.0% since 2018 against the nation's down 0.6%". */
  public static List<String> reviews(Advice advice) {
    List<String> lines = new ArrayList<>();
    for (InterventionReview r : advice.interventionReviews()) {
      String head = r.intervention().strategy() + ", ACTIVE since " + r.intervention().since().getAsInt() + ": ";
      if (r.fromYear().isEmpty()) {
        lines.add(head + (r.intervention().since().getAsInt() == advice.year()
            ? "began in the year advised: no change to measure yet"
            : "no figures from then until before " + advice.year() + ", so nothing to compare"));
      } else if (r.change().isEmpty()) {
        lines.add(head + "no violent crime in " + r.fromYear().getAsInt() + ", so no change to measure from it");
      } else {
        lines.add(head + "violent crime " + change(r.change().getAsDouble()) + " since " + r.fromYear().getAsInt()
            + (r.nationalChange().isPresent() ? " against the nation's " + change(r.nationalChange().getAsDouble())
                : "; no national rate to compare with"));
      }
    }
    return lines;
  }

  /** Why an outcome with a baseline year has no change: no violent crime that year, or no national rate for it. */
  private static String nothingToCompare(Site site, int baselineYear) {
    return site.violentCrimeRate(baselineYear) == 0 ? "no violent crime in " + baselineYear
        : "no national rate for " + baselineYear;
  }

  /** A change as "down 12.0%" or "up 3.4%". */
  private static String change(double change) {
    return (change < 0 ? "down " : "up ") + String.format(Locale.ROOT, "%.1f", Math.abs(change) * 100) + "%";
  }

  /**
   * The data gaps in one line, e.g. "ENFORCEMENT_TASK_FORCE if gangShare or drugShare were known;
   * INVESTIGATIONS if homicideClearanceRate were known"; empty when there is none.
   */
  public static String dataGaps(Advice advice) {
    List<String> gaps = new ArrayList<>(advice.dataGaps().size());
    for (DataGap gap : advice.dataGaps()) {
      gaps.add(gap.strategy() + " if " + String.join(" or ", gap.missing()) + (gap.missing().size() == 1 ? " was" : " were")
          + " known");
    }
    return String.join("; ", gaps);
  }
}
