package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.examples.cli.HeadlessChromium.chromium;
import static org.psp.examples.cli.HeadlessChromium.rendered;
import static org.psp.examples.cli.PspProcess.JAVA_HOME;
import static org.psp.examples.cli.PspProcess.launcher;
import static org.psp.examples.cli.PspProcess.psp;
import static org.psp.examples.cli.PspProcess.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.examples.cli.PspProcess.Run;

/**
 * {@code psp report} run as a user would, and the page it writes opened in a real browser, headless
 * Chromium (the Debian package, which {@code .ci/run} installs): the page loads nothing from the
 * network, every chart is drawn with a size and its legend items apart, nothing scrolls sideways at
 * 1280 px, and printed, each site takes one page. Screenshots go to {@code target/failsafe-reports/ReportIT}.
 */
class ReportIT {
  /** Where the screenshots of the page are kept, for people to look at. */
  private static final Path SCREENSHOTS = Path.of("target", "failsafe-reports", "ReportIT");

  /** The report of the 39 bundled sites, written once by psp report for every test of it (it writes only its --out). */
  @TempDir
  static Path bundled;

  /**
   * What the tests measure of the bundled report as Chromium lays it out, written into the page for
   * --dump-dom, in a window of 1280 × 1024: each chart's laid-out size and every resource the page fetched;
   * the page's width against the window's, each site's chart and any legend items that overlap or run past
   * their chart; the window's width, the overview's bottom and right edge, and its rows whose focus wraps.
   */
  private static final String MEASURES = String.join("\n",
      "document.body.setAttribute('data-sizes', Array.from(document.querySelectorAll('svg.chart'))"
          + ".map(function (s) { var r = s.getBoundingClientRect(); return Math.round(r.width) + 'x' + Math.round(r.height); }).join(' '));",
      "document.body.setAttribute('data-fetched', String(performance.getEntriesByType('resource').length));",
      "var doc = document.documentElement, body = document.body;",
      "body.setAttribute('data-scroll', doc.scrollWidth + ' ' + doc.clientWidth);",
      "var overlaps = [], charts = [];",
      "document.querySelectorAll('section.site').forEach(function (section) {",
      "  var svg = section.querySelector('svg.chart'); if (!svg) { charts.push(section.id + ':none'); return; }",
      "  var r = svg.getBoundingClientRect(); charts.push(section.id + ':' + Math.round(r.width) + 'x' + Math.round(r.height));",
      "  var chartRight = Number(svg.getAttribute('width'));",
      "  var items = Array.from(svg.querySelectorAll('g.legend-item')).map(function (g) { return g.getBBox(); });",
      "  items.forEach(function (a, i) {",
      "    if (a.x + a.width > chartRight + 0.5) overlaps.push(section.id + ': legend item ' + i + ' past the edge');",
      "    items.forEach(function (b, j) {",
      "      if (j > i && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)",
      "        overlaps.push(section.id + ': legend items ' + i + ' and ' + j);",
      "    });",
      "  });",
      "});",
      "body.setAttribute('data-charts', charts.join(' '));",
      "body.setAttribute('data-overlaps', overlaps.join('; '));",
      "body.setAttribute('data-window', String(window.innerWidth));",
      "var table = document.querySelector('table.overview').getBoundingClientRect();",
      "body.setAttribute('data-overview', Math.round(table.bottom) + ' ' + Math.round(table.right));",
      "var tall = Array.from(document.querySelectorAll('table.overview tbody tr')).filter(function (tr) {",
      "  var cell = tr.querySelector('td.focus li'); return cell && tr.getBoundingClientRect().height > 2 * cell.getBoundingClientRect().height;",
      "}).map(function (tr) { return tr.getAttribute('data-site'); });",
      "body.setAttribute('data-tall-rows', tall.join(' '));");

  /** The bundled report as Chromium laid it out, with its {@link #MEASURES}: rendered once, when a test first asks. */
  private static Document laidOut;

  private static synchronized Document laidOut() throws IOException, InterruptedException {
    if (laidOut == null) {
      laidOut = Jsoup.parse(rendered(chromium(), page(), 1280, 1024, MEASURES,
          Files.createDirectories(bundled.resolve("chromium"))));
    }
    return laidOut;
  }

  /** What psp report said as it wrote {@link #page()}. */
  private static Run written;

  @BeforeAll
  static void writeTheReportOfTheBundledSites() throws Exception {
    written = psp("report", "--out", page().toString());
  }

  /** The report of the bundled sites: {@code report.html} in {@link #bundled}. */
  private static Path page() {
    return bundled.resolve("report.html");
  }

  /** Headless Chromium's common options, with a profile of its own in {@code dir}. */
  private static List<String> chromiumCommand(Path chromium, Path dir, String... options) {
    List<String> command = new java.util.ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(options));
    return command;
  }

  private static void runChromium(List<String> command, Path dir) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.err").toFile())
        .redirectOutput(dir.resolve("chromium.out").toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished in time").isTrue();
  }

  /** A screenshot of {@code page} at {@code width} × {@code height}, kept as {@code name}. */
  private static Path screenshot(Path chromium, Path page, int width, int height, String name, Path dir)
      throws IOException, InterruptedException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = SCREENSHOTS.resolve(name).toAbsolutePath();
    Files.deleteIfExists(shot);
    runChromium(chromiumCommand(chromium, dir, "--window-size=" + width + "," + height, "--screenshot=" + shot,
        page.toUri().toString()), dir);
    assertThat(shot).as("screenshot " + name).exists();
    assertThat(Files.size(shot)).isPositive();
    return shot;
  }

  /** How many pages Chromium prints {@code page} on (letter paper, the page's own print stylesheet). */
  private static int printedPages(Path chromium, Path page, String name, Path dir) throws IOException, InterruptedException {
    Files.createDirectories(SCREENSHOTS);
    Path pdf = SCREENSHOTS.resolve(name).toAbsolutePath();
    Files.deleteIfExists(pdf);
    runChromium(chromiumCommand(chromium, dir, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString()), dir);
    // Each page is an object "/Type /Page" (the page tree's nodes are "/Type /Pages").
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher pages = java.util.regex.Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(text);
    int n = 0;
    while (pages.find()) {
      n++;
    }
    return n;
  }

  @Test
  void theReportOfTheBundledSitesRendersInARealBrowserWithEveryChartDrawn() throws Exception {
    Path page = page();

    assertThat(written.exit()).isZero();
    assertThat(written.err()).isEmpty();
    assertThat(written.out()).contains("Wrote " + page + ": 39 sites");
    Document html = Jsoup.parse(page.toFile(), "UTF-8");
    assertThat(html.select("svg.chart")).hasSize(39);
    assertThat(html.select("script, link[rel=stylesheet], img")).isEmpty();

    Document rendered = laidOut();
    assertThat(rendered.body().attr("data-fetched")).as("resources fetched").isEqualTo("0");
    List<String> sizes = List.of(rendered.body().attr("data-sizes").split(" "));
    assertThat(sizes).hasSize(39).allSatisfy(size -> {
      String[] wh = size.split("x");
      assertThat(Integer.parseInt(wh[0])).as("chart width").isPositive();
      assertThat(Integer.parseInt(wh[1])).as("chart height").isPositive();
    });
  }

  /**
   * The layout in a window of 1280 × 1024, measured by the browser: no sideways scroll; every site's chart
   * drawn, and in each chart no two legend items overlapping nor running past the chart; the overview's
   * table, every site's row with its focus, within that one screen. Screenshots of the overview and of the
   * page are kept.
   */
  @Test
  void theBundledReportIsLaidOutAt1280PxWithoutOverlapOrSidewaysScroll(@TempDir Path dir) throws Exception {
    Path page = page();
    assertThat(written.exit()).isZero();
    Path chromium = chromium();

    Document rendered = laidOut();
    // Headless, the window is 1280 wide; the page's layout does not depend on its height, and the screenshot
    // of 1280 × 1024 below shows what one screen holds.
    assertThat(rendered.body().attr("data-window")).as("the window's inner width").isEqualTo("1280");
    String[] scroll = rendered.body().attr("data-scroll").split(" ");
    assertThat(Integer.parseInt(scroll[0])).as("page width against the window's").isLessThanOrEqualTo(Integer.parseInt(scroll[1]));
    List<String> charts = List.of(rendered.body().attr("data-charts").split(" "));
    assertThat(charts).hasSize(39).allSatisfy(chart -> assertThat(chart).doesNotEndWith(":none").doesNotContain(":0x"));
    assertThat(rendered.body().attr("data-overlaps")).as("overlapping legend items").isEmpty();
    // Every bundled site is a row of the overview, with its focus (or why it has none), one line each, and the
    // whole overview is within one screen of 1280 × 1024.
    assertThat(rendered.select("table.overview tbody tr")).hasSize(39)
        .allSatisfy(row -> assertThat(row.select("td").last().text()).isNotBlank());
    String[] overview = rendered.body().attr("data-overview").split(" ");
    assertThat(Integer.parseInt(overview[0])).as("the overview's bottom, in one screen of 1280 × 1024").isLessThanOrEqualTo(1024);
    assertThat(Integer.parseInt(overview[1])).as("the overview's right edge").isLessThanOrEqualTo(Integer.parseInt(scroll[1]));
    assertThat(rendered.body().attr("data-tall-rows")).as("overview rows whose focus wraps").isEmpty();

    screenshot(chromium, page, 1280, 1024, "overview-1280.png", dir);
    screenshot(chromium, page, 1280, 6000, "report-1280.png", dir);
  }

  /** A 5,000-character name with no space in it wraps or is cut: the page never scrolls sideways. */
  @Test
  void anUnbrokenNameOf5000CharactersScrollsNothingSideways(@TempDir Path dir) throws Exception {
    String name = "N".repeat(5_000);
    Path sites = Files.writeString(dir.resolve("sites.json"), """
        { "sites": [ { "id": "long-name", "name": "%s", "state": "OH", "population": 100000,
          "engagements": [ { "cohort": 2018, "track": "OPERATIONS" } ],
          "statistics": [
            { "year": 2016, "murders": 20, "rapes": 80, "robberies": 400, "aggravatedAssaults": 1200 },
            { "year": 2019, "murders": 25, "rapes": 90, "robberies": 450, "aggravatedAssaults": 1300 } ] } ] }
        """.formatted(name));
    Path page = dir.resolve("long.html");
    assertThat(psp("report", "--sites", sites.toString(), "--out", page.toString()).exit()).isZero();
    Path chromium = chromium();

    String dom = rendered(chromium, page, 1280, 1024, "document.body.setAttribute('data-scroll', document.documentElement.scrollWidth + ' '"
        + " + document.documentElement.clientWidth);", dir);

    String[] scroll = Jsoup.parse(dom).body().attr("data-scroll").split(" ");
    assertThat(Integer.parseInt(scroll[0])).isLessThanOrEqualTo(Integer.parseInt(scroll[1]));
    screenshot(chromium, page, 1280, 1024, "long-name-1280.png", dir);
  }

  /**
   * Printed, each site takes exactly one page: the report of the 39 bundled sites prints on as many
   * pages as its overview alone, plus 39.
   */
  @Test
  void printedEachSiteTakesOnePage(@TempDir Path dir) throws Exception {
    Path page = page();
    assertThat(written.exit()).isZero();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    Path overviewOnly = Files.writeString(dir.resolve("overview.html"),
        html.replaceAll("(?s)<section class=\"site\".*?</section>", ""), StandardCharsets.UTF_8);
    Path chromium = chromium();

    int overviewPages = printedPages(chromium, overviewOnly, "overview-only.pdf", dir);
    int pages = printedPages(chromium, page, "report.pdf", dir);

    assertThat(overviewPages).isPositive();
    assertThat(pages).as("pages of the whole report, the overview taking %d", overviewPages).isEqualTo(overviewPages + 39);
  }

  /**
   * The report streams its sites to the page (issue 27, finding 3): 10,000 sites are reported in a heap of
   * 128 MB, far less than the page itself, and the page is whole: an overview row and a section for every
   * site, and its end. The sites are generated here (illustrative figures, two years each).
   */
  @Test
  void aReportOf10000SitesIsWrittenWholeInAHeapOf128Mb(@TempDir Path dir) throws Exception {
    int count = 10_000;
    StringBuilder sites = new StringBuilder("{ \"sites\": [\n");
    for (int i = 0; i < count; i++) {
      int population = 50_000 + 37 * i;
      sites.append(i == 0 ? "" : ",\n").append("""
          { "id": "generated-%05d", "name": "Generated City %d (illustrative)", "state": "OH", "population": %d,
            "statistics": [
              { "year": 2018, "murders": %d, "rapes": %d, "robberies": %d, "aggravatedAssaults": %d },
              { "year": 2019, "murders": %d, "rapes": %d, "robberies": %d, "aggravatedAssaults": %d } ] }"""
          .formatted(i, i, population, 5 + i % 40, 30 + i % 70, 100 + i % 500, 200 + i % 1500,
              6 + i % 45, 28 + i % 75, 110 + i % 480, 190 + i % 1600));
    }
    Path file = Files.writeString(dir.resolve("sites.json"), sites.append("\n] }\n"));
    Path page = dir.resolve("report.html");

    Run run = run(launcher("report", "--sites", file.toString(), "--out", page.toString()),
        Map.of("JAVA_HOME", JAVA_HOME.get("JAVA_HOME"), "JAVA_OPTS", "-Xmx128m"));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Wrote " + page + ": " + count + " sites");
    assertThat(Files.size(page)).as("the page, larger than the heap that wrote it").isGreaterThan(128L << 20);
    int rows = 0;
    int sections = 0;
    String last = "";
    try (BufferedReader lines = Files.newBufferedReader(page, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        rows += line.contains("<tr data-site=\"generated-") ? 1 : 0;
        sections += line.startsWith("<section class=\"site\" id=\"generated-") ? 1 : 0;
        last = line.isBlank() ? last : line;
      }
    }
    assertThat(rows).as("rows of the overview").isEqualTo(count);
    assertThat(sections).as("sections, one a site").isEqualTo(count);
    assertThat(last).as("the page's last line").isEqualTo("</html>");
  }
}
