package org.psp.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.PolicyAssertions.assertDoesNotRecommend;
import static org.psp.rules.PolicyAssertions.assertRecommends;
import static org.psp.rules.PolicyAssertions.rationaleOf;
import static org.psp.rules.PolicyAssertions.rule;
import static org.psp.rules.SiteSpec.site;
import static org.psp.rules.TestAdvisors.advise;

import org.junit.jupiter.api.Test;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;

/** 60-analysis-technology-investigations.drl: one test per rule, each at its boundary. */
class AnalysisTechnologyInvestigationsRulesTest {
  private static final String CRIME_ANALYSIS = rule("Crime analysis: analytics deficit or no crime analysis unit on record").name();
  private static final String TECHNOLOGY = rule("Technology: technology deficit, or high violence with no real-time crime center on record").name();
  private static final String INVESTIGATIONS = rule("Investigations: low homicide clearance").name();
  private static final String CONSTITUTIONAL = rule("Constitutional policing: consent decree").name();

  @Test
  void crimeAnalysisNoCrimeAnalysisUnit() {
    Recommendation r = assertRecommends(advise(site().ratio(1)), Strategy.CRIME_ANALYSIS, CRIME_ANALYSIS);

    assertThat(rationaleOf(r)).startsWith("the site has no crime analysis unit");
  }

  @Test
  void crimeAnalysisAnalyticsDeficitDespiteAUnit() {
    Recommendation r = assertRecommends(advise(site().with(Capability.CRIME_ANALYSIS_UNIT).with(Condition.ANALYTICS_DEFICIT)),
        Strategy.CRIME_ANALYSIS, CRIME_ANALYSIS);

    assertThat(rationaleOf(r)).startsWith("the site reports an analytics deficit");
  }

  @Test
  void crimeAnalysisNotWithAUnitAndNoDeficit() {
    assertDoesNotRecommend(advise(site().with(Capability.CRIME_ANALYSIS_UNIT)), Strategy.CRIME_ANALYSIS, CRIME_ANALYSIS);
  }

  @Test
  void technologyHighViolenceWithoutARealTimeCrimeCenter() {
    Recommendation r = assertRecommends(advise(site().ratio(2)), Strategy.TECHNOLOGY, TECHNOLOGY);

    assertThat(rationaleOf(r)).startsWith("violent crime 800.0 per 100,000 in 2019, 2.00× the national 400.0 (at least 2×); "
        + "the site has no real-time crime center");
  }

  @Test
  void technologyTechnologyDeficitWhateverTheRate() {
    Recommendation r = assertRecommends(advise(site().ratio(1).with(Condition.TECHNOLOGY_DEFICIT)), Strategy.TECHNOLOGY, TECHNOLOGY);

    assertThat(rationaleOf(r)).startsWith("the site reports a technology deficit");
  }

  @Test
  void technologyNotBelowTheRatio() {
    assertDoesNotRecommend(advise(site().violentCrimes(799)), Strategy.TECHNOLOGY, TECHNOLOGY);
  }

  @Test
  void technologyNotWithARealTimeCrimeCenterAndNoDeficit() {
    assertDoesNotRecommend(advise(site().ratio(5).with(Capability.REAL_TIME_CRIME_CENTER)), Strategy.TECHNOLOGY, TECHNOLOGY);
  }

  @Test
  void investigationsLowHomicideClearance() {
    Recommendation r = assertRecommends(advise(site().homicideClearanceRate(0.49)), Strategy.INVESTIGATIONS, INVESTIGATIONS);

    assertThat(rationaleOf(r)).startsWith("49% of homicides cleared (below 50%)");
  }

  @Test
  void investigationsNotFromTheThresholdUp() {
    assertDoesNotRecommend(advise(site().homicideClearanceRate(0.5)), Strategy.INVESTIGATIONS, INVESTIGATIONS);
  }

  @Test
  void investigationsNotWithoutAClearanceRate() {
    assertDoesNotRecommend(advise(site()), Strategy.INVESTIGATIONS, INVESTIGATIONS);
  }

  @Test
  void constitutionalPolicingConsentDecree() {
    assertRecommends(advise(site().ratio(1).with(Condition.CONSENT_DECREE)), Strategy.CONSTITUTIONAL_POLICING, CONSTITUTIONAL);
  }

  @Test
  void constitutionalPolicingNotWithoutADecree() {
    assertDoesNotRecommend(advise(site()), Strategy.CONSTITUTIONAL_POLICING, CONSTITUTIONAL);
  }
}
