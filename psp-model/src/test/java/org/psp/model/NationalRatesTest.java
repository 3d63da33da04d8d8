package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NationalRatesTest {

  @Test
  void theBundledTableHasTheFbiRatesOf2016To2019WithTheirSources() {
    NationalRates rates = NationalRates.bundled();

    assertThat(rates.byYear().keySet()).containsExactly(2016, 2017, 2018, 2019);
    assertThat(rates.violentCrimeRate(2016)).hasValue(386.3);
    assertThat(rates.violentCrimeRate(2017)).hasValue(382.9);
    assertThat(rates.violentCrimeRate(2018)).hasValue(368.9);
    assertThat(rates.violentCrimeRate(2019)).hasValue(366.7);
    assertThat(rates.rate(2016).orElseThrow().source()).contains("fbi.gov");
  }

  @Test
  void aYearOutsideTheTableHasNoRate() {
    assertThat(NationalRates.bundled().violentCrimeRate(2020)).isEmpty();
  }

  @Test
  void aYearMayAppearOnlyOnce() {
    NationalRate rate = new NationalRate(2020, 398.5, 6.5, "illustrative test value");

    assertThatThrownBy(() -> NationalRates.of(List.of(rate, rate)))
        .hasMessage("year 2020 must appear once in the national rates but appears twice");
  }

  @Test
  void ratesMustBePositive() {
    assertThatThrownBy(() -> new NationalRate(2020, 0, 6.5, "test"))
        .hasMessage("violentCrimeRate must be > 0 but was 0.0");
  }
}
