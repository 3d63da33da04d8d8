package org.psp.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psp.rules.PolicySettings;
import org.psp.rules.SiteSpec;

class AssessmentTest {

  @ParameterizedTest
  @CsvSource({"1.5, 1.5", "100000, '100,000'", "1234567.891, '1,234,567.89'", "0.005, 0.01", "2.0, 2", "0, 0",
      "-1500.5, '-1,500.5'", "-0.25, -0.25", "999.999, '1,000'"})
  void numbersHaveSeparatorsAndAtMostTwoDecimals(double value, String text) {
    assertThat(Assessment.number(value)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"0.7, 70%", "0.286, 29%", "0.0, 0%", "1.0, 100%", "0.005, 1%"})
  void sharesArePercentages(double share, String text) {
    assertThat(Assessment.percent(share)).isEqualTo(text);
  }

  @Test
  void theRateSummaryQuotesRateYearRatioAndNationalRate() {
    Assessment a = new Assessment(SiteSpec.site().violentCrimes(1811).build(), SiteSpec.YEAR, 366.7, PolicySettings.defaults());

    assertThat(a.rateSummary()).isEqualTo("violent crime 1,811 per 100,000 in 2019, 4.94× the national 366.7");
  }

  @Test
  void missingFiguresAreNull() {
    Assessment a = new Assessment(SiteSpec.site().build(), SiteSpec.YEAR, 400, PolicySettings.defaults());

    assertThat(a.getFirearmShare()).isNull();
    assertThat(a.getHomicideClearanceRate()).isNull();
    assertThat(a.getNonFatalShootings()).isNull();
    assertThat(Assessment.atLeast(a.getGangShare(), 0)).isFalse();
  }

  @Test
  void aYearWithoutStatisticsIsRejected() {
    assertThatThrownBy(() -> new Assessment(SiteSpec.site().build(), 2016, 400, PolicySettings.defaults()))
        .hasMessage("site test-site has no statistics for 2016; it has [2019]");
  }
}
