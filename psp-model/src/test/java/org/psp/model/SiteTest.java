package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteTest {

  @Test
  void defaultsAreACommittedCity() {
    Site site = Sites.anniston().build();

    assertThat(site.kind()).isEqualTo(SiteKind.CITY);
    assertThat(site.commitment()).isTrue();
    assertThat(site.isEngaged()).isFalse();
  }

  @Test
  void rateOfAYearUsesTheSitePopulationWhenTheYearHasNone() {
    assertThat(Sites.anniston().build().violentCrimeRate(2017)).isCloseTo(3434.3, within(0.05));
  }

  @Test
  void latestYearIsTheHighestWhateverTheOrder() {
    Site site = Sites.anniston()
        .addStatistics(Sites.anniston2017().year(2019).build(), Sites.anniston2017().year(2016).build())
        .build();

    assertThat(site.latestYear()).isEqualTo(2019);
    assertThat(site.statisticsByYear().keySet()).containsExactly(2016, 2017, 2019);
  }

  @Test
  void rateOfAYearWithoutStatisticsNamesTheYears() {
    assertThatThrownBy(() -> Sites.anniston().build().violentCrimeRate(2015))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("site anniston-al has no statistics for 2015; it has [2017]");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void populationMustBePositive(int population) {
    assertThatThrownBy(() -> Sites.anniston().population(population).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("population must be > 0 but was " + population);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Anniston", "anniston al", "anniston_al", ""})
  void idMustBeALowercaseSlug(String id) {
    assertThatThrownBy(() -> Sites.anniston().id(id).build())
        .hasMessageContaining("id must be a lowercase slug of a-z, 0-9 and - but was \"" + id + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Al", "ALA", "XX", ""})
  void stateMustBeAUspsCode(String state) {
    assertThatThrownBy(() -> Sites.anniston().state(state).build())
        .hasMessageContaining("state must be a two-letter USPS code such as MD but was \"" + state + "\"");
  }

  @Test
  void nameMustNotBeBlank() {
    assertThatThrownBy(() -> Sites.anniston().name(" ").build()).hasMessageContaining("name must not be blank");
  }

  @Test
  void statisticsMustNotBeEmpty() {
    assertThatThrownBy(() -> Site.builder().id("x").name("X").state("AL").population(1).build())
        .hasMessageContaining("statistics must give at least one year");
  }

  @Test
  void aYearMayAppearOnlyOnce() {
    InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
        () -> Sites.anniston().addStatistic(Sites.anniston2017().build()).build());

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("statistics[1].year");
      assertThat(p.message()).isEqualTo("repeats 2017, the year of statistics[0]: give each year's figures once");
      assertThat(p).hasToString("statistics[1].year: repeats 2017, the year of statistics[0]: give each year's figures once");
    });
    assertThat(e).hasMessage("invalid Site: statistics[1].year repeats 2017, the year of statistics[0]: give each year's "
        + "figures once");
  }

  @Test
  void aCohortMayAppearOnlyOnce() {
    Engagement e2019 = Engagement.builder().cohort(2019).build();

    assertThatThrownBy(() -> Sites.anniston().addEngagements(e2019, e2019).build())
        .hasMessageContaining("engagements[1].cohort repeats 2019, the cohort of engagements[0]: a site joins a cohort once");
  }

  @Test
  void partnersAreLookedUpByAgency() {
    Site site = Sites.anniston().addPartner(Partner.of(Agency.ATF)).build();

    assertThat(site.hasPartner(Agency.ATF, 2017)).isTrue();
    assertThat(site.hasPartner(Agency.FBI, 2017)).isFalse();
  }

  @Test
  void activeInterventionsAreLookedUpByStrategy() {
    Site site = Sites.anniston()
        .addIntervention(Intervention.builder().strategy(Strategy.REENTRY).status(InterventionStatus.ACTIVE).build())
        .addIntervention(Intervention.builder().strategy(Strategy.TECHNOLOGY).status(InterventionStatus.PLANNED).build())
        .addIntervention(Intervention.builder().strategy(Strategy.CRIME_ANALYSIS).status(InterventionStatus.ACTIVE).since(2099).build())
        .build();

    assertThat(site.hasActiveIntervention(Strategy.REENTRY, 2017)).isTrue();
    assertThat(site.hasActiveIntervention(Strategy.TECHNOLOGY, 2017)).isFalse();
    assertThat(site.hasActiveIntervention(Strategy.INVESTIGATIONS, 2017)).isFalse();
    // An intervention ACTIVE only from a later year is not active in the year advised.
    assertThat(site.hasActiveIntervention(Strategy.CRIME_ANALYSIS, 2017)).isFalse();
    assertThat(site.hasActiveIntervention(Strategy.CRIME_ANALYSIS, 2099)).isTrue();
  }

  @Test
  void collectionsAreImmutable() {
    Site site = Sites.anniston().build();

    assertThatThrownBy(() -> site.statistics().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> site.capabilities().add(DatedFact.of(Capability.NIBIN_ACCESS)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void moreViolentOffencesThanResidentsIsAProblemWithTheValues() {
    assertThatThrownBy(() -> Sites.anniston().population(10).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("statistics[0] counts 754 violent offences in 2017 for 10 residents: more offences than "
            + "residents, which no place has; is a count or the population mistyped?");
  }

  @Test
  void aRateBeyondThePlausibleBoundIsAProblemAndOneWithinItIsNot() {
    // 754 offences: 20,000 per 100,000 is 3,770 residents.
    assertThat(Sites.anniston().population(3_770).build().violentCrimeRate(2017)).isEqualTo(20_000.0, within(1e-9));
    assertThatThrownBy(() -> Sites.anniston().population(3_769).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("statistics[0] gives 20,005 violent crimes per 100,000 in 2017 (754 offences, 3,769 "
            + "residents), more than 20,000, far beyond any U.S. city's; is a count or the population mistyped?");
  }
}
