package org.psp.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How the site's violent crime rate has changed since an ACTIVE intervention began, beside the
 * nation's: from its {@code since} year (or the first later year with statistics) to the year
 * advised.
 *
 * @param intervention the intervention
 * @param fromYear the year the change is measured from; empty when the site has no statistics from
 *     {@code since} until before the year advised
 * @param change the site's rate in the year advised over its rate in {@code fromYear}, less 1 (empty when that year had no violent crime)
 * @param nationalChange the same for the national rate; empty when the table lacks either year
 * @param flags the FBI flags that make the change unsafe to read: every flag of {@code fromYear} and
 *     of the year advised, and each NOT_COMPARABLE between them (as for an {@link Outcome})
 */
public record InterventionReview(Intervention intervention, OptionalInt fromYear, OptionalDouble change,
    OptionalDouble nationalChange, List<DataNote> flags) {

  /** Checks every part is present, and makes an immutable copy of the flags. */
  public InterventionReview {
    checkNotNull(intervention, "intervention");
    checkNotNull(fromYear, "fromYear");
    checkNotNull(change, "change");
    checkNotNull(nationalChange, "nationalChange");
    flags = List.copyOf(flags);
  }

  /**
   * A review of every intervention of {@code site} ACTIVE in {@code year} with a {@code since} year, in
   * the order of the site's interventions.
   */
  public static List<InterventionReview> of(Site site, int year, NationalRates rates) {
    List<InterventionReview> reviews = new ArrayList<>();
    for (Intervention intervention : site.interventions()) {
      if (intervention.since().isPresent() && intervention.activeIn(year)) {
        reviews.add(of(site, intervention, year, rates));
      }
    }
    return List.copyOf(reviews);
  }

  /** The review of {@code intervention}, which has a {@code since} year at most {@code year}, in {@code year}. */
  public static InterventionReview of(Site site, Intervention intervention, int year, NationalRates rates) {
    var from = site.statisticsByYear().subMap(intervention.since().orElseThrow(), year);
    if (from.isEmpty()) {
      return new InterventionReview(intervention, OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
          List.of());
    }
    int fromYear = from.firstKey();
    return new InterventionReview(intervention, OptionalInt.of(fromYear), Outcome.change(site, fromYear, year),
        Outcome.change(rates, fromYear, year), DataNote.across(site, fromYear, year));
  }
}
