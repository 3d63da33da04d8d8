package org.psp.model;

import java.util.ArrayList;
import java.util.List;

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
