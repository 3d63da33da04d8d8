package org.psp.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.DatedFact;
import org.psp.model.Engagement;
import org.psp.model.InterventionReview;
import org.psp.model.InterventionStatus;
import org.psp.model.NationalRate;
import org.psp.model.NationalRates;
import org.psp.model.OnRecord;
import org.psp.model.Outcome;
import org.psp.model.Partner;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.Strategy;
import org.psp.model.Track;
import org.psp.model.YearlyStatistics;
import org.psp.model.words.Phrases;
import org.psp.rules.GeneratedSites;
import org.psp.rules.SiteSpec;
import org.psp.rules.settings.PolicySettings;

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
    assertThat(Phrases.ground(Because.murderRateStandsIn(assess(site, SiteSpec.YEAR, 400), "firearmShare")))
        .isEqualTo("no firearm share for 2019, so the murder rate stands in for it: 27.0 murders per 100,000 in 2019, 5.40× the "
            + "national 5.0");
    Assessment without = new Assessment(site, withoutMurderRate, PolicySettings.defaults());
    assertThat(without.getMurderRatio()).isNull();
    assertThat(Phrases.ground(Because.murderRateStandsIn(without, "firearmShare")))
        .endsWith("stands in for it: 27.0 murders per 100,000 in 2019");
  }

  @Test
  void anAbsenceIsAFactOnlyWhereTheCapabilitiesAreRecordedAndItsWordsSaySo() {
    Assessment recorded = assess(SiteSpec.site().build(), SiteSpec.YEAR, 400);
    Assessment notRecorded = assess(SiteSpec.site().notRecorded(SiteField.CAPABILITIES).build(), SiteSpec.YEAR, 400);
    Assessment active = assess(SiteSpec.site().intervention(Strategy.REENTRY, InterventionStatus.ACTIVE).build(), SiteSpec.YEAR, 400);

    assertThat(Phrases.ground(Because.capability(recorded, Capability.REENTRY_PROGRAM))).isEqualTo("the site has no reentry program");
    assertThat(Phrases.ground(Because.capability(notRecorded, Capability.REENTRY_PROGRAM))).isEqualTo("no reentry program is on record for 2019");
    assertThat(Phrases.ground(Because.capability(recorded, Capability.REENTRY_PROGRAM, Strategy.REENTRY))).isEqualTo("the site has no reentry program");
    assertThat(Phrases.ground(Because.capability(active, Capability.REENTRY_PROGRAM, Strategy.REENTRY)))
        .isEqualTo("besides its ACTIVE REENTRY intervention, the site has no standing reentry program");
  }

  @Test
  void aCapabilityAConditionAndAPartnerHoldOnlyInTheirYearsAndAPartialListLeavesTheRestNotOnRecord() {
    Site site = SiteSpec.site().build();
    Site dated = Site.builder().from(site)
        .capabilities(List.of(DatedFact.<Capability>builder().value(Capability.NIBIN_ACCESS).since(2020).build()))
        .addPartial(SiteField.CAPABILITIES)
        .conditions(List.of(DatedFact.<Condition>builder().value(Condition.CONSENT_DECREE).until(2018).build()))
        .partners(List.of(Partner.builder().agency(Agency.ATF).since(2019).build()))
        .build();
    Assessment a = assess(dated, SiteSpec.YEAR, 400);

    assertThat(a.hasCapability(Capability.NIBIN_ACCESS)).isFalse();
    assertThat(a.capability(Capability.NIBIN_ACCESS)).isEqualTo(OnRecord.NOT_ON_RECORD);
    assertThat(Phrases.ground(Because.capability(a, Capability.NIBIN_ACCESS))).isEqualTo("no NIBIN access is on record for 2019");
    assertThat(a.hasCondition(Condition.CONSENT_DECREE)).isFalse();
    assertThat(a.condition(Condition.CONSENT_DECREE)).isEqualTo(OnRecord.ABSENT);
    assertThat(a.hasPartner(Agency.ATF)).isTrue();
  }

  @Test
  void whatToCheckNamesOnlyWhatIsNotOnRecordWithItsField() {
    Assessment nothing = assess(SiteSpec.site().notRecorded(SiteField.CAPABILITIES, SiteField.INTERVENTIONS).build(), SiteSpec.YEAR, 400);
    Assessment noInterventions = assess(SiteSpec.site().notRecorded(SiteField.INTERVENTIONS).build(), SiteSpec.YEAR, 400);

    assertThat(Phrases.ground(Because.notOnRecord(nothing, Strategy.CRIME_ANALYSIS, Capability.CRIME_ANALYSIS_UNIT))).isEqualTo(
        "check whether the site had a crime analysis unit in 2019 (capabilities) and whether it carried out an ACTIVE "
            + "CRIME_ANALYSIS intervention then (interventions): neither is on record");
    assertThat(Phrases.ground(Because.notOnRecord(noInterventions, Strategy.CRIME_ANALYSIS, Capability.CRIME_ANALYSIS_UNIT))).isEqualTo(
        "check whether it carried out an ACTIVE CRIME_ANALYSIS intervention in 2019 (interventions): it is not on record");
    assertThat(Phrases.ground(Because.notOnRecord(nothing, Strategy.REENTRY))).isEqualTo(
        "check whether it carried out an ACTIVE REENTRY intervention in 2019 (interventions): it is not on record");
  }

  @Test
  void theSiteIsEngagedFromItsCohortYearAndJoinedWithItsRun() {
    Site later = SiteSpec.site().engaged(2020).build();
    Site run = Site.builder().from(SiteSpec.site().build())
        .addEngagement(Engagement.builder().cohort(2018).track(Track.DIAGNOSTIC).build())
        .addEngagement(Engagement.builder().cohort(2019).track(Track.OPERATIONS).build()).build();

    assertThat(assess(later, SiteSpec.YEAR, 400).isEngaged()).isFalse();
    assertThat(assess(later, SiteSpec.YEAR, 400).getJoined()).isNull();
    assertThat(assess(run, SiteSpec.YEAR, 400).isEngaged()).isTrue();
    assertThat(assess(run, SiteSpec.YEAR, 400).getJoined()).isEqualTo(2018);
  }

  @ParameterizedTest
  @CsvSource({"1.5, 1.5", "100000, '100,000'", "1234567.891, '1,234,567.89'", "0.005, 0.01", "2.0, 2", "0, 0",
      "-1500.5, '-1,500.5'", "-0.25, -0.25", "999.999, '1,000'"})
  void numbersHaveSeparatorsAndAtMostTwoDecimals(double value, String text) {
    assertThat(Phrases.number(value)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"0.7, 70%", "0.286, 29%", "0.0, 0%", "1.0, 100%", "0.005, 1%"})
  void sharesArePercentages(double share, String text) {
    assertThat(Phrases.percent(share)).isEqualTo(text);
  }

  @Test
  void theRateSummaryQuotesRateYearRatioAndNationalRate() {
    Assessment a = assess(SiteSpec.site().violentCrimes(1811).build(), SiteSpec.YEAR, 366.7);

    assertThat(Phrases.ground(Because.rate(a))).isEqualTo("violent crime 1,811.0 per 100,000 in 2019, 4.94× the national 366.7");
  }

  @Test
  void missingFiguresAreNull() {
    Assessment a = assess(SiteSpec.site().build(), SiteSpec.YEAR, 400);

    assertThat(a.getFirearmShare()).isNull();
    assertThat(a.getHomicideClearanceRate()).isNull();
    assertThat(a.getNonFatalShootings()).isNull();
    assertThat(Because.atLeast(a, "gangShare", "taskForceGangShare").holds()).isFalse();
    assertThat(Because.whichHold(Because.atLeast(a, "gangShare", "taskForceGangShare"))).isEmpty();
  }

  @Test
  void aYearWithoutStatisticsIsRejected() {
    assertThatThrownBy(() -> assess(SiteSpec.site().build(), 2016, 400))
        .hasMessage("site test-site has no statistics for 2016; it has [2019]");
  }

  /**
   * The data-gap probe's tries: an assessment with other statistics reads, property by property (each
   * enum argument too), as the assessment of the site rebuilt with them.
   */
  @Test
  void anAssessmentWithOtherStatisticsReadsAsOneOfTheRebuiltSite() throws ReflectiveOperationException {
    NationalRates rates = NationalRates.bundled();
    for (Site site : GeneratedSites.sites(28, 200)) {
      int year = site.latestYear();
      NationalRate national = rates.rate(year).orElseThrow();
      Outcome outcome = Outcome.of(site, year, rates, 0.05).orElse(null);
      List<InterventionReview> reviews = InterventionReview.of(site, year, rates);
      Assessment assessment = new Assessment(site, national, PolicySettings.defaults(), outcome, reviews);
      YearlyStatistics tried = YearlyStatistics.builder().from(site.statisticsOf(year))
          .firearmShare(0).gangShare(OptionalDouble.empty()).homicideClearanceRate(1).build();
      List<YearlyStatistics> years = new ArrayList<>();
      site.statistics().forEach(s -> years.add(s.year() == year ? tried : s));
      Assessment rebuilt = new Assessment(Site.builder().from(site).statistics(years).build(), national,
          PolicySettings.defaults(), outcome, reviews);

      Assessment withStatistics = assessment.withStatistics(tried);

      for (Method m : Assessment.class.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() != Assessment.class || m.getName().equals("withStatistics")) {
          continue;
        }
        if (m.getParameterCount() == 0) {
          assertThat(m.invoke(withStatistics)).as("%s of %s", m.getName(), site.id()).isEqualTo(m.invoke(rebuilt));
        } else if (m.getParameterCount() == 1 && m.getParameterTypes()[0].isEnum()) {
          for (Object value : m.getParameterTypes()[0].getEnumConstants()) {
            assertThat(m.invoke(withStatistics, value)).as("%s(%s) of %s", m.getName(), value, site.id())
                .isEqualTo(m.invoke(rebuilt, value));
          }
        }
      }
    }
  }

  @Test
  void otherStatisticsMustBeOfTheYearAdvised() {
    Site site = SiteSpec.site().build();
    YearlyStatistics other = YearlyStatistics.builder().from(site.statisticsOf(SiteSpec.YEAR)).year(SiteSpec.YEAR - 1).build();

    assertThatThrownBy(() -> assess(site, SiteSpec.YEAR, 400).withStatistics(other))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("statistics of 2018 given for an assessment of 2019");
  }
}
