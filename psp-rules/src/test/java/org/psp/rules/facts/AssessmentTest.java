package org.psp.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psp.model.InterventionStatus;
import org.psp.model.NationalRate;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.Strategy;
import org.psp.rules.PolicySettings;
import org.psp.rules.SiteSpec;

class AssessmentTest {

  /** The assessment of {@code site} against an illustrative national rate (and murder rate 5.0) of {@code year}. */
  private static Assessment assess(Site site, int year, double nationalRate) {
    return new Assessment(site, new NationalRate(year, nationalRate, 5.0, "illustrative"), PolicySettings.defaults());
  }

  @Test
  void theMurderRatioComparesTheSitesMurderRateWithTheNationsAndIsNullWithoutIt() {
    Site site = SiteSpec.site().murders(27).build();
    NationalRate withoutMurderRate = new NationalRate(SiteSpec.YEAR, 400, OptionalDouble.empty(),
        NationalRate.Basis.FIRST_PUBLISHED, "illustrative", "");

    assertThat(assess(site, SiteSpec.YEAR, 400).getMurderRatio()).isCloseTo(5.4, within(1e-9));
    assertThat(assess(site, SiteSpec.YEAR, 400).murderSummary()).isEqualTo("27.0 murders per 100,000 in 2019, 5.40× the national 5.0");
    Assessment without = new Assessment(site, withoutMurderRate, PolicySettings.defaults());
    assertThat(without.getMurderRatio()).isNull();
    assertThat(without.murderSummary()).isEqualTo("27.0 murders per 100,000 in 2019");
  }

  @Test
  void anAbsenceIsAFactOnlyWhereTheCapabilitiesAreRecorded() {
    Assessment recorded = assess(SiteSpec.site().build(), SiteSpec.YEAR, 400);
    Assessment notRecorded = assess(SiteSpec.site().notRecorded(SiteField.CAPABILITIES).build(), SiteSpec.YEAR, 400);
    Assessment active = assess(SiteSpec.site().intervention(Strategy.REENTRY, InterventionStatus.ACTIVE).build(), SiteSpec.YEAR, 400);

    assertThat(recorded.hasNo("reentry program")).isEqualTo("the site has no reentry program");
    assertThat(notRecorded.hasNo("reentry program")).isEqualTo("no reentry program is on record");
    assertThat(recorded.hasNo("reentry program", Strategy.REENTRY)).isEqualTo("the site has no reentry program");
    assertThat(active.hasNo("reentry program", Strategy.REENTRY))
        .isEqualTo("besides its ACTIVE REENTRY intervention, the site has no standing reentry program");
  }

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
    Assessment a = assess(SiteSpec.site().violentCrimes(1811).build(), SiteSpec.YEAR, 366.7);

    assertThat(a.rateSummary()).isEqualTo("violent crime 1,811 per 100,000 in 2019, 4.94× the national 366.7");
  }

  @Test
  void missingFiguresAreNull() {
    Assessment a = assess(SiteSpec.site().build(), SiteSpec.YEAR, 400);

    assertThat(a.getFirearmShare()).isNull();
    assertThat(a.getHomicideClearanceRate()).isNull();
    assertThat(a.getNonFatalShootings()).isNull();
    assertThat(Assessment.atLeast(a.getGangShare(), 0)).isFalse();
  }

  @Test
  void aYearWithoutStatisticsIsRejected() {
    assertThatThrownBy(() -> assess(SiteSpec.site().build(), 2016, 400))
        .hasMessage("site test-site has no statistics for 2016; it has [2019]");
  }
}
