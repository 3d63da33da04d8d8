package org.psp.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One PSP engagement of a site: the cohort (the year the site was announced), the track and the start.
 * A site may have several, e.g. Kansas City: 2017 Diagnostic, then 2018 Operations.
 */
@Value.Immutable
public abstract class Engagement {

  /** Only the generated implementation extends this class: build values with {@link #builder()}. */
  Engagement() {}

  /**
   * The first cohort: 2014, the Violence Reduction Network's, PSP's predecessor (2014–2016), whose sites
   * continued as pilot PSP Operations sites (data/roster/README.md). PSP itself was announced on 2017-06-20.
   */
  public static final int FIRST_COHORT = 2014;

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Engagement}: the cohort year is required.
   */
  public static final class Builder extends ImmutableEngagement.Builder {
    /** An empty builder, as {@link Engagement#builder()} returns. */
    public Builder() {}
  }

  /** The year the site joined PSP, or from 2014 to 2016 its predecessor, the Violence Reduction Network. */
  public abstract int cohort();

  /** The track, when known. */
  public abstract Optional<Track> track();

  /** The day the engagement started, when known; never before its cohort year. */
  public abstract Optional<LocalDate> start();

  /** The day the engagement ends: its start plus the track's term, when both are known. */
  public final Optional<LocalDate> end() {
    return start().flatMap(s -> track().map(t -> s.plus(t.term())));
  }

  @Value.Check
  void check() {
    new ValueChecks("Engagement")
        .require(cohort() >= FIRST_COHORT && cohort() <= YearlyStatistics.LATEST_YEAR, "cohort", cohort(),
            "must be a year from " + FIRST_COHORT + " (the first cohort, the Violence Reduction Network's) to "
                + YearlyStatistics.LATEST_YEAR)
        .require(start().map(s -> s.getYear() >= cohort()).orElse(true), "start", start().map(Object::toString).orElse(""),
            "must not be before the cohort year " + cohort() + " (a site starts once it has joined)")
        .throwIfAny();
  }
}
