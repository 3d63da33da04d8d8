package org.psp.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.rules.internal.engine.FigureReads.AT_ONE;
import static org.psp.rules.internal.engine.FigureReads.AT_ZERO;
import static org.psp.rules.internal.engine.FigureReads.BOTH;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psp.model.NationalRate;
import org.psp.model.Strategy;
import org.psp.rules.SiteSpec;
import org.psp.rules.catalog.Stage;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Eligible;
import org.psp.rules.facts.Proposal;
import org.psp.rules.internal.engine.FigureReads.Changes;
import org.psp.rules.internal.engine.FigureReads.Gainer;
import org.psp.rules.internal.engine.FigureReads.Tries;
import org.psp.rules.settings.PolicySettings;

/** Which tries of each figure the rules' text says can matter (firearm, gang, drug, clearance). */
class FigureReadsTest {
  private static final PolicySettings SETTINGS = PolicySettings.defaults();

  private static final String FP_STAND_IN = "Federal prosecution: murder rate standing in for a missing firearm share";
  private static final String CGI_STAND_IN = "Crime gun intelligence: murder rate standing in for a missing firearm share";

  @Test
  void theReadingTheBuildKeptIsReadingTheDefaultRulesTextsNow() throws IOException {
    FigureReads kept = DefaultFigureReads.load();
    FigureReads now = DefaultFigureReads.fromTexts();

    assertThat(written(kept)).isEqualTo(written(now));
    PolicySettings zero = PolicySettings.builder().from(SETTINGS).investigationsClearanceRate(0).build();
    for (PolicySettings settings : List.of(SETTINGS, zero)) {
      assertThat(kept.tries(settings)).isEqualTo(now.tries(settings));
    }
    assertThat(kept.lastStage()).isEqualTo(now.lastStage()).isEqualTo(Stage.REACTIONS);
    // Added rules read on top of the kept reading as on top of the texts read now.
    String added = drl("figure-reads-followed");
    assertThat(FigureReads.withAdded(List.of(added)).tries(SETTINGS)).isEqualTo(now.and(List.of(added)).tries(SETTINGS));
  }

  @Test
  void aReadingKeptForOtherFiguresIsLeftAside() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      DefaultFigureReads.fromTexts().writeTo(out);
    }
    byte[] kept = bytes.toByteArray();
    // As if kept before a figure was added to Figure.probed(): one figure fewer in its list.
    ByteArrayOutputStream older = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(older)) {
      out.writeInt(FigureReads.FIGURES.size() - 1);
      for (String figure : FigureReads.FIGURES.subList(0, FigureReads.FIGURES.size() - 1)) {
        out.writeUTF(figure);
      }
      out.writeBoolean(false);
    }

    assertThat(FigureReads.readFrom(new DataInputStream(new ByteArrayInputStream(kept)))).isPresent();
    assertThat(FigureReads.readFrom(new DataInputStream(new ByteArrayInputStream(older.toByteArray())))).isEmpty();
  }

  private static byte[] written(FigureReads reads) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      reads.writeTo(out);
    }
    return bytes.toByteArray();
  }

  @Test
  void theDefaultRulesReadOneEndOfEachFigureAndBothForAFirearmShareThatStoodIn() {
    List<Tries> tries = FigureReads.defaults().tries(SETTINGS);

    assertThat(tries).extracting(Tries::always).containsExactly(AT_ONE, AT_ONE, AT_ONE, AT_ZERO);
    assertThat(tries.get(0).whenFired()).isEqualTo(Map.of(FP_STAND_IN, BOTH, CGI_STAND_IN, BOTH));
    assertThat(tries.subList(1, 4)).extracting(Tries::whenFired).containsOnly(Map.of());
  }

  @Test
  void aFirearmShareOfZeroOnlyTakesProposalsAwayAndOfOneGivesThoseTheStandInsGave() {
    Tries firearm = FigureReads.defaults().tries(SETTINGS).get(0);

    // At 0 the stand-ins stop proposing; prevention beside enforcement can only propose less.
    assertThat(firearm.atZero()).isEqualTo(Changes.NONE);
    // At 1 the firearm-share rules may fire, at an eligible site.
    assertThat(firearm.atOne().gainers()).extracting(Gainer::rule).containsExactlyInAnyOrder(
        "Federal prosecution: gun violence at an eligible site", "Crime gun intelligence: gun violence at an eligible site");
    assertThat(firearm.atOne().gainers()).extracting(Gainer::needs).containsOnly(Set.of("Eligible"));

    // An eligible site where both stand-ins fired: their strategies are proposed already, so no try.
    FiringRecord standIns = record(new Eligible(ASSESSMENT), "Eligible for PSP",
        new Proposal(ASSESSMENT, Strategy.FEDERAL_PROSECUTION, "stood in"), FP_STAND_IN,
        new Proposal(ASSESSMENT, Strategy.CRIME_GUN_INTELLIGENCE, "stood in"), CGI_STAND_IN);
    assertThat(ends(firearm, standIns)).isZero();
    // One stand-in fired (the other disabled, say): 1 can propose the other strategy.
    FiringRecord one = record(new Eligible(ASSESSMENT), "Eligible for PSP",
        new Proposal(ASSESSMENT, Strategy.FEDERAL_PROSECUTION, "stood in"), FP_STAND_IN);
    assertThat(ends(firearm, one)).isEqualTo(AT_ONE);
    // A site that is not eligible: the firearm-share rules cannot fire.
    assertThat(ends(firearm, record())).isZero();
    // An eligible site where nothing stood in: 1.
    assertThat(ends(firearm, record(new Eligible(ASSESSMENT), "Eligible for PSP"))).isEqualTo(AT_ONE);
  }

  @Test
  void aTryRunsThroughTheLastStageThatCanPropose() throws IOException {
    assertThat(FigureReads.defaults().lastStage()).isEqualTo(Stage.REACTIONS);
    assertThat(FigureReads.everywhere().lastStage()).isNull();
    // An author's rule in the ranking stage might fail on a tried proposal: every stage.
    assertThat(FigureReads.withAdded(List.of(drl("data-gap-shortcuts-followed"))).lastStage()).isNull();
  }

  @Test
  void aThresholdIsReadFromTheSettingsInForce() {
    PolicySettings zero = PolicySettings.builder().from(SETTINGS).investigationsClearanceRate(0).build();

    // homicideClearanceRate < 0 holds at neither end: no try can change the rule.
    Tries clearance = FigureReads.defaults().tries(zero).get(3);
    assertThat(clearance.always()).isZero();
    assertThat(clearance.whenFired()).isEmpty();
    assertThat(clearance.atZero()).isEqualTo(Changes.NONE);
  }

  @Test
  void readsWhoseDirectionCanBeReadAddTheirEnds() throws IOException {
    List<Tries> tries = FigureReads.withAdded(List.of(drl("figure-reads-followed"))).tries(SETTINGS);

    // firearmShare < 0.3: 0 as well.
    assertThat(tries.get(0).always()).isEqualTo(BOTH);
    // gangShare != 0.5 holds at null, 0 and 1 alike; the consequence that decides on it, when its rule fired.
    assertThat(tries.get(1).always()).isEqualTo(AT_ONE);
    assertThat(tries.get(1).whenFired()).isEqualTo(Map.of("Odd: a consequence that decides on the gang share", BOTH));
    assertThat(tries.get(2).always()).isEqualTo(AT_ONE);
    assertThat(tries.get(2).whenFired()).isEmpty();
    // homicideClearanceRate == null: both ends, when its rule fired.
    assertThat(tries.get(3).always()).isEqualTo(AT_ZERO);
    assertThat(tries.get(3).whenFired()).isEqualTo(Map.of("Odd: a missing clearance rate stands in", BOTH));
    // A rule that proposes where crime analysis is not proposed can propose more as less is proposed:
    // whatever changes proposals, every end the reads name is tried.
    assertThat(tries).flatExtracting(Tries::atZero, Tries::atOne).containsOnly(Changes.ANY);
  }

  @Test
  void readsWhoseDirectionCannotBeReadTryBothEnds() throws IOException {
    List<Tries> tries = FigureReads.withAdded(List.of(drl("figure-reads-unfollowed"))).tries(SETTINGS);

    assertThat(tries).extracting(Tries::always).containsOnly(BOTH);
    assertThat(tries).flatExtracting(Tries::atZero, Tries::atOne).containsOnly(Changes.ANY);
  }

  /**
   * Rules whose reads this reading cannot follow: text that reaches the statistics otherwise, a class of
   * the author's own (its code could read anything), a figure named to Because by a variable.
   */
  static Stream<Arguments> unfollowedRules() {
    return Stream.of(Arguments.of("text that reaches the statistics otherwise", """
        rule "Statistics"
        when
            $a : Assessment( statistics.firearmShare().isPresent() )
        then
        end
        """), Arguments.of("a class of the author's own", """
        import com.example.policy.LocalChecks;

        rule "Local"
        when
            $a : Assessment( nationalRatio >= 2 )
            eval( LocalChecks.strong( $a ) )
        then
        end
        """), Arguments.of("a figure named to Because by a variable", """
        rule "Any figure"
        when
            $a : Assessment( nationalRatio >= 2 )
        then
            String figure = "gang" + "Share";
            insert( new Proposal( $a, Strategy.REENTRY, Because.figure( $a, figure ) ) );
        end
        """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unfollowedRules")
  void aReadThatCannotBeFollowedTriesEverything(String what, String rule) {
    assertThat(FigureReads.withAdded(List.of(rule)).tries(SETTINGS)).extracting(Tries::always).containsOnly(BOTH);
  }

  @Test
  void aFigureInACommentOrTextOrWordsIsNoRead() {
    String rule = """
        // gangShare < 0.1 would be wrong here
        rule "Words"
        when
            $a : Assessment( nationalRatio >= 2 )
        then
            insert( new Proposal( $a, Strategy.REENTRY, "homicideClearanceRate < 0.5, firearmShare != null" ) );
            insert( new Proposal( $a, Strategy.REENTRY, Because.words( "gangShare" ) ) );
        end
        """;

    assertThat(FigureReads.withAdded(List.of(rule)).tries(SETTINGS)).isEqualTo(FigureReads.defaults().tries(SETTINGS));
  }

  private static final Assessment ASSESSMENT = new Assessment(SiteSpec.site().build(),
      new NationalRate(SiteSpec.YEAR, 400, 5.0, "illustrative"), SETTINGS);

  /** A record of the default rules' evaluation in which each fact was inserted by the rule after it. */
  private static FiringRecord record(Object... factsAndRules) {
    FiringRecord record = new FiringRecord();
    for (int i = 0; i < factsAndRules.length; i += 2) {
      String rule = (String) factsAndRules[i + 1];
      record.fired(rule);
      record.inserted(factsAndRules[i], rule);
    }
    return record;
  }

  private static int ends(Tries tries, FiringRecord record) {
    return tries.ends(record, () -> FigureReads.defaults().baseFacts(record));
  }

  private static String drl(String folder) throws IOException {
    Path dir = Path.of("src/test/resources/rules", folder);
    try (var files = Files.list(dir)) {
      return Files.readString(files.filter(f -> f.toString().endsWith(".drl")).findFirst().orElseThrow());
    }
  }
}
