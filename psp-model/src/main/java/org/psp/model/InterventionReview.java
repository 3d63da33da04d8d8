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
 */
public record InterventionReview(Intervention intervention, OptionalInt fromYear, OptionalDouble change,
    OptionalDouble nationalChange) {

  /** Checks every part is present. */
  public InterventionReview {
    checkNotNull(intervention, "intervention");
    checkNotNull(fromYear, "fromYear");
    checkNotNull(change, "change");
    checkNotNull(nationalChange, "nationalChange");
  }

  /**
   * A review of every ACTIVE intervention of {@code site} with a {@code since} year at most {@code
   * year}, in the order of the site's interventions.
   */
  public static List<InterventionReview> of(Site site, int year, NationalRates rates) {
    List<InterventionReview> reviews = new ArrayList<>();
    for (Intervention intervention : site.interventions()) {
      if (intervention.status() != InterventionStatus.ACTIVE || intervention.since().isEmpty()
          || intervention.since().getAsInt() > year) {
        continue;
      }
      var from = site.statisticsByYear().subMap(intervention.since().getAsInt(), year);
      if (from.isEmpty()) {
        reviews.add(new InterventionReview(intervention, OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty()));
      } else {
        int fromYear = from.firstKey();
        reviews.add(new InterventionReview(intervention, OptionalInt.of(fromYear),
            Outcome.change(site, fromYear, year),
            Outcome.change(rates, fromYear, year)));
      }
    }
    return List.copyOf(reviews);
  }
}
