package org.psp.rules.screen;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.psp.model.Advice;
import org.psp.model.Problem;
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
 * @param notScreened why it could not be, otherwise: a problem at the row's table and row ({@link
 *     Problem#file()}, {@link Problem#line()}), its message naming the city and year when the row's
 *     figures are the cause ({@code Toledo, OH 2017: rapes is not reported (blank in the table)...})
 */
public record ScreenedCity(CityRow row, List<PspRoster.Entry> psp, Optional<Advice> advice,
    Optional<Problem> notScreened) {

  /** Checks that exactly one of advice and the reason is given. */
  public ScreenedCity {
    checkNotNull(row, "row");
    psp = List.copyOf(psp);
    checkNotNull(advice, "advice");
    checkNotNull(notScreened, "notScreened");
    checkArgument(advice.isPresent() != notScreened.isPresent(), "row %s: exactly one of advice and notScreened",
        row.row());
    notScreened.ifPresent(p -> checkArgument(p.file().equals(row.file().toString()) && p.line() == row.row(),
        "row %s of %s: the problem is at %s:%s", row.row(), row.file(), p.file(), p.line()));
  }

  /** The city-year was advised. */
  public static ScreenedCity advised(CityRow row, List<PspRoster.Entry> psp, Advice advice) {
    return new ScreenedCity(row, psp, Optional.of(advice), Optional.empty());
  }

  /** The city-year could not be advised, for {@code reason}: a problem at the row of its table. */
  public static ScreenedCity notScreened(CityRow row, List<PspRoster.Entry> psp, String reason) {
    return new ScreenedCity(row, psp, Optional.empty(), Optional.of(Problem.inFile(row.file().toString(), row.row(), 0, reason)));
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
   * Where to start: the advice's focus, its first recommendations by rank (as many as the policy's
   * {@code focusSize}); empty when not screened.
   */
  public List<Strategy> focus() {
    return advice.map(Advice::focus).orElse(List.of());
  }
}
