package org.psp.rules.screen;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.psp.model.Advice;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;
import org.psp.model.fbi.CityRow;
import org.psp.model.fbi.PspRoster;

/**
 * One city-year screened: the table's row, its PSP cohorts, and the advice on it — or why it could
 * not be advised (a figure the table leaves blank, a year the national rates table lacks).
 *
 * @param row the FBI table's row
 * @param psp the roster's entries of this city (its PSP cohorts), empty when it never was a PSP site
 * @param advice the advice on the city for the row's year, when it could be advised
 * @param notScreened why it could not be, otherwise
 */
public record ScreenedCity(CityRow row, List<PspRoster.Entry> psp, Optional<Advice> advice,
    Optional<String> notScreened) {

  /** How many of the top-ranked recommendations are the focus while the advice does not say. */
  static final int FOCUS_SIZE = 3;

  /** Checks that exactly one of advice and the reason is given. */
  public ScreenedCity {
    checkNotNull(row, "row");
    psp = List.copyOf(psp);
    checkNotNull(advice, "advice");
    checkNotNull(notScreened, "notScreened");
    checkArgument(advice.isPresent() != notScreened.isPresent(), "row %s: exactly one of advice and notScreened",
        row.row());
  }

  /** Whether the city-year was advised on. */
  public boolean isScreened() {
    return advice.isPresent();
  }

  /** The violent crime rate per 100,000; empty when not screened. */
  public OptionalDouble violentCrimeRate() {
    return advice.map(a -> OptionalDouble.of(a.violentCrimeRate())).orElse(OptionalDouble.empty());
  }

  /** The rate divided by the national rate of the year; empty when not screened. */
  public OptionalDouble nationalRatio() {
    return advice.map(a -> OptionalDouble.of(a.nationalRatio())).orElse(OptionalDouble.empty());
  }

  /** The murder rate divided by the national murder rate; empty when not screened or the year has none. */
  public OptionalDouble murderRatio() {
    return advice.map(Advice::murderRatio).orElse(OptionalDouble.empty());
  }

  /** Whether the advice found the city eligible for PSP; false when not screened. */
  public boolean eligible() {
    return advice.map(Advice::eligible).orElse(false);
  }

  /**
   * Where to start: the first {@value #FOCUS_SIZE} recommendations in the advice's order (the
   * advice's own focus, when the model gives one, replaces this); empty when not screened.
   */
  public List<Strategy> focus() {
    return advice.map(a -> a.recommendations().stream().limit(FOCUS_SIZE).map(Recommendation::strategy).toList())
        .orElse(List.of());
  }
}
