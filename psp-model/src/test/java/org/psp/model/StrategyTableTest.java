package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's table of strategies says what {@link Strategy} says, one row for each constant in
 * its order: a strategy added to the enum without its row (a step of CONTRIBUTING.md's "Add a
 * strategy"), or a core area or lead changed in one place only, fails here.
 */
class StrategyTableTest {
  /** The project's README, from this module's folder (where Maven runs its tests). */
  private static final Path README = Path.of("..", "README.md");

  @Test
  void theReadmesTableListsEveryStrategyWithItsCoreAreaEnforcementAndLeads() throws IOException {
    List<String> expected = Arrays.stream(Strategy.values()).map(s -> "`" + s.name() + "` | `" + s.coreArea().name() + "` | "
        + (s.isEnforcement() ? "yes" : "no") + " | " + (s.usualLeads().isEmpty() ? "local government"
            : String.join(", ", s.usualLeads().stream().map(a -> "`" + a.name() + "`").toList()))).toList();

    assertThat(table()).as("the rows of README.md's \"## Strategies\" table, without their last column").isEqualTo(expected);
  }

  /** The rows of the table under "## Strategies", each without its leading "| " and its last column. */
  private static List<String> table() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int heading = lines.indexOf("## Strategies");
    assertThat(heading).as("README.md has a \"## Strategies\" section").isNotNegative();
    List<String> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : lines.subList(heading + 1, lines.size())) {
      if (line.startsWith("|---")) {
        inTable = true;
      } else if (inTable && line.startsWith("| ")) {
        String row = line.substring(2);
        rows.add(row.substring(0, row.lastIndexOf(" | ", row.length() - 3)));
      } else if (inTable) {
        break;
      }
    }
    return rows;
  }
}
