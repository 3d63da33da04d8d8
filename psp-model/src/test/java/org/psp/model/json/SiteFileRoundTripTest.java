package org.psp.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.DataFlag;
import org.psp.model.DatedFact;
import org.psp.model.Engagement;
import org.psp.model.FlagKind;
import org.psp.model.Intervention;
import org.psp.model.InterventionStatus;
import org.psp.model.Partner;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;
import org.psp.model.Track;
import org.psp.model.UnreportedYear;
import org.psp.model.YearlyStatistics;

class SiteFileRoundTripTest {

  @Test
  void everyFieldSurvivesWritingAndReading() {
    Site full = Site.builder()
        .id("example-region-tx").name("Example Region").state("TX").kind(SiteKind.REGION).population(500_000)
        .commitment(false)
        .addEngagement(Engagement.builder().cohort(2018).track(Track.DIAGNOSTIC).start(LocalDate.of(2018, 8, 20)).build())
        .addStatistic(YearlyStatistics.builder().year(2018).murders(10).rapes(20).robberies(30).aggravatedAssaults(40)
            .population(499_000).firearmShare(0.7).gangShare(0.25).drugShare(0.3).nonFatalShootings(12)
            .homicideClearanceRate(0.45).build())
        .addStatistic(YearlyStatistics.builder().year(2016).murders(1).rapes(2).robberies(3).aggravatedAssaults(4)
            .addFlag(DataFlag.of(FlagKind.LEGACY_RAPE_DEFINITION)).addFlag(DataFlag.of(FlagKind.NOT_COMPARABLE, "FBI footnote 5"))
            .addNote("FBI footnote 11: arson reported by the fire department").build())
        .addNotReported(UnreportedYear.builder().year(2017).reason("not passed to the FBI")
            .addFlag(DataFlag.of(FlagKind.UNDERREPORTED)).addNote("FBI footnote 3: a note").build())
        .addNotReported(UnreportedYear.builder().year(2015).build())
        .addPartner(Partner.builder().agency(Agency.REGIONAL_CRIME_CENTER).name("Center").role("analysis")
            .since(2016).until(2019).source("a newsletter").build())
        .addCapability(Capability.NIBIN_ACCESS)
        .addCapability(DatedFact.<Capability>builder().value(Capability.CRIME_ANALYSIS_UNIT).since(2018).source("a report").build())
        .addCapability(DatedFact.<Capability>builder().value(Capability.REAL_TIME_CRIME_CENTER).until(2017).absent(true).build())
        .addCondition(Condition.CONSENT_DECREE)
        .addCondition(DatedFact.<Condition>builder().value(Condition.DECLINES_IMMIGRATION_COOPERATION).since(2017).until(2017).build())
        .addIntervention(Intervention.builder().strategy(Strategy.REENTRY).status(InterventionStatus.ACTIVE).since(2018)
            .until(2020).addLead(Agency.OJP).source("a grant").build())
        .addPartial(SiteField.CAPABILITIES, SiteField.PARTNERS)
        .build();
    Site minimal = Site.builder().id("m").name("M").state("DC").population(1)
        .addStatistic(YearlyStatistics.builder().year(2019).murders(0).rapes(0).robberies(0).aggravatedAssaults(0).build())
        .build();

    String json = new SiteFileWriter().toJson(List.of(full, minimal));
    SiteFile read = new SiteFileReader().parse(json, "round-trip");

    assertThat(read.problems()).isEmpty();
    assertThat(read.sites()).containsExactly(full, minimal);
    assertThat(read.sites().get(1).notRecorded()).containsExactlyInAnyOrder(SiteField.values());
  }

  @Test
  void aConstantStaysAConstantAndEmptySectionsStayCheckedNone() {
    Site site = Site.builder().id("m").name("M").state("DC").population(1)
        .addStatistic(YearlyStatistics.builder().year(2019).murders(0).rapes(0).robberies(0).aggravatedAssaults(0).build())
        .addCapability(Capability.NIBIN_ACCESS).conditions(List.of()).build();

    String json = new SiteFileWriter().toJson(List.of(site));

    assertThat(json).contains("\"capabilities\" : [ \"NIBIN_ACCESS\" ]").contains("\"conditions\" : [ ]")
        .doesNotContain("partners").doesNotContain("interventions").doesNotContain("commitment");
    assertThat(new SiteFileReader().parse(json, "x").sites()).containsExactly(site);
  }
}
