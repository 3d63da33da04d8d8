package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.psp.examples.cli.PspProcess.psp;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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

  /** Chromium on the PATH; on CI it must be there, elsewhere the browser test is skipped with the way to get it. */
  private static Path chromium() {
    Optional<Path> found = List.of("chromium", "chromium-browser", "google-chrome").stream()
        .flatMap(name -> List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
            .map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable).findFirst();
    if ("true".equals(System.getenv("CI"))) {
      assertThat(found).as("chromium on the PATH (.ci/run installs the Debian package)").isPresent();
    }
    assumeTrue(found.isPresent(), "no chromium on the PATH: apt-get install chromium to run the browser test");
    return found.get();
  }

  /** The page after Chromium has loaded and laid it out, with {@code script} run at its end; {@code --dump-dom}. */
  private static String rendered(Path chromium, Path page, String script, Path dir) throws IOException, InterruptedException {
    Path probe = dir.resolve("probe.html");
    Files.writeString(probe, Files.readString(page, StandardCharsets.UTF_8).replace("</body>", "<script>" + script + "</script></body>"),
        StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1200,900", "--dump-dom",
        probe.toUri().toString())
        .redirectError(dir.resolve("chromium.err").toFile()).redirectOutput(dir.resolve("dom.html").toFile()).start();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished in time").isTrue();
    return Files.readString(dir.resolve("dom.html"), StandardCharsets.UTF_8);
  }

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
