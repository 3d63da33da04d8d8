package org.psp.model;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A PSP site or candidate site: a city, county or region with its crime statistics by year, the
 * partners already working with it, what it has, its circumstances and what it is doing.
 *
 * <p>Build one with {@link #builder()}; invalid values are rejected with an {@link
 * InvalidValueException} naming every bad field and value.
 */
@Value.Immutable
public abstract class Site {

  /** Only the generated implementation extends this class: build values with {@link #builder()}. */
  Site() {}

  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  /** The USPS codes of the states, the District of Columbia and the territories. */
  private static final ImmutableSet<String> USPS_CODES =
      ImmutableSet.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI");

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Site}: id, name, state, population and at least one year of statistics are
   * required; {@code build()} checks every value and names each bad one.
   */
  public static final class Builder extends ImmutableSite.Builder {
    /** An empty builder, as {@link Site#builder()} returns. */
    public Builder() {}
  }

  /** A lowercase slug, unique in a site file, e.g. {@code baltimore-md}. */
  public abstract String id();

  /** The name, e.g. {@code Baltimore}. */
  public abstract String name();

  /** The two-letter USPS code of the state, e.g. {@code MD}. */
  public abstract String state();

  /** City (the default), county or region. */
  @Value.Default
  public SiteKind kind() {
    return SiteKind.CITY;
  }

  /** Residents; a year's statistics may give that year's own population. */
  public abstract int population();

  /** Whether the site's leadership is committed to reducing violent crime (default true). */
  @Value.Default
  public boolean commitment() {
    return true;
  }

  /** PSP engagements; empty for a candidate site. */
  public abstract List<Engagement> engagements();

  /** Crime statistics, one per year, at least one. */
  public abstract List<YearlyStatistics> statistics();

  /** Partners already working with the site. */
  public abstract List<Partner> partners();

  /** What the site already has. */
  public abstract Set<Capability> capabilities();

  /** Circumstances that shape the advice. */
  public abstract Set<Condition> conditions();

  /** What the site is doing or has done. */
  public abstract List<Intervention> interventions();

  /**
   * The parts of the site that nobody recorded: each is empty (or, for commitment, the default,
   * true), and the advice says it assumed so. Empty by default: a site built in Java has recorded
   * what it gives; the site file reader marks each part whose key is absent.
   */
  public abstract Set<SiteField> notRecorded();

  /** Whether {@code field} was recorded for this site (see {@link #notRecorded()}). */
  public final boolean isRecorded(SiteField field) {
    return !notRecorded().contains(field);
  }

  /** The statistics by year, in year order; unmodifiable. */
  @Value.Lazy
  public SortedMap<Integer, YearlyStatistics> statisticsByYear() {
    return statistics().stream()
        .collect(ImmutableSortedMap.toImmutableSortedMap(
            Integer::compare, YearlyStatistics::year, s -> s));
  }

  /** The latest year with statistics: the year advised on unless another is asked for. */
  public final int latestYear() {
    return statisticsByYear().lastKey();
  }

  /** The statistics of {@code year}, if the site has them. */
  public final Optional<YearlyStatistics> statisticsFor(int year) {
    return Optional.ofNullable(statisticsByYear().get(year));
  }

  /**
   * The statistics of {@code year}.
   *
   * @throws NoSuchElementException if the site has none for that year, naming the years it has
   */
  public final YearlyStatistics statisticsOf(int year) {
    return statisticsFor(year).orElseThrow(() -> new NoSuchElementException(
        "site " + id() + " has no statistics for " + year + "; it has " + statisticsByYear().keySet()));
  }

  /**
   * The violent crime rate per 100,000 residents in {@code year}.
   *
   * @throws NoSuchElementException if the site has no statistics for that year
   */
  public final double violentCrimeRate(int year) {
    return statisticsOf(year).violentCrimeRate(population());
  }

  /**
   * The murders per 100,000 residents in {@code year}.
   *
   * @throws NoSuchElementException if the site has no statistics for that year
   */
  public final double murderRate(int year) {
    return statisticsOf(year).murderRate(population());
  }

  /** Whether the site has been engaged in PSP at least once. */
  public final boolean isEngaged() {
    return !engagements().isEmpty();
  }

  /** Whether an agency of this kind already works with the site. */
  public final boolean hasPartner(Agency agency) {
    // A loop, not a stream: rules ask this several times for every site advised.
    for (Partner partner : partners()) {
      if (partner.agency() == agency) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the site carries out {@code strategy} as an {@link InterventionStatus#ACTIVE} intervention
   * in {@code year}: one whose {@code since} year, if given, is not after it.
   */
  public final boolean hasActiveIntervention(Strategy strategy, int year) {
    // A loop, not a stream: rules ask this of every strategy proposed.
    for (Intervention intervention : interventions()) {
      if (intervention.strategy() == strategy && intervention.status() == InterventionStatus.ACTIVE
          && (intervention.since().isEmpty() || intervention.since().getAsInt() <= year)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The highest violent crime rate per 100,000 a year may have: twenty per hundred residents. The
   * highest U.S. city rates in the FBI's tables are near 2,000 to 4,000 per 100,000; a rate this far
   * beyond them is a mistyped population or count, and would make ratios to the nation meaningless.
   */
  public static final int MAX_PLAUSIBLE_RATE = 20_000;

  @Value.Check
  void check() {
    Violations v = new Violations("Site");
    v.require(ID.matcher(id()).matches(), "id", id(), "must be a lowercase slug of a-z, 0-9 and -")
        .notBlank("name", name())
        .require(USPS_CODES.contains(state()), "state", state(), "must be a two-letter USPS code such as MD")
        .positive("population", population())
        .require(!statistics().isEmpty(), "statistics", "[]", "must give at least one year");
    Set<Integer> years = new HashSet<>();
    for (int i = 0; i < statistics().size(); i++) {
      YearlyStatistics stats = statistics().get(i);
      int year = stats.year();
      v.require(years.add(year), "statistics[" + i + "].year", year, "must not repeat an earlier year");
      long offences = stats.violentCrimes();
      int residents = stats.population().orElse(population());
      if (residents > 0 && offences > 0) {
        double rate = offences * (double) YearlyStatistics.RATE_BASE / residents;
        // Implausible, not impossible to type: a population missing a few digits, a count with too many.
        if (offences > residents) {
          v.add("statistics[" + i + "]", String.format(java.util.Locale.US, "%,d violent offences in %d for %,d residents",
              offences, year, residents), "must not count more violent offences than residents: is a count or the "
              + "population mistyped?");
        } else if (rate > MAX_PLAUSIBLE_RATE) {
          v.add("statistics[" + i + "]", String.format(java.util.Locale.US, "%,.0f violent crimes per 100,000 in %d "
              + "(%,d offences, %,d residents)", rate, year, offences, residents), "must not exceed "
              + String.format(java.util.Locale.US, "%,d", MAX_PLAUSIBLE_RATE) + " violent crimes per 100,000, far beyond "
              + "any U.S. city's: is a count or the population mistyped?");
        }
      }
    }
    for (SiteField field : notRecorded()) {
      boolean empty = switch (field) {
        case PARTNERS -> partners().isEmpty();
        case CAPABILITIES -> capabilities().isEmpty();
        case CONDITIONS -> conditions().isEmpty();
        case INTERVENTIONS -> interventions().isEmpty();
        case COMMITMENT -> commitment();
      };
      v.require(empty, field.jsonName(), field == SiteField.COMMITMENT ? commitment() : "[...]",
          "must be " + (field == SiteField.COMMITMENT ? "left at its default, true," : "empty") + " when it is not recorded");
    }
    Set<Integer> cohorts = new HashSet<>();
    for (int i = 0; i < engagements().size(); i++) {
      int cohort = engagements().get(i).cohort();
      v.require(cohorts.add(cohort), "engagements[" + i + "].cohort", cohort,
          "must not repeat an earlier engagement's cohort");
    }
    v.throwIfAny();
  }
}
