package org.psp.model;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.psp.model.internal.Nullable;

/**
 * A PSP site or candidate site: a city, county or region with its crime statistics by year, the
 * partners already working with it, what it has, its circumstances and what it is doing.
 *
 * <p>Build one with {@link #builder()}; invalid values are rejected with an {@link
 * InvalidValueException} carrying a {@link Problem} for every bad field and value.
 */
@Value.Immutable
public abstract class Site {

  /** Only the generated implementation extends this class: build values with {@link #builder()}. */
  Site() {}

  /** What a site's id is: a lowercase slug (also what a {@link Problem} takes as a site). */
  static final Pattern ID = Pattern.compile("[a-z0-9-]+");

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
   * required; {@code build()} checks every value and names each bad one. A section it is never given
   * (partners, capabilities, conditions, interventions, commitment) is not recorded; given, even
   * empty, it is recorded (see {@link Site#notRecorded()}).
   */
  public static final class Builder extends ImmutableSite.Builder {
    /** An empty builder, as {@link Site#builder()} returns. */
    public Builder() {}

    /** Records that the site has {@code capability} in every year. */
    public Builder addCapability(Capability capability) {
      addCapability(DatedFact.of(capability));
      return this;
    }

    /** Records that the site has each of {@code capabilities} in every year. */
    public Builder addCapabilities(Capability... capabilities) {
      for (Capability capability : capabilities) {
        addCapability(capability);
      }
      return this;
    }

    /** Records that {@code condition} applies to the site in every year. */
    public Builder addCondition(Condition condition) {
      addCondition(DatedFact.of(condition));
      return this;
    }

    /** Records that each of {@code conditions} applies to the site in every year. */
    public Builder addConditions(Condition... conditions) {
      for (Condition condition : conditions) {
        addCondition(condition);
      }
      return this;
    }
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

  /**
   * Whether the site's leadership is committed to reducing violent crime; true (assumed given) when not
   * recorded.
   */
  public final boolean commitment() {
    Boolean commitment = onRecordCommitment();
    return commitment == null || commitment;
  }

  /** The commitment as given to the builder ({@code commitment(true)}), null when never given. */
  abstract @Nullable Boolean onRecordCommitment();

  /** PSP engagements; empty for a candidate site. */
  public abstract List<Engagement> engagements();

  /** Crime statistics, one per year, at least one. */
  public abstract List<YearlyStatistics> statistics();

  /**
   * The years the FBI left out of its tables or withheld, with why and their flags: never advised, but
   * their flags count for outcomes. None of them is a year of {@link #statistics()}.
   */
  public abstract List<UnreportedYear> notReported();

  /** Partners working with the site, each in its years; empty when not recorded (see {@link #notRecorded()}). */
  public final List<Partner> partners() {
    return orEmpty(onRecordPartners());
  }

  /** The partners as given to the builder ({@code addPartner}, {@code partners}), null when never given. */
  abstract @Nullable List<Partner> onRecordPartners();

  /**
   * What the site has, each in its years (or recorded absent in them); empty when not recorded. Build
   * with {@code addCapability(Capability.NIBIN_ACCESS)} (every year) or {@code
   * addCapability(DatedFact.builder()...)}.
   */
  public final List<DatedFact<Capability>> capabilities() {
    return orEmpty(onRecordCapabilities());
  }

  /** The capabilities as given to the builder, null when never given. */
  abstract @Nullable List<DatedFact<Capability>> onRecordCapabilities();

  /** Circumstances that shape the advice, each in its years (or recorded absent in them); empty when not recorded. */
  public final List<DatedFact<Condition>> conditions() {
    return orEmpty(onRecordConditions());
  }

  /** The conditions as given to the builder, null when never given. */
  abstract @Nullable List<DatedFact<Condition>> onRecordConditions();

  /** What the site is doing or has done, each in its years; empty when not recorded. */
  public final List<Intervention> interventions() {
    return orEmpty(onRecordInterventions());
  }

  /** The interventions as given to the builder, null when never given. */
  abstract @Nullable List<Intervention> onRecordInterventions();

  /**
   * The recorded sections that list only what sources mention ({@code "partial"} in the site file): a
   * value they do not list for a year is not on record that year, not absent. Only {@code PARTNERS},
   * {@code CAPABILITIES}, {@code CONDITIONS} and {@code INTERVENTIONS}, each recorded. Without it a
   * recorded section is complete: what it does not list for a year is absent that year.
   */
  public abstract Set<SiteField> partial();

  /**
   * The parts of the site that nobody recorded: those the builder was never given (the site file
   * reader gives exactly the keys present). {@code partners(List.of())} records "checked, none";
   * never calling it leaves the partners not recorded. The policy reads a part not recorded as
   * empty (commitment as given), and the advice says it assumed so, never that it is a fact.
   */
  @Value.Lazy
  public Set<SiteField> notRecorded() {
    Set<SiteField> fields = EnumSet.noneOf(SiteField.class);
    if (onRecordPartners() == null) {
      fields.add(SiteField.PARTNERS);
    }
    if (onRecordCapabilities() == null) {
      fields.add(SiteField.CAPABILITIES);
    }
    if (onRecordConditions() == null) {
      fields.add(SiteField.CONDITIONS);
    }
    if (onRecordInterventions() == null) {
      fields.add(SiteField.INTERVENTIONS);
    }
    if (onRecordCommitment() == null) {
      fields.add(SiteField.COMMITMENT);
    }
    return Sets.immutableEnumSet(fields);
  }

  /** Whether {@code field} was recorded for this site (see {@link #notRecorded()}). */
  public final boolean isRecorded(SiteField field) {
    return !notRecorded().contains(field);
  }

  /** Whether {@code field} is recorded and complete: recorded and not {@linkplain #partial() partial}. */
  public final boolean isComplete(SiteField field) {
    return isRecorded(field) && !partial().contains(field);
  }

  /** What the record says about {@code capability} in {@code year}. */
  public final OnRecord capability(Capability capability, int year) {
    return onRecord(capabilities(), capability, year, SiteField.CAPABILITIES);
  }

  /** What the record says about {@code condition} in {@code year}. */
  public final OnRecord condition(Condition condition, int year) {
    return onRecord(conditions(), condition, year, SiteField.CONDITIONS);
  }

  private <V extends Enum<V>> OnRecord onRecord(List<DatedFact<V>> facts, V value, int year, SiteField field) {
    if (!isRecorded(field)) {
      return OnRecord.NOT_ON_RECORD;
    }
    boolean absent = false;
    // A loop, not a stream: rules ask this several times for every site advised.
    for (DatedFact<V> fact : facts) {
      if (fact.value() == value && fact.covers(year)) {
        if (!fact.absent()) {
          return OnRecord.HOLDS;
        }
        absent = true;
      }
    }
    return absent || !partial().contains(field) ? OnRecord.ABSENT : OnRecord.NOT_ON_RECORD;
  }

  /**
   * What the record says about an ACTIVE intervention of {@code strategy} in {@code year}: HOLDS when
   * one is active then; ABSENT when the interventions are complete, or list one of the strategy for the
   * year that is not ACTIVE (planned, completed); NOT_ON_RECORD otherwise.
   */
  public final OnRecord intervention(Strategy strategy, int year) {
    if (!isRecorded(SiteField.INTERVENTIONS)) {
      return OnRecord.NOT_ON_RECORD;
    }
    boolean listed = false;
    for (Intervention intervention : interventions()) {
      if (intervention.strategy() == strategy && intervention.covers(year)) {
        if (intervention.status() == InterventionStatus.ACTIVE) {
          return OnRecord.HOLDS;
        }
        listed = true;
      }
    }
    return listed || !partial().contains(SiteField.INTERVENTIONS) ? OnRecord.ABSENT : OnRecord.NOT_ON_RECORD;
  }

  /** The interventions of {@code strategy} ACTIVE in {@code year}, in the site's order. */
  public final List<Intervention> activeInterventions(Strategy strategy, int year) {
    List<Intervention> active = new ArrayList<>(1);
    for (Intervention intervention : interventions()) {
      if (intervention.strategy() == strategy && intervention.activeIn(year)) {
        active.add(intervention);
      }
    }
    return active;
  }

  /** The partners working with the site in {@code year}, in the site's order. */
  public final List<Partner> partnersIn(int year) {
    List<Partner> partners = new ArrayList<>(partners().size());
    for (Partner partner : partners()) {
      if (partner.covers(year)) {
        partners.add(partner);
      }
    }
    return partners;
  }

  /**
   * What the record says about an agency of this kind working with the site in {@code year}: HOLDS when
   * a partner of it covers the year; ABSENT when the partners are complete and none does; NOT_ON_RECORD
   * when they are not recorded or {@linkplain #partial() partial}.
   */
  public final OnRecord partner(Agency agency, int year) {
    if (hasPartner(agency, year)) {
      return OnRecord.HOLDS;
    }
    return isComplete(SiteField.PARTNERS) ? OnRecord.ABSENT : OnRecord.NOT_ON_RECORD;
  }

  /** The FBI's flags on {@code year}: those of its statistics or of its entry in {@link #notReported()}; empty for any other year. */
  public final List<DataFlag> flags(int year) {
    Optional<YearlyStatistics> statistics = statisticsFor(year);
    if (statistics.isPresent()) {
      return statistics.get().flags();
    }
    for (UnreportedYear unreported : notReported()) {
      if (unreported.year() == year) {
        return unreported.flags();
      }
    }
    return List.of();
  }

  /**
   * The FBI's other footnotes on {@code year}, which are no flag: those of its statistics or of its entry
   * in {@link #notReported()}; empty for any other year.
   */
  public final List<String> notes(int year) {
    Optional<YearlyStatistics> statistics = statisticsFor(year);
    if (statistics.isPresent()) {
      return statistics.get().notes();
    }
    for (UnreportedYear unreported : notReported()) {
      if (unreported.year() == year) {
        return unreported.notes();
      }
    }
    return List.of();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
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

  /** Whether an agency of this kind works with the site in {@code year}. */
  public final boolean hasPartner(Agency agency, int year) {
    // A loop, not a stream: rules ask this several times for every site advised.
    for (Partner partner : partners()) {
      if (partner.agency() == agency && partner.covers(year)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the site carries out {@code strategy} as an intervention ACTIVE in {@code year}. */
  public final boolean hasActiveIntervention(Strategy strategy, int year) {
    // A loop, not a stream: rules ask this of every strategy proposed.
    for (Intervention intervention : interventions()) {
      if (intervention.strategy() == strategy && intervention.activeIn(year)) {
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
    ValueChecks v = new ValueChecks("Site");
    v.require(ID.matcher(id()).matches(), "id", id(), "must be a lowercase slug of a-z, 0-9 and -")
        .notBlank("name", name())
        .require(USPS_CODES.contains(state()), "state", state(), "must be a two-letter USPS code such as MD")
        .positive("population", population())
        .require(!statistics().isEmpty(), "statistics", "[]", "must give at least one year");
    // Where each year is given first: a repeat names it.
    Map<Integer, String> years = new HashMap<>();
    for (int i = 0; i < statistics().size(); i++) {
      YearlyStatistics stats = statistics().get(i);
      int year = stats.year();
      String first = years.putIfAbsent(year, "statistics[" + i + "]");
      if (first != null) {
        v.say("statistics[" + i + "].year", "repeats " + year + ", the year of " + first + ": give each year's "
            + "figures once");
      }
      long offences = stats.violentCrimes();
      int residents = stats.population().orElse(population());
      if (residents > 0 && offences > 0) {
        double rate = offences * (double) YearlyStatistics.RATE_BASE / residents;
        // Implausible, not impossible to type: a population missing a few digits, a count with too many.
        if (offences > residents) {
          String counted = String.format(java.util.Locale.US, "%,d violent offences in %d for %,d residents", offences, year,
              residents);
          v.say("statistics[" + i + "]", "counts " + counted + ": more offences than residents, which no place "
              + "has; is a count or the population mistyped?");
        } else if (rate > MAX_PLAUSIBLE_RATE) {
          String given = String.format(java.util.Locale.US, "%,.0f violent crimes per 100,000 in %d (%,d offences, %,d "
              + "residents)", rate, year, offences, residents);
          v.say("statistics[" + i + "]", "gives " + given + ", more than " + String.format(java.util.Locale.US, "%,d",
              MAX_PLAUSIBLE_RATE) + ", far beyond any U.S. city's; is a count or the population mistyped?");
        }
      }
    }
    for (int i = 0; i < notReported().size(); i++) {
      int year = notReported().get(i).year();
      String first = years.putIfAbsent(year, "notReported[" + i + "]");
      if (first != null) {
        v.say("notReported[" + i + "].year", "repeats " + year + ", the year of " + first + (first.startsWith("statistics")
            ? ", which has figures: a year either has figures or is not reported" : ": give each year once"));
      }
    }
    for (SiteField field : partial()) {
      if (field == SiteField.COMMITMENT) {
        v.add("partial", field.jsonName(), "must name only partners, capabilities, conditions or interventions");
      } else if (!isRecorded(field)) {
        v.add("partial", field.jsonName(), "must name only recorded sections: " + field.jsonName()
            + " is not recorded (its key is absent), so none of it is on record anyway");
      }
    }
    noContradiction(v, "capabilities", capabilities());
    noContradiction(v, "conditions", conditions());
    Map<Integer, String> cohorts = new HashMap<>();
    for (int i = 0; i < engagements().size(); i++) {
      int cohort = engagements().get(i).cohort();
      String first = cohorts.putIfAbsent(cohort, "engagements[" + i + "]");
      if (first != null) {
        v.say("engagements[" + i + "].cohort", "repeats " + cohort + ", the cohort of " + first + ": a site joins a "
            + "cohort once");
      }
    }
    v.throwIfAny();
  }

  /** No year in which one entry says a value held and another that it was absent. */
  private static <V extends Enum<V>> void noContradiction(ValueChecks v, String section, List<DatedFact<V>> facts) {
    for (int i = 0; i < facts.size(); i++) {
      for (int j = 0; j < i; j++) {
        DatedFact<V> a = facts.get(j);
        DatedFact<V> b = facts.get(i);
        if (a.value() == b.value() && a.absent() != b.absent() && a.overlaps(b)) {
          v.say(section + "[" + i + "]", "records " + b.value() + (b.absent() ? " absent" : " held") + ", which "
              + section + "[" + j + "] records" + (a.absent() ? " absent" : " held") + " in some of the same years: one of "
              + "them is wrong, or their years are");
        }
      }
    }
  }
}
