package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How an engaged site has fared in PSP by the year advised (CONTRACT §4 "Outcomes"): its run of
 * engagements, how far into it the year is, the change of its violent crime rate since the baseline
 * year (the latest year before the run's first cohort with statistics: what the program saw when it
 * chose the site) beside the nation's, the FBI flags that make that comparison unsafe, and a verdict.
 *
 * <p>Engagements that overlap or follow one another without a gap form one run (Kansas City: 2017
 * Diagnostic, then 2018 Operations, one run from 2017); only engagements with a cohort at most the
 * year advised count. An Operations engagement (or one of no track) spans 3 years of figures, a
 * Diagnostic one 2.
 *
 * @param run the engagements of the site's latest run with a cohort at most the year advised, in cohort order
 * @param year the year advised
 * @param engagementYear the year of the run: 1 in its first cohort's year
 * @param completed whether the year is past the end of the run's last engagement
 * @param baselineYear the latest year before the run's first cohort with statistics, if any
 * @param change the site's violent crime rate in the year over its rate in the baseline year, less 1
 *     (-0.1: down 10%); empty without a baseline, without a national rate for it, or when the
 *     baseline year had no violent crime
 * @param nationalChange the same for the national rate; empty exactly when {@code change} is
 * @param flags the FBI flags that make the comparison unsafe: every flag of the baseline year and of
 *     the year, and each NOT_COMPARABLE of a year between them, in year order
 * @param verdict see {@link Verdict}, decided in its order
 */
public record Outcome(List<Engagement> run, int year, int engagementYear, boolean completed, OptionalInt baselineYear,
    OptionalDouble change, OptionalDouble nationalChange, List<DataNote> flags, Verdict verdict) {

  /**
   * What the figures say about the site's run against the nation's, decided in this order:
   * NOT_ENOUGH_DATA, NOT_COMPARABLE, TOO_EARLY, then IMPROVING, WORSENING or STEADY.
   */
  public enum Verdict {
    /** The site's rate fell by at least the margin more than the nation's. */
    IMPROVING,
    /** Within the margin of the nation's change. */
    STEADY,
    /** The site's rate rose by at least the margin more than the nation's. */
    WORSENING,
    /**
     * No baseline year, no national rate for it or for the year, or no violent crime in the baseline
     * year: nothing to compare.
     */
    NOT_ENOUGH_DATA,
    /**
     * The FBI flagged the baseline year or the year, or called a year between them not comparable
     * with earlier ones: the change is reported, but no verdict drawn from it.
     */
    NOT_COMPARABLE,
    /** The first year of the run, the year the site joined: nothing the program did shows yet. */
    TOO_EARLY
  }

  /** Checks that the parts agree, and makes immutable copies of the lists. */
  public Outcome {
    run = List.copyOf(run);
    flags = List.copyOf(flags);
    checkArgument(!run.isEmpty(), "run must hold at least one engagement");
    checkNotNull(baselineYear, "baselineYear");
    checkNotNull(change, "change");
    checkNotNull(nationalChange, "nationalChange");
    checkNotNull(verdict, "verdict");
    checkArgument(engagementYear == year - run.get(0).cohort() + 1, "engagementYear must be %s but was %s",
        year - run.get(0).cohort() + 1, engagementYear);
    checkArgument(change.isPresent() == nationalChange.isPresent() && change.isPresent() == (verdict != Verdict.NOT_ENOUGH_DATA),
        "change and nationalChange must both be given exactly when the verdict is not NOT_ENOUGH_DATA");
    checkArgument(verdict != Verdict.NOT_COMPARABLE || !flags.isEmpty(), "a NOT_COMPARABLE verdict must name its flags");
  }

  /** The run's first engagement: the one the site joined with. */
  public Engagement engagement() {
    return run.get(0);
  }

  /** The run's first cohort ("C"): the year the site joined. */
  public int cohort() {
    return run.get(0).cohort();
  }

  /** The last year of figures the run spans: the latest end of its engagements. */
  public int lastYear() {
    int last = 0;
    for (Engagement e : run) {
      last = Math.max(last, lastYear(e));
    }
    return last;
  }

  /** Whether the run is still under way in the year: its figures are "so far". */
  public boolean interim() {
    return !completed;
  }

  /**
   * The outcome of {@code site} in {@code year}, if it has an engagement whose cohort is at most that
   * year: about the latest run of such engagements.
   *
   * @param rates the national rates to compare with
   * @param margin how much more than the nation's the site's rate must fall (or rise) for IMPROVING
   *     (or WORSENING), e.g. 0.05 for five percentage points
   */
  public static Optional<Outcome> of(Site site, int year, NationalRates rates, double margin) {
    List<Engagement> run = latestRun(site, year);
    if (run.isEmpty()) {
      return Optional.empty();
    }
    int cohort = run.get(0).cohort();
    int engagementYear = year - cohort + 1;
    int lastYear = 0;
    for (Engagement e : run) {
      lastYear = Math.max(lastYear, lastYear(e));
    }
    boolean completed = year > lastYear;
    var before = site.statisticsByYear().headMap(cohort);
    Integer baseline = before.isEmpty() ? null : before.lastKey();
    OptionalDouble national = baseline == null ? OptionalDouble.empty() : change(rates, baseline, year);
    OptionalDouble own = baseline == null ? OptionalDouble.empty() : change(site, baseline, year);
    List<DataNote> flags = baseline == null ? DataNote.of(site, year) : DataNote.across(site, baseline, year);
    OptionalDouble change = OptionalDouble.empty();
    OptionalDouble nationalChange = OptionalDouble.empty();
    Verdict verdict = Verdict.NOT_ENOUGH_DATA;
    if (national.isPresent() && own.isPresent()) {
      change = own;
      nationalChange = national;
      if (!flags.isEmpty()) {
        verdict = Verdict.NOT_COMPARABLE;
      } else if (engagementYear == 1) {
        verdict = Verdict.TOO_EARLY;
      } else {
        double difference = change.getAsDouble() - nationalChange.getAsDouble();
        // Rounded to a millionth, so that a difference exactly at the margin counts as at it.
        double rounded = Math.round(difference * 1e6) / 1e6;
        verdict = rounded <= -margin ? Verdict.IMPROVING : rounded >= margin ? Verdict.WORSENING : Verdict.STEADY;
      }
    }
    return Optional.of(new Outcome(run, year, engagementYear, completed,
        baseline == null ? OptionalInt.empty() : OptionalInt.of(baseline), change, nationalChange, flags, verdict));
  }

  /**
   * The engagements of the site's latest run with a cohort at most {@code year}, in cohort order;
   * empty when the site has none by then (a candidate, or a site not yet engaged).
   */
  public static List<Engagement> latestRun(Site site, int year) {
    List<Engagement> joined = new ArrayList<>(site.engagements().size());
    for (Engagement e : site.engagements()) {
      if (e.cohort() <= year) {
        joined.add(e);
      }
    }
    joined.sort(Comparator.comparingInt(Engagement::cohort));
    List<Engagement> run = new ArrayList<>(joined.size());
    int runEnd = Integer.MIN_VALUE;
    for (Engagement e : joined) {
      if (run.isEmpty() || e.cohort() > runEnd + 1) {
        run.clear();
      }
      run.add(e);
      runEnd = Math.max(run.size() == 1 ? Integer.MIN_VALUE : runEnd, lastYear(e));
    }
    return List.copyOf(run);
  }

  /** The last year of figures {@code engagement} spans: its cohort plus its track's years, less 1. */
  private static int lastYear(Engagement engagement) {
    return engagement.cohort() + engagement.track().orElse(Track.OPERATIONS).dataYears() - 1;
  }

  /**
   * The site's violent crime rate in {@code to} over its rate in {@code from}, less 1; empty when
   * the rate in {@code from} is 0, since a change from nothing is no ratio (it would be infinite).
   */
  static OptionalDouble change(Site site, int from, int to) {
    double before = site.violentCrimeRate(from);
    return before > 0 ? OptionalDouble.of(site.violentCrimeRate(to) / before - 1) : OptionalDouble.empty();
  }

  /** The national rate of {@code to} over that of {@code from}, less 1; empty if the table lacks either. */
  static OptionalDouble change(NationalRates rates, int from, int to) {
    OptionalDouble before = rates.violentCrimeRate(from);
    OptionalDouble after = rates.violentCrimeRate(to);
    return before.isPresent() && after.isPresent()
        ? OptionalDouble.of(after.getAsDouble() / before.getAsDouble() - 1) : OptionalDouble.empty();
  }
}
