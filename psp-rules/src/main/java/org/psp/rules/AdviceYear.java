package org.psp.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;
import org.psp.model.Site;
import org.psp.model.YearlyStatistics;

/**
 * The year a site is advised on, the one way every {@link Advisor} method says it: each site's latest
 * year ({@link #LATEST}, the latest its statistics give) or one year for every site ({@link
 * #of(int)}). A site with no statistics for the year given is not advised: its outcome says why.
 */
public final class AdviceYear {

  /** Each site's latest year. */
  public static final AdviceYear LATEST = new AdviceYear(OptionalInt.empty());

  private final OptionalInt given;

  private AdviceYear(OptionalInt given) {
    this.given = given;
  }

  /**
   * {@code year} for every site.
   *
   * @throws IllegalArgumentException if {@code year} is not {@linkplain YearlyStatistics#YEAR_RANGE a
   *     year the model takes} (1990 to 2100)
   */
  public static AdviceYear of(int year) {
    checkArgument(YearlyStatistics.isYear(year), "the year to advise on must be %s but was %s",
        YearlyStatistics.YEAR_RANGE, year);
    return new AdviceYear(OptionalInt.of(year));
  }

  /** The year given, or empty for each site's latest. */
  public OptionalInt given() {
    return given;
  }

  /** The year to advise {@code site} on: the year given, or the site's latest. */
  public int yearFor(Site site) {
    return given.isPresent() ? given.getAsInt() : checkNotNull(site, "site").latestYear();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AdviceYear that && given.equals(that.given);
  }

  @Override
  public int hashCode() {
    return given.hashCode();
  }

  /** "the latest year", or the year given. */
  @Override
  public String toString() {
    return given.isPresent() ? String.valueOf(given.getAsInt()) : "the latest year";
  }
}
