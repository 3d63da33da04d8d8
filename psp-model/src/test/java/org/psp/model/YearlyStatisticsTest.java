package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YearlyStatisticsTest {

  @Test
  void violentCrimeRateIsTheFourOffensesPer100000Residents() {
    YearlyStatistics anniston = Sites.anniston2017().build();

    assertThat(anniston.violentCrimes()).isEqualTo(754);
    assertThat(anniston.violentCrimeRate(21_955)).isCloseTo(3434.3, within(0.05));
  }

  @Test
  void theYearsOwnPopulationWinsOverTheSites() {
    YearlyStatistics withPopulation = Sites.anniston2017().population(21_955).build();

    assertThat(withPopulation.violentCrimeRate(1)).isCloseTo(3434.3, within(0.05));
  }

  @Test
  void negativeCountsAreRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> Sites.anniston2017().robberies(-4).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("robberies must be >= 0 but was -4");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
        () -> Sites.anniston2017().year(1989).murders(-1).firearmShare(1.2).population(0).build());

    assertThat(e.problems()).extracting(Problem::path)
        .containsExactly("year", "murders", "population", "firearmShare");
    assertThat(e.problems()).extracting(Problem::message).containsExactly("must be a year from 1990 to 2100 but was 1989",
        "must be >= 0 but was -1", "must be > 0 but was 0", "must be between 0 and 1 but was 1.2");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.isError()).isTrue());
    assertThat(e.type()).isEqualTo("YearlyStatistics");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
  void sharesOutsideZeroToOneAreRejected(double share) {
    assertThatThrownBy(() -> Sites.anniston2017().gangShare(share).build())
        .hasMessageContaining("gangShare must be between 0 and 1 but was " + share);
    assertThatThrownBy(() -> Sites.anniston2017().homicideClearanceRate(share).build())
        .hasMessageContaining("homicideClearanceRate must be between 0 and 1");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.5, 1.0})
  void sharesAtTheBoundsAreAccepted(double share) {
    assertThat(Sites.anniston2017().drugShare(share).build().drugShare()).hasValue(share);
  }

  @ParameterizedTest
  @ValueSource(ints = {1990, 2100})
  void yearsAtTheBoundsAreAccepted(int year) {
    assertThat(Sites.anniston2017().year(year).build().year()).isEqualTo(year);
  }

  @ParameterizedTest
  @ValueSource(ints = {1989, 2101})
  void yearsOutOfRangeAreRejected(int year) {
    assertThatThrownBy(() -> Sites.anniston2017().year(year).build())
        .hasMessageContaining("year must be a year from 1990 to 2100 but was " + year);
  }

  @Test
  void negativeShootingsAreRejected() {
    assertThatThrownBy(() -> Sites.anniston2017().nonFatalShootings(-1).build())
        .hasMessageContaining("nonFatalShootings must be >= 0 but was -1");
  }
}
