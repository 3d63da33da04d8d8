package org.psp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.internal.FigureReads.AT_ONE;
import static org.psp.rules.internal.FigureReads.AT_ZERO;
import static org.psp.rules.internal.FigureReads.BOTH;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psp.rules.PolicySettings;
import org.psp.rules.internal.FigureReads.Tries;

/** Which tries of each figure the rules' text says can matter (firearm, gang, drug, clearance). */
class FigureReadsTest {
  private static final PolicySettings SETTINGS = PolicySettings.defaults();

  @Test
  void theDefaultRulesNeedOneEndOfEachFigureAndBothForAFirearmShareThatStoodIn() {
    List<Tries> tries = FigureReads.defaults().tries(SETTINGS);

    assertThat(tries.get(0)).isEqualTo(new Tries(AT_ONE, Map.of(
        "Federal prosecution: murder rate standing in for a missing firearm share", BOTH,
        "Crime gun intelligence: murder rate standing in for a missing firearm share", BOTH)));
    assertThat(tries.get(1)).isEqualTo(new Tries(AT_ONE, Map.of()));
    assertThat(tries.get(2)).isEqualTo(new Tries(AT_ONE, Map.of()));
    assertThat(tries.get(3)).isEqualTo(new Tries(AT_ZERO, Map.of()));
    assertThat(tries.get(0).ends(List.of("Eligibility: met"))).isEqualTo(AT_ONE);
    assertThat(tries.get(0).ends(List.of("Crime gun intelligence: murder rate standing in for a missing firearm share")))
        .isEqualTo(BOTH);
  }

  @Test
  void aThresholdIsReadFromTheSettingsInForce() {
    PolicySettings zero = PolicySettings.builder().from(SETTINGS).investigationsClearanceRate(0).build();

    // homicideClearanceRate < 0 holds at neither end: no try can change the rule.
    assertThat(FigureReads.defaults().tries(zero).get(3)).isEqualTo(new Tries(0, Map.of()));
  }

  @Test
  void readsWhoseDirectionCanBeReadAddTheirEnds() throws IOException {
    List<Tries> tries = FigureReads.withAdded(List.of(drl("figure-reads-followed"))).tries(SETTINGS);

    // firearmShare < 0.3: 0 as well.
    assertThat(tries.get(0).always()).isEqualTo(BOTH);
    // gangShare != 0.5 holds at null, 0 and 1 alike; the consequence that decides on it, when its rule fired.
    assertThat(tries.get(1)).isEqualTo(new Tries(AT_ONE, Map.of("Odd: a consequence that decides on the gang share", BOTH)));
    assertThat(tries.get(2)).isEqualTo(new Tries(AT_ONE, Map.of()));
    // homicideClearanceRate == null: both ends, when its rule fired.
    assertThat(tries.get(3)).isEqualTo(new Tries(AT_ZERO, Map.of("Odd: a missing clearance rate stands in", BOTH)));
  }

  @Test
  void readsWhoseDirectionCannotBeReadTryBothEnds() throws IOException {
    List<Tries> tries = FigureReads.withAdded(List.of(drl("figure-reads-unfollowed"))).tries(SETTINGS);

    assertThat(tries).extracting(Tries::always).containsOnly(BOTH);
  }

  @Test
  void textThatReachesTheStatisticsOtherwiseTriesEverything() {
    String rule = """
        rule "Statistics"
        when
            $a : Assessment( statistics.firearmShare().isPresent() )
        then
        end
        """;

    assertThat(FigureReads.withAdded(List.of(rule)).tries(SETTINGS)).extracting(Tries::always).containsOnly(BOTH);
  }

  @Test
  void aClassOfTheAuthorsOwnMayReadAnythingSoEverythingIsTried() {
    String rule = """
        import com.example.policy.LocalChecks;

        rule "Local"
        when
            $a : Assessment( nationalRatio >= 2 )
            eval( LocalChecks.strong( $a ) )
        then
        end
        """;

    assertThat(FigureReads.withAdded(List.of(rule)).tries(SETTINGS)).extracting(Tries::always).containsOnly(BOTH);
  }

  @Test
  void aFigureInACommentOrTextIsNoRead() {
    String rule = """
        // gangShare < 0.1 would be wrong here
        rule "Words"
        when
            $a : Assessment( nationalRatio >= 2 )
        then
            insert( new Proposal( $a, Strategy.REENTRY, "homicideClearanceRate < 0.5, firearmShare != null" ) );
        end
        """;

    assertThat(FigureReads.withAdded(List.of(rule)).tries(SETTINGS)).isEqualTo(FigureReads.defaults().tries(SETTINGS));
  }

  private static String drl(String folder) throws IOException {
    Path dir = Path.of("src/test/resources/rules", folder);
    try (var files = Files.list(dir)) {
      return Files.readString(files.filter(f -> f.toString().endsWith(".drl")).findFirst().orElseThrow());
    }
  }
}
