package org.psp.model.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.psp.model.Advice;
import org.psp.model.DataGap;
import org.psp.model.DataNote;
import org.psp.model.Engagement;
import org.psp.model.InterventionReview;
import org.psp.model.NationalRate;
import org.psp.model.Outcome;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.YearNote;

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

  /**
   * The site's violent crime rate over the nation's as every writer prints it: "4.94", "1.995" where two
   * decimals would round it onto or across one of the advice's {@linkplain Advice#thresholds() thresholds}.
   */
  public static String nationalRatio(Advice advice) {
    return Phrases.ratio(advice.nationalRatio(), advice.thresholds());
  }

  /** The site's murder rate over the nation's, as {@link #nationalRatio} prints its rate's; empty without a national murder rate. */
  public static Optional<String> murderRatio(Advice advice) {
    OptionalDouble ratio = advice.murderRatio();
    return ratio.isEmpty() ? Optional.empty() : Optional.of(Phrases.ratio(ratio.getAsDouble(), advice.thresholds()));
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
   * The outcome in one line, e.g. "Outcome: joined 2017 (Operations), engagement year 2 of 3 (so far);
   * violent crime down 12.0% since 2016 against the nation's down 5.1%: IMPROVING" while the run is under
   * way, "... joined 2014, engagement of 3 years completed in 2016, 3 years before 2019; ..." once it is
   * over, with the FBI flags that stop a verdict ("...: NOT_COMPARABLE (FBI flags 2017 NOT_COMPARABLE)");
   * empty for a site not engaged by the year advised.
   */
  public static Optional<String> outcome(Advice advice) {
    return advice.outcome().map(o -> "joined " + o.cohort() + runTracks(o) + ", " + whereInTheRun(o) + "; "
        + (o.baselineYear().isEmpty() ? "no year of figures before joining, so nothing to compare: "
            : o.change().isEmpty() ? nothingToCompare(advice.site(), o.baselineYear().getAsInt()) + ", so nothing to compare: "
            : "violent crime " + Phrases.change(o.change().getAsDouble()) + " since " + o.baselineYear().getAsInt()
                + " against the nation's " + Phrases.change(o.nationalChange().getAsDouble()) + ": ")
        + o.verdict() + switch (o.verdict()) {
          case NOT_COMPARABLE -> " (FBI flags " + Phrases.notes(o.flags()) + ")";
          case TOO_EARLY -> " (the year the site joined: nothing the program did shows yet)";
          default -> o.flags().isEmpty() ? "" : "; FBI flags " + Phrases.notes(o.flags());
        });
  }

  /**
   * Where the year advised is in the run: "engagement year 2 of 3 (so far)" while it is under way,
   * "engagement of 3 years completed in 2016, 3 years before 2019" after its last year.
   */
  private static String whereInTheRun(Outcome o) {
    int years = o.lastYear() - o.cohort() + 1;
    if (!o.completed()) {
      return "engagement year " + o.engagementYear() + " of " + years + " (so far)";
    }
    int since = o.year() - o.lastYear();
    return "engagement of " + years + " years completed in " + o.lastYear() + ", " + since + (since == 1 ? " year" : " years")
        + " before " + o.year();
  }

  /** " (Diagnostic)", or " (Diagnostic; Operations from 2018)" for a run of several engagements. */
  private static String runTracks(Outcome outcome) {
    List<String> parts = new ArrayList<>(outcome.run().size());
    for (Engagement e : outcome.run()) {
      String track = e.track().map(t -> t.name().charAt(0) + t.name().substring(1).toLowerCase(Locale.ROOT)).orElse("");
      if (e == outcome.engagement()) {
        if (!track.isEmpty()) {
          parts.add(track);
        }
      } else {
        parts.add((track.isEmpty() ? "again" : track) + " from " + e.cohort());
      }
    }
    return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
  }

  /**
   * One line per FBI flag the advice used, e.g. "2017 NOT_COMPARABLE: figures are not comparable to
   * previous years' data"; the kind alone when the flag has no note.
   */
  public static List<String> dataNotes(Advice advice) {
    List<String> lines = new ArrayList<>(advice.dataNotes().size());
    for (DataNote note : advice.dataNotes()) {
      lines.add(note + note.note().map(n -> ": " + n).orElse(""));
    }
    return lines;
  }

  /**
   * One line per FBI footnote on the years the advice used that is no flag, e.g. "2019: FBI footnote 6:
   * The FBI determined that the agency's data were underreported... (no flag here: ...)".
   */
  public static List<String> yearNotes(Advice advice) {
    return advice.yearNotes().stream().map(YearNote::toString).toList();
  }

  /**
   * One line per intervention review, e.g. "REENTRY, ACTIVE since 2018: violent crime down 4.0% since 2018
   * against the nation's down 0.6%", with the FBI flags that make the change unsafe to read.
   */
  public static List<String> reviews(Advice advice) {
    List<String> lines = new ArrayList<>();
    for (InterventionReview r : advice.interventionReviews()) {
      lines.add(r.intervention().strategy() + ", ACTIVE since " + r.intervention().since().getAsInt() + ": "
          + Phrases.review(r, advice.year()));
    }
    return lines;
  }

  /** Why an outcome with a baseline year has no change: no violent crime that year, or no national rate for it. */
  private static String nothingToCompare(Site site, int baselineYear) {
    return site.violentCrimeRate(baselineYear) == 0 ? "no violent crime in " + baselineYear
        : "no national rate for " + baselineYear;
  }

  /**
   * The data gaps in one line, e.g. "ENFORCEMENT_TASK_FORCE if gangShare or drugShare were known;
   * INVESTIGATIONS if homicideClearanceRate were known"; empty when there is none.
   */
  public static String dataGaps(Advice advice) {
    List<String> gaps = new ArrayList<>(advice.dataGaps().size());
    for (DataGap gap : advice.dataGaps()) {
      gaps.add(Phrases.dataGap(gap, gap.strategy().name()));
    }
    return String.join("; ", gaps);
  }
}
