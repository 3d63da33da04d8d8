package org.psp.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The figures of a site in the year advised that no site file gives: each worked out from the year's
 * {@link YearlyStatistics}, the site's population and the year's {@link NationalRate}, declared once
 * with its key, its {@link Figure.Unit unit} (a rate per 100,000, a ratio to the national rate,
 * residents) and whether it may be missing. Rules read them as properties of the assessment under
 * their keys, beside the {@link Figure}s of the year; {@link Measure} names both.
 */
public enum DerivedFigure implements Measure {
  /** The year's population: the year's own when it gives one, else the site's. */
  POPULATION("population", Figure.Unit.RESIDENTS, false, List.of(Figure.POPULATION),
      (year, sitePopulation, national) -> OptionalDouble.of(year.population().orElse(sitePopulation))),
  /** The site's violent crimes per 100,000 residents: the four offenses over the year's population. */
  VIOLENT_CRIME_RATE("violentCrimeRate", Figure.Unit.RATE, false, Offenses.ALL,
      (year, sitePopulation, national) -> OptionalDouble.of(year.violentCrimeRate(sitePopulation))),
  /** The national violent crime rate per 100,000 of the year. */
  NATIONAL_RATE("nationalRate", Figure.Unit.RATE, false, List.of(),
      (year, sitePopulation, national) -> OptionalDouble.of(national.violentCrimeRate())),
  /** The site's violent crime rate over the national one ("R" in the policy). */
  NATIONAL_RATIO("nationalRatio", Figure.Unit.RATIO, false, Offenses.ALL,
      (year, sitePopulation, national) -> OptionalDouble.of(year.violentCrimeRate(sitePopulation) / national.violentCrimeRate())),
  /** The site's murders per 100,000 residents. */
  MURDER_RATE("murderRate", Figure.Unit.RATE, false, Offenses.MURDERS,
      (year, sitePopulation, national) -> OptionalDouble.of(year.murderRate(sitePopulation))),
  /** The national murder rate per 100,000 of the year; missing when the national table gives none. */
  NATIONAL_MURDER_RATE("nationalMurderRate", Figure.Unit.RATE, true, List.of(), (year, sitePopulation, national) -> national.murderRate()),
  /** The site's murder rate over the national one ("M" in the policy); missing when the table gives no national murder rate. */
  MURDER_RATIO("murderRatio", Figure.Unit.RATIO, true, Offenses.MURDERS,
      (year, sitePopulation, national) -> national.murderRatio(year.murderRate(sitePopulation)));

  /** The figures of a year a rate is worked out from: offenses over the year's population. */
  private static final class Offenses {
    static final List<Figure> ALL = List.of(Figure.MURDERS, Figure.RAPES, Figure.ROBBERIES, Figure.AGGRAVATED_ASSAULTS,
        Figure.POPULATION);
    static final List<Figure> MURDERS = List.of(Figure.MURDERS, Figure.POPULATION);
  }

  /** How a derived figure is worked out. */
  @FunctionalInterface
  private interface Working {
    OptionalDouble of(YearlyStatistics year, int sitePopulation, NationalRate national);
  }

  private static final List<DerivedFigure> ALL = List.of(values());
  /** Rules name them in every grounds' phrase and consequence: found by key without a search. */
  private static final Map<String, DerivedFigure> BY_KEY = ALL.stream().collect(Collectors.toUnmodifiableMap(
      DerivedFigure::key, f -> f));

  private final String key;
  private final Figure.Unit unit;
  private final boolean mayBeMissing;
  private final List<Figure> workedFrom;
  private final Working working;

  DerivedFigure(String key, Figure.Unit unit, boolean mayBeMissing, List<Figure> workedFrom, Working working) {
    this.key = key;
    this.unit = unit;
    this.mayBeMissing = mayBeMissing;
    this.workedFrom = workedFrom;
    this.working = working;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public Figure.Unit unit() {
    return unit;
  }

  /** Whether it can be missing: only the national murder rate, which the national table may leave out, and the ratio to it. */
  @Override
  public boolean mayBeMissing() {
    return mayBeMissing;
  }

  /**
   * The figures of the year it is worked out from, besides the site's population and the national
   * table: a rule that reads it reads them (the data-gap probe tries a missing one of them as it tries
   * a figure the rule reads by its own key). Empty for the national rates.
   */
  public List<Figure> workedFrom() {
    return workedFrom;
  }

  /**
   * Its value for a site whose year advised is {@code year}, of population {@code sitePopulation},
   * against the national rates {@code national} of that year; empty when it is missing. The
   * assessment's property of the same key gives the same number.
   *
   * @param sitePopulation the site's population, used where the year gives none; above 0
   */
  public OptionalDouble of(YearlyStatistics year, int sitePopulation, NationalRate national) {
    return working.of(year, sitePopulation, national);
  }

  /** Every derived figure, in the order of its declaration. */
  public static List<DerivedFigure> all() {
    return ALL;
  }

  /** The derived figure whose key is {@code key} ({@code "nationalRatio"}), if there is one. */
  public static Optional<DerivedFigure> byKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key));
  }
}
