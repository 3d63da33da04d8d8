package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A page opened in a real browser, headless Chromium (the Debian package, which {@code .ci/run}
 * installs), for the tests of the pages psp writes: a script of the test's runs at the page's end and
 * writes what it finds into the page, which Chromium dumps.
 */
final class HeadlessChromium {

  private HeadlessChromium() {}

  /** Chromium on the PATH; on CI it must be there, elsewhere the browser test is skipped with the way to get it. */
  static Path chromium() {
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

  /**
   * The page after Chromium has loaded and laid it out in a window of 1200 × 900, with {@code script} run
   * at its end; {@code --dump-dom}.
   */
  static String rendered(Path chromium, Path page, String script, Path dir) throws IOException, InterruptedException {
    return rendered(chromium, page, 1200, 900, script, dir);
  }

  /**
   * The page after Chromium has loaded and laid it out in a window of {@code width} × {@code height} (headless,
   * the window is the viewport), with {@code script} run at its end; {@code --dump-dom}.
   */
  static String rendered(Path chromium, Path page, int width, int height, String script, Path dir)
      throws IOException, InterruptedException {
    Path probe = dir.resolve("probe.html");
    Files.writeString(probe, Files.readString(page, StandardCharsets.UTF_8).replace("</body>", "<script>" + script + "</script></body>"),
        StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--user-data-dir=" + dir.resolve("profile"), "--window-size=" + width + "," + height,
        "--dump-dom",
        probe.toUri().toString())
        .redirectError(dir.resolve("chromium.err").toFile()).redirectOutput(dir.resolve("dom.html").toFile()).start();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished in time").isTrue();
    return Files.readString(dir.resolve("dom.html"), StandardCharsets.UTF_8);
  }
}
