package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.examples.cli.HeadlessChromium.chromium;
import static org.psp.examples.cli.HeadlessChromium.rendered;
import static org.psp.examples.cli.PspProcess.psp;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.examples.cli.PspProcess.Run;

/**
 * {@code psp report} run as a user would, and the page it writes opened in a real browser, headless
 * Chromium (the Debian package, which {@code .ci/run} installs): the page loads nothing from the
 * network and every chart is drawn with a size.
 */
class ReportIT {

  @Test
  void theReportOfTheBundledSitesRendersInARealBrowserWithEveryChartDrawn(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("report.html");

    Run run = psp("report", "--out", page.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Wrote " + page + ": 39 sites");
    Document html = Jsoup.parse(page.toFile(), "UTF-8");
    assertThat(html.select("svg.chart")).hasSize(39);
    assertThat(html.select("script, link[rel=stylesheet], img")).isEmpty();

    Path chromium = chromium();
    // Each chart's laid-out size, and every resource the page fetched, written into the page for --dump-dom.
    String dom = rendered(chromium, page, "document.body.setAttribute('data-sizes', Array.from(document.querySelectorAll('svg.chart'))"
        + ".map(function (s) { var r = s.getBoundingClientRect(); return Math.round(r.width) + 'x' + Math.round(r.height); }).join(' '));"
        + "document.body.setAttribute('data-fetched', String(performance.getEntriesByType('resource').length));", dir);

    Document rendered = Jsoup.parse(dom);
    assertThat(rendered.body().attr("data-fetched")).as("resources fetched").isEqualTo("0");
    List<String> sizes = List.of(rendered.body().attr("data-sizes").split(" "));
    assertThat(sizes).hasSize(39).allSatisfy(size -> {
      String[] wh = size.split("x");
      assertThat(Integer.parseInt(wh[0])).as("chart width").isPositive();
      assertThat(Integer.parseInt(wh[1])).as("chart height").isPositive();
    });
  }

  @Test
  void anUnwritableOutIsAnErrorNamingThePath(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("no-such-folder").resolve("report.html");

    Run run = psp("report", "--out", out.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("psp report: cannot write " + out);
    run.hasNoStackTrace();
  }
}
