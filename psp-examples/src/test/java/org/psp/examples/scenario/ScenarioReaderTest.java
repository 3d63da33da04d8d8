package org.psp.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's year: the model's range, as a site file's years, or a problem naming the value. */
class ScenarioReaderTest {

  private static final Path SCENARIO = Path.of("rule-author/scenarios/candidate-below-the-ratio.scenario.json");

  @Test
  void aYearOutsideTheModelsRangeIsAProblemNamingItsValueNotACrash(@TempDir Path dir) throws IOException {
    Path file = withYear(dir, "1800");

    ScenarioReader.Read read = new ScenarioReader().read(file);

    assertThat(read.scenario()).isEmpty();
    assertThat(read.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo("year");
      assertThat(problem).hasToString("year: must be a year from 1990 to 2100 but was 1800");
    });
  }

  @Test
  void aYearAtTheRangesEndIsTaken(@TempDir Path dir) throws IOException {
    assertThat(new ScenarioReader().read(withYear(dir, "2100")).scenario().orElseThrow().year()).hasValue(2100);
  }

  private static Path withYear(Path dir, String year) throws IOException {
    return Files.writeString(dir.resolve("year.scenario.json"),
        Files.readString(SCENARIO).replaceFirst("\\{", "{ \"year\": " + year + ","));
  }
}
