package org.psp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.examples.batch.BatchReportExample;
import org.psp.examples.embedding.EmbeddingExample;
import org.psp.examples.screening.ScreeningExample;

/** The example applications run and produce what the README says. */
class ExamplesTest {

  @Test
  void theEmbeddingExamplePrintsTheAdviceOfItsSite() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).startsWith("Baltimore 2019: eligible true, 5.07× the national rate");
    // Its capabilities and interventions are recorded (checked), so what it does not list it has not: ESTABLISH.
    assertThat(out).contains("  where to start: [HOT_SPOTS_POLICING, COMMUNITY_OUTREACH, FOCUSED_DETERRENCE]",
        "  1. [priority 1] ESTABLISH HOT_SPOTS_POLICING", "[priority 2] ESTABLISH FEDERAL_PROSECUTION",
        "USAO already works with the site", "caution: the police department is under a consent decree");
  }

  /**
   * The README's Java program is the consumer project's source, which the build compiles and runs
   * against the installed artifacts (psp-consumer-tests): the README must show it as it is.
   */
  @Test
  void theReadmeShowsTheProgramTheBuildCompiles() throws IOException {
    String source = Files.readString(Path.of("..", "psp-consumer-tests", "src", "it", "rules-consumer", "src",
        "main", "java", "example", "AdviseASite.java"));
    String program = source.substring(source.indexOf("// README-SNIPPET-START\n") + "// README-SNIPPET-START\n".length(),
        source.indexOf("// README-SNIPPET-END"));
    String readme = Files.readString(Path.of("..", "README.md"));

    assertThat(program).contains("public static void main", "new SiteFileReader().read(");
    assertThat(readme).contains("```java\n" + program + "```\n");
  }

  @Test
  void theBatchExampleWritesAReportOfEveryBundledSite(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("report.json");

    BatchReportExample.Summary summary = BatchReportExample.write(report);

    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(summary).isEqualTo(new BatchReportExample.Summary(39, 0));
    assertThat(json.get("results")).hasSize(39);
    assertThat(json.get("errors")).isEmpty();
    assertThat(json.get("results").get(0).get("site").asText()).isEqualTo("camden-nj");
  }

  @Test
  void theScreeningExampleListsTheEligibleCitiesOfATable() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    int eligible = ScreeningExample.run(Path.of("..", "data", "fbi", "cius-2016-table-6.xls"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(eligible).isEqualTo(116);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("cius-2016-table-6.xls: 2016, 9579 city rows\nDetroit, MI")
        .containsPattern("\nMemphis, TN {19}4\\.71× the national rate  \\[[A-Z_]+, [A-Z_]+, [A-Z_]+\\]  PSP 2017\n");
  }
}
