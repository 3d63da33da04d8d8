package org.psp.examples.report;

import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.psp.model.Advice;
import org.psp.model.AdviceText;
import org.psp.model.DataGap;
import org.psp.model.Engagement;
import org.psp.model.EvidenceTable;
import org.psp.model.NationalRates;
import org.psp.model.Recommendation;
import org.psp.model.RecommendationText;
import org.psp.model.Site;
import org.psp.model.Track;
import org.psp.model.json.SiteProblem;

/**
 * The HTML report of a batch of advice: one self-contained page (styles inline, charts as inline SVG,
 * no script, no font or image from the network) that opens offline in any browser and prints well. The
 * page is a Mustache template, {@code report.mustache} beside this class, which escapes every value it
 * shows; the charts come from {@link SvgChart}, which escapes its own text.
 */
public final class HtmlReport {
  private static final Mustache TEMPLATE = HtmlText.mustacheFactory("org/psp/examples/report").compile("report.mustache");
  private static final EvidenceTable EVIDENCE = EvidenceTable.bundled();
  /** How many of a site's recommendations the overview shows. */
  private static final int TOP = 3;

  private final NationalRates rates;
  private final double eligibilityRatio;

  /**
   * A report that draws each site against {@code rates}, with its eligibility line at {@code
   * eligibilityRatio} times the national rate.
   */
  public HtmlReport(NationalRates rates, double eligibilityRatio) {
    this.rates = rates;
    this.eligibilityRatio = eligibilityRatio;
  }

  /** Writes the report of {@code advice} and {@code errors}, made on {@code date}, to {@code out}. */
  public void write(List<Advice> advice, List<SiteProblem> errors, LocalDate date, Writer out) throws IOException {
    List<SiteView> sites = new ArrayList<>();
    for (Advice a : advice) {
      sites.add(site(a));
    }
    List<String> problems = errors.stream().map(SiteProblem::toString).toList();
    TEMPLATE.execute(out, new Page(date.toString(), sites, problems, !problems.isEmpty(),
        sites.size() + (sites.size() == 1 ? " site" : " sites"))).flush();
  }

  /** The report as a string, for tests. */
  public String toHtml(List<Advice> advice, List<SiteProblem> errors, LocalDate date) {
    StringWriter out = new StringWriter();
    try {
      write(advice, errors, date, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter failed", e);
    }
    return out.toString();
  }

  private SiteView site(Advice a) {
    Site site = a.site();
    List<RecommendationView> recommendations = new ArrayList<>();
    for (Recommendation r : a.recommendations()) {
      List<SourceView> sources = EVIDENCE.rows(r.strategy()).stream()
          .map(e -> new SourceView(e.sourceTitle(), e.sourceUrl())).toList();
      recommendations.add(new RecommendationView(r.priority(), r.mode().name(), r.strategy().name(),
          r.coreArea().name(), RecommendationText.rationale(r, site), RecommendationText.priorityReason(r),
          RecommendationText.modeReason(r), r.rules(), r.cautions(), EVIDENCE.summary(r.strategy()).text(), sources));
    }
    List<String> top = a.recommendations().stream().limit(TOP).map(r -> r.strategy().name()).toList();
    List<String> gaps = new ArrayList<>();
    for (DataGap gap : a.dataGaps()) {
      gaps.add(gap.strategy() + " if " + String.join(" or ", gap.missing()) + " were known (" + String.join("; ", gap.rules()) + ")");
    }
    String verdict = a.outcome().map(o -> o.verdict().name()).orElse("not engaged");
    return new SiteView(site.id(), site.name() + ", " + site.state(), a.year(), number(a.violentCrimeRate(), 1),
        number(a.nationalRate(), 1), number(a.nationalRatio(), 2), a.eligible() ? "yes" : "no", verdict,
        String.join(", ", top), chart(a), a.eligibilityReasons(), recommendations, AdviceText.assumptions(a), gaps,
        AdviceText.outcome(a).orElse(null), AdviceText.reviews(a), AdviceText.cautions(a));
  }

  /** The site's violent crime rate by year against the national rate and the eligibility line, engagements shaded. */
  private String chart(Advice a) {
    Site site = a.site();
    SortedMap<Integer, Double> siteRates = new TreeMap<>();
    SortedMap<Integer, Double> national = new TreeMap<>();
    SortedMap<Integer, Double> line = new TreeMap<>();
    for (int year : site.statisticsByYear().keySet()) {
      siteRates.put(year, site.violentCrimeRate(year));
      rates.violentCrimeRate(year).ifPresent(r -> {
        national.put(year, r);
        line.put(year, r * eligibilityRatio);
      });
    }
    SvgChart chart = new SvgChart("Violent crime per 100,000 in " + site.name() + " by year, against the national rate")
        .add(new SvgChart.Series(site.name(), "#b3261e", false, siteRates))
        .add(new SvgChart.Series("national rate", "#1d4e89", false, national))
        .add(new SvgChart.Series("eligibility line (" + number(eligibilityRatio, 2) + "×)", "#6b6b6b", true, line));
    for (Engagement e : site.engagements()) {
      int years = e.track().orElse(Track.OPERATIONS) == Track.DIAGNOSTIC ? 2 : 3;
      chart.shade(new SvgChart.Band(e.cohort(), e.cohort() + years - 1, "PSP " + e.cohort()
          + e.track().map(t -> " " + t.name().toLowerCase(Locale.ROOT)).orElse("")));
    }
    return chart.toSvg();
  }

  private static String number(double value, int decimals) {
    return String.format(Locale.US, "%,." + decimals + "f", value);
  }

  /** The whole page. */
  record Page(String date, List<SiteView> sites, List<String> errors, boolean hasErrors, String count) {}

  /** One site's section and overview row. */
  record SiteView(String id, String name, int year, String rate, String nationalRate, String ratio, String eligible,
      String outcome, String top, String chart, List<String> reasons, List<RecommendationView> recommendations,
      List<String> assumptions, List<String> gaps, String outcomeLine, List<String> reviews, List<String> cautions) {

    boolean hasAssumptions() {
      return !assumptions.isEmpty();
    }

    boolean hasGaps() {
      return !gaps.isEmpty();
    }

    boolean hasReviews() {
      return !reviews.isEmpty();
    }
  }

  /** One recommendation in words. */
  record RecommendationView(int priority, String mode, String strategy, String coreArea, String rationale,
      String priorityReason, String modeReason, List<String> rules, List<String> cautions, String evidence,
      List<SourceView> sources) {}

  /** A source of the evidence, to link. */
  record SourceView(String title, String url) {}
}
