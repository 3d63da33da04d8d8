package org.psp.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.examples.BundledSites;
import org.psp.model.Advice;
import org.psp.model.Engagement;
import org.psp.model.EvidenceTable;
import org.psp.model.NationalRates;
import org.psp.model.Problem;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.model.YearlyStatistics;
import org.psp.model.words.AdviceText;
import org.psp.rules.AdviceOutcome;
import org.psp.rules.AdviceYear;
import org.psp.rules.StrategyAdvisor;

/** The HTML report read back: the figures it shows are the advice's, and nothing in the input can add markup. */
class HtmlReportTest {
  private static final StrategyAdvisor ADVISOR = StrategyAdvisor.withDefaultPolicy();
  private static final HtmlReport REPORT = new HtmlReport(NationalRates.bundled(), 1.5);

  private static List<Advice> bundled() {
    return ADVISOR.adviseAll(BundledSites.load().sites(), AdviceYear.LATEST).stream()
        .map(AdviceOutcome::advice).flatMap(java.util.Optional::stream).toList();
  }

  @Test
  void theOverviewShowsEverySitesFiguresOutcomeInWordsAndFocus() {
    List<Advice> advice = bundled();

    Document page = Jsoup.parse(REPORT.toHtml(advice, List.of(), LocalDate.of(2026, 12, 1)));

    assertThat(page.select("table.overview tbody tr")).hasSize(advice.size());
    for (Advice a : advice) {
      Element row = page.selectFirst("tr[data-site=" + a.site().id() + "]");
      assertThat(row).as(a.site().id()).isNotNull();
      assertThat(row.selectFirst("td.rate").text()).isEqualTo(String.format(Locale.US, "%,.1f", a.violentCrimeRate()));
      // Two decimals, or more where two would round it onto or across a threshold (Salisbury, NC in 2019: 2.004).
      assertThat(row.selectFirst("td.ratio").text()).isEqualTo(AdviceText.nationalRatio(a));
      assertThat(row.selectFirst("td.eligible").text()).isEqualTo(a.eligible() ? "yes" : "no");
      assertThat(row.selectFirst("td.outcome").text()).isEqualTo(HtmlReport.outcomeWords(a));
      assertThat(row.select("td.focus li").eachText()).isEqualTo(a.focus().stream().map(HtmlReport::words).toList());
      // Per site: the focus first, with the reasons for each rank; the rest folded, in rank order.
      Element section = page.getElementById(a.site().id());
      assertThat(section.select("svg.chart")).hasSize(1);
      assertThat(section.select("ol.focus > li").eachAttr("data-strategy"))
          .isEqualTo(a.focus().stream().map(Strategy::name).toList());
      assertThat(section.select("ol.focus > li")).allSatisfy(li -> assertThat(li.select("ul.why-rank li")).isNotEmpty());
      assertThat(section.select("details.rest ol.rest > li").eachAttr("data-strategy")).isEqualTo(a.recommendations().stream()
          .skip(a.focus().size()).map(r -> r.strategy().name()).toList());
      assertThat(section.select("ul.assumptions li").eachText()).isEqualTo(org.psp.model.words.AdviceText.assumptions(a));
    }
    assertThat(page.select("script, link, img, iframe")).as("nothing to fetch from the network").isEmpty();
    assertThat(page.selectFirst("tr[data-site=memphis-tn] td.outcome").text())
        .isEqualTo("worsening; year 3");
    assertThat(page.getElementById("memphis-tn").selectFirst("p.outcome").text()).endsWith("WORSENING");
    Element hotSpots = page.getElementById("memphis-tn").selectFirst("li[data-strategy=HOT_SPOTS_POLICING] p.evidence");
    assertThat(hotSpots.text()).contains("CrimeSolutions: Effective — practice, from a meta-analysis; outcome: ");
    assertThat(hotSpots.select("a")).hasSize(EvidenceTable.bundled().rows(Strategy.HOT_SPOTS_POLICING).size())
        .allSatisfy(a -> assertThat(a.attr("href")).startsWith("http"));
  }

  @Test
  void theNationalLineRunsWhereverTheTableHasTheYearAndAMissingYearIsAGap() {
    Site site = Site.builder().id("gap-site").name("Gap Site (illustrative)").state("NC").population(100_000)
        .addEngagement(Engagement.builder().cohort(2019).build())
        .addStatistic(YearlyStatistics.builder().year(2016).murders(5).rapes(50).robberies(200).aggravatedAssaults(600).build())
        .addStatistic(YearlyStatistics.builder().year(2019).murders(5).rapes(50).robberies(200).aggravatedAssaults(600).build())
        .build();

    Document page = Jsoup.parse(REPORT.toHtml(List.of(ADVISOR.advise(site)), List.of(), LocalDate.of(2026, 12, 1)));

    Element chart = page.getElementById("gap-site").selectFirst("svg.chart");
    // The site: two lone points, no line from 2016 to 2019; the nation: 2016 to 2019 without a break.
    assertThat(chart.select("polyline[data-series=Gap Site (illustrative)]")).isEmpty();
    assertThat(chart.select("polyline[data-series=national rate]").attr("points").split(" ")).hasSize(4);
    assertThat(chart.select("text.gap")).hasSize(2);
    assertThat(chart.select("rect.band")).hasSize(1);
  }

  @Test
  void fbiFlagsAreMarkedOnTheirYearsAndListedAsDataNotes() {
    Site site = Site.builder().id("flag-site").name("Flag Site (illustrative)").state("OH").population(100_000)
        .addStatistic(YearlyStatistics.builder().year(2017).murders(5).rapes(50).robberies(200).aggravatedAssaults(600).build())
        .addStatistic(YearlyStatistics.builder().year(2019).murders(5).rapes(50).robberies(200).aggravatedAssaults(600)
            .addFlag(org.psp.model.DataFlag.of(org.psp.model.FlagKind.NOT_COMPARABLE, "illustrative footnote"))
            .addNote("illustrative footnote about arson").build())
        .build();

    Document page = Jsoup.parse(REPORT.toHtml(List.of(ADVISOR.advise(site)), List.of(), LocalDate.of(2026, 12, 1)));

    Element section = page.getElementById("flag-site");
    assertThat(section.select("svg.chart path.flag").eachAttr("data-year")).containsExactly("2019");
    // A footnote that is no flag is listed with the data notes, said to be none, and not marked on the chart.
    assertThat(section.select("ul.data-notes li").eachText()).containsExactly("FBI: 2019 NOT_COMPARABLE: illustrative footnote",
        "FBI, no flag: 2019: illustrative footnote about arson");
    assertThat(section.select("svg.chart").text()).doesNotContain("arson");
  }

  @Test
  void aSiteWhoseOnlyFbiFootnoteIsNoFlagShowsItAsANote() {
    Site site = Site.builder().id("note-site").name("Note Site (illustrative)").state("OH").population(100_000)
        .addStatistic(YearlyStatistics.builder().year(2019).murders(5).rapes(50).robberies(200).aggravatedAssaults(600)
            .addNote("illustrative footnote about arson").build())
        .build();

    Element section = Jsoup.parse(REPORT.toHtml(List.of(ADVISOR.advise(site)), List.of(), LocalDate.of(2026, 12, 1)))
        .getElementById("note-site");

    assertThat(section.select("ul.data-notes li").eachText()).containsExactly("FBI, no flag: 2019: illustrative footnote about arson");
    assertThat(section.select("svg.chart path.flag")).isEmpty();
    assertThat(section.text()).doesNotContain("No FBI note on the figures used");
  }

  @Test
  void theReportIsWrittenSiteBySiteAndItsTemporaryFileRemoved(@TempDir Path spool) throws Exception {
    StringWriter out = new StringWriter();
    try (HtmlReport.Report report = REPORT.open(out, LocalDate.of(2026, 12, 1), spool)) {
      ADVISOR.adviseEach(BundledSites.load().sites(), AdviceYear.LATEST, outcome -> outcome.advice().ifPresent(a -> {
        try {
          report.add(a);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
      assertThat(out.toString()).as("nothing is written before the overview is whole").isEmpty();
      try (Stream<Path> parts = Files.list(spool)) {
        assertThat(parts).as("the sites' parts, kept in the folder given").singleElement().asString().contains("psp-report-");
      }
      report.finish(List.of());
    }
    Document page = Jsoup.parse(out.toString());
    assertThat(page.select("section.site")).hasSize(BundledSites.load().sites().size());
    assertThat(page.select("table.overview tbody tr")).hasSize(BundledSites.load().sites().size());
    try (Stream<Path> left = Files.list(spool)) {
      assertThat(left).as("the temporary file, removed").isEmpty();
    }
  }

  @Test
  void aSiteWithOneYearGetsAChartWithOnePointAndNotEnoughData() {
    Site site = Site.builder().id("one-year").name("One Year (illustrative)").state("OH").population(100_000)
        .addEngagement(Engagement.builder().cohort(2019).build())
        .addStatistic(YearlyStatistics.builder().year(2019).murders(5).rapes(50).robberies(200).aggravatedAssaults(600).build())
        .build();

    Document page = Jsoup.parse(REPORT.toHtml(List.of(ADVISOR.advise(site)), List.of(), LocalDate.of(2026, 12, 1)));

    Element section = page.getElementById("one-year");
    assertThat(section.select("circle.point")).hasSize(3); // the site, the nation and the eligibility line, one year each
    assertThat(section.select("polyline")).isEmpty();
    assertThat(section.selectFirst("p.outcome").text()).endsWith("NOT_ENOUGH_DATA");
    assertThat(page.selectFirst("tr[data-site=one-year] td.outcome").text())
        .isEqualTo("not enough data; year 1");
  }

  @Test
  void namesWithMarkupOrQuotesAreShownAsTextNeverAsMarkup() {
    Site site = Site.builder().id("sharp-site").name("<b>Bold</b> & \"Quoted\" <script>alert(1)</script>").state("OH")
        .population(100_000)
        .addStatistic(YearlyStatistics.builder().year(2019).murders(5).rapes(50).robberies(200).aggravatedAssaults(600).build())
        .build();

    Document page = Jsoup.parse(REPORT.toHtml(List.of(ADVISOR.advise(site)),
        List.of(Problem.inSite("bad-site", "<i>not</i> & valid").about("name")), LocalDate.of(2026, 12, 1)));

    assertThat(page.select("script, b, i")).isEmpty();
    assertThat(page.selectFirst("tr[data-site=sharp-site] a").text()).isEqualTo("<b>Bold</b> & \"Quoted\" <script>alert(1)</script>, OH");
    assertThat(page.selectFirst("ul.errors").text()).contains("<i>not</i> & valid");
  }
}
