package org.psp.examples.report;

import com.github.mustachejava.Mustache;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.psp.model.Advice;
import org.psp.model.DataGap;
import org.psp.model.DataNote;
import org.psp.model.Engagement;
import org.psp.model.EvidenceTable;
import org.psp.model.NationalRates;
import org.psp.model.Outcome;
import org.psp.model.Problem;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.model.Track;
import org.psp.model.UnreportedYear;
import org.psp.model.words.AdviceText;
import org.psp.model.words.Phrases;
import org.psp.model.words.RecommendationText;

/**
 * The HTML report of a batch of advice: one self-contained page (styles inline, charts as inline SVG,
 * no script, no font or image from the network) that opens offline in any browser and prints one
 * site to a page. It leads with the plan: an overview of every site (rate, ratio, eligibility, outcome
 * in words, its focus), then per site its focus with the reasons for each rank, the assumptions and
 * notes on its data, its chart, and the rest of its recommendations folded.
 *
 * <p>The page is a Mustache template, {@code report.mustache} beside this class, in three parts (the
 * head with the overview, a site, the end), which escapes every value it shows; the charts come from
 * {@link SvgChart}, which escapes its own text. Sites are {@linkplain #open written as they come}:
 * each site's part goes to a temporary file at once, and only a line of the overview is kept per site,
 * so any number of sites is reported in bounded memory.
 */
public final class HtmlReport {
  private static final Mustache TEMPLATE = HtmlText.mustacheFactory("org/psp/examples/report").compile("report.mustache");
  private static final EvidenceTable EVIDENCE = EvidenceTable.bundled();

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

  /**
   * Starts a report made on {@code date}, to be written to {@code out} when it is {@linkplain
   * Report#finish finished}, its sites' parts kept meanwhile in a temporary file in the system's
   * temporary folder. Close it to remove its temporary file.
   *
   * @throws IOException if the temporary file cannot be made
   */
  public Report open(Writer out, LocalDate date) throws IOException {
    return open(out, date, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * Starts a report as {@link #open(Writer, LocalDate)} does, keeping its sites' parts in a temporary
   * file in {@code folder} (a folder with room for the whole page, say, or a test's own).
   *
   * @throws IOException if the temporary file cannot be made there
   */
  public Report open(Writer out, LocalDate date, Path folder) throws IOException {
    return new Report(out, date, folder);
  }

  /** Writes the report of {@code advice} and {@code errors}, made on {@code date}, to {@code out}. */
  public void write(List<Advice> advice, List<Problem> errors, LocalDate date, Writer out) throws IOException {
    try (Report report = open(out, date)) {
      for (Advice a : advice) {
        report.add(a);
      }
      report.finish(errors);
    }
  }

  /** The report as a string, for tests. */
  public String toHtml(List<Advice> advice, List<Problem> errors, LocalDate date) {
    StringWriter out = new StringWriter();
    try {
      write(advice, errors, date, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a report to a string failed", e);
    }
    return out.toString();
  }

  /**
   * A report being made: {@link #add} each advice as it comes (its part of the page is written to a
   * temporary file at once), then {@link #finish} writes the whole page to the report's writer. Not
   * thread-safe.
   */
  public final class Report implements Closeable {
    private final Writer out;
    private final LocalDate date;
    private final Path spool;
    private final Writer sites;
    private final List<OverviewRow> overview = new ArrayList<>();

    private Report(Writer out, LocalDate date, Path folder) throws IOException {
      this.out = out;
      this.date = date;
      this.spool = Files.createTempFile(folder, "psp-report-", ".part.html");
      this.sites = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
    }

    /** Adds one site's advice: its part of the page is written now, a line of the overview kept. */
    public void add(Advice advice) throws IOException {
      SiteView view = site(advice);
      overview.add(view.row());
      TEMPLATE.execute(sites, new Part(null, view, false));
    }

    /** Writes the page: the head with the overview and {@code errors}, every site's part, the end. */
    public void finish(List<Problem> errors) throws IOException {
      sites.flush();
      List<String> problems = errors.stream().map(Problem::toString).toList();
      Head head = new Head(date.toString(), overview.size() + (overview.size() == 1 ? " site" : " sites"), overview, problems,
          !problems.isEmpty());
      TEMPLATE.execute(out, new Part(head, null, false));
      try (Reader parts = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
        parts.transferTo(out);
      }
      TEMPLATE.execute(out, new Part(null, null, true));
      out.flush();
    }

    /** Removes the temporary file. */
    @Override
    public void close() throws IOException {
      try {
        sites.close();
      } finally {
        Files.deleteIfExists(spool);
      }
    }
  }

  private SiteView site(Advice a) {
    Site site = a.site();
    List<RecommendationView> focus = new ArrayList<>();
    List<RecommendationView> rest = new ArrayList<>();
    for (Recommendation r : a.recommendations()) {
      (r.rank() <= a.focus().size() ? focus : rest).add(recommendation(r, site));
    }
    List<String> gaps = new ArrayList<>();
    for (DataGap gap : a.dataGaps()) {
      gaps.add(Phrases.dataGap(gap, words(gap.strategy())) + " (" + String.join("; ", gap.rules()) + ")");
    }
    String name = site.name() + ", " + site.state();
    String murders = AdviceText.murderRatio(a).map(m -> m + "× the nation's").orElse("no national rate");
    OverviewRow row = new OverviewRow(site.id(), name, a.year(), number(a.violentCrimeRate(), 1), AdviceText.nationalRatio(a),
        a.eligible() ? "yes" : "no", outcomeWords(a), a.focus().stream().map(HtmlReport::words).toList());
    List<String> notes = a.dataNotes().stream()
        .map(n -> n.year() + " " + n.kind() + n.note().map(text -> ": " + text).orElse("")).toList();
    return new SiteView(row, number(a.nationalRate(), 1), murders, chart(a), Phrases.eligibilityReasons(a.eligibilityReasons()),
        focus, rest,
        rest.isEmpty() ? null : rest.get(0).rank(), AdviceText.assumptions(a), notes, AdviceText.yearNotes(a), gaps,
        AdviceText.outcome(a).orElse(null),
        AdviceText.reviews(a), AdviceText.cautions(a));
  }

  private static RecommendationView recommendation(Recommendation r, Site site) {
    List<SourceView> sources = EVIDENCE.rows(r.strategy()).stream().map(e -> new SourceView(e.sourceTitle(), e.sourceUrl())).toList();
    return new RecommendationView(r.rank(), r.priority(), r.mode().name(), r.strategy().name(), words(r.strategy()),
        words(r.coreArea().name()), RecommendationText.rationale(r, site), Phrases.rankReasons(r),
        number(r.score(), 2), Phrases.modeReason(r), r.rules(), Phrases.cautions(r), Phrases.evidence(EVIDENCE.summary(r.strategy())),
        sources);
  }

  /**
   * The outcome in a few words for the overview, against the nation since the site joined:
   * "worsening; year 3, completed", "not engaged by 2018".
   */
  static String outcomeWords(Advice a) {
    if (a.outcome().isEmpty()) {
      return "not engaged by " + a.year();
    }
    Outcome o = a.outcome().get();
    return words(o.verdict().name()) + "; year " + o.engagementYear() + (o.completed() ? ", completed" : "");
  }

  /** A constant in words: HOT_SPOTS_POLICING as "hot spots policing". */
  static String words(Strategy strategy) {
    return words(strategy.name());
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The site's violent crime rate by year against the national rate and the eligibility line, from
   * its first year of figures to its last: the nation's line wherever the table has the year, each
   * engagement its own shade, a missing year a gap.
   */
  private String chart(Advice a) {
    Site site = a.site();
    SortedMap<Integer, Double> siteRates = new TreeMap<>();
    for (int year : site.statisticsByYear().keySet()) {
      siteRates.put(year, site.violentCrimeRate(year));
    }
    int first = siteRates.firstKey();
    int last = siteRates.lastKey();
    for (UnreportedYear missing : site.notReported()) {
      first = Math.min(first, missing.year());
      last = Math.max(last, missing.year());
    }
    SortedMap<Integer, Double> national = new TreeMap<>();
    SortedMap<Integer, Double> line = new TreeMap<>();
    for (int year = first; year <= last; year++) {
      final int y = year;
      rates.violentCrimeRate(year).ifPresent(r -> {
        national.put(y, r);
        line.put(y, r * eligibilityRatio);
      });
    }
    SvgChart chart = new SvgChart("Violent crime per 100,000 in " + site.name() + " by year, against the national rate")
        .years(first, last)
        .add(new SvgChart.Series(site.name(), "#b3261e", false, siteRates))
        .add(new SvgChart.Series("national rate", "#1d4e89", false, national))
        .add(new SvgChart.Series("eligibility line (" + number(eligibilityRatio, 2) + "×)", "#6b6b6b", true, line));
    for (int year = first; year <= last; year++) {
      for (DataNote note : DataNote.of(site, year)) {
        chart.note(new SvgChart.Note(year, note.kind() + note.note().map(n -> ": " + n).orElse("")));
      }
    }
    for (UnreportedYear missing : site.notReported()) {
      chart.note(new SvgChart.Note(missing.year(), "not reported to the FBI" + missing.reason().map(r -> ": " + r).orElse("")));
    }
    for (Engagement e : site.engagements()) {
      int years = e.track().orElse(Track.OPERATIONS) == Track.DIAGNOSTIC ? 2 : 3;
      chart.shade(new SvgChart.Band(e.cohort(), e.cohort() + years - 1, "PSP " + e.cohort()
          + e.track().map(t -> " " + t.name().toLowerCase(Locale.ROOT)).orElse("") + " (" + e.cohort() + "–"
          + (e.cohort() + years - 1) + ")"));
    }
    return chart.toSvg();
  }

  private static String number(double value, int decimals) {
    return String.format(Locale.US, "%,." + decimals + "f", value);
  }

  /** What the template is given: the head (with the overview), one site, or the end. */
  record Part(Head head, SiteView site, boolean end) {}

  /** The head of the page and its overview. */
  record Head(String date, String count, List<OverviewRow> rows, List<String> errors, boolean hasErrors) {}

  /** One site's line of the overview: all that is kept of a site until the page is written. */
  record OverviewRow(String id, String name, int year, String rate, String ratio, String eligible, String outcome,
      List<String> focus) {}

  /** One site's part of the page. */
  record SiteView(OverviewRow row, String nationalRate, String murders, String chart, List<String> reasons,
      List<RecommendationView> focus, List<RecommendationView> rest, Integer restFrom, List<String> assumptions,
      List<String> dataNotes, List<String> yearNotes, List<String> gaps, String outcomeLine, List<String> reviews,
      List<String> cautions) {

    /** Whether the FBI wrote a flag or another note on a year used. */
    boolean hasDataNotes() {
      return !dataNotes.isEmpty() || !yearNotes.isEmpty();
    }

    boolean hasAssumptions() {
      return !assumptions.isEmpty();
    }

    boolean hasGaps() {
      return !gaps.isEmpty();
    }

    boolean hasReviews() {
      return !reviews.isEmpty();
    }

    boolean hasRest() {
      return !rest.isEmpty();
    }

    int restCount() {
      return rest.size();
    }
  }

  /** One recommendation in words. */
  record RecommendationView(int rank, int priority, String mode, String strategy, String strategyWords, String coreArea,
      String rationale, List<String> rankReasons, String score, String modeReason, List<String> rules, List<String> cautions,
      String evidence, List<SourceView> sources) {}

  /** A source of the evidence, to link. */
  record SourceView(String title, String url) {}
}
