package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.psp.model.Evidence.Effect;
import org.psp.model.Evidence.Level;
import org.psp.model.Evidence.Rater;
import org.psp.model.words.Phrases;

/** The bundled evidence and its summaries: honest about raters, levels, outcomes, disagreement and shared sources. */
class EvidenceTableTest {
  private static final EvidenceTable TABLE = EvidenceTable.bundled();
  private static final String HEADER = "strategy,rater,rating,level,outcome,source_title,source_url,finding,effect\n";

  /** Every strategy has a row (a new strategy's row is a step of CONTRIBUTING.md's "Add a strategy"), and every line is read. */
  @Test
  void theBundledTableHasEveryLineOfTheDataFileAsARowAndEveryStrategyARowEachSourced() throws IOException {
    int rows = 0;
    for (Strategy s : Strategy.values()) {
      rows += TABLE.rows(s).size();
      assertThat(TABLE.rows(s)).as("the evidence rows of %s (data/evidence/evidence.csv)", s).isNotEmpty()
          .allSatisfy(e -> assertThat(e.sourceUrl()).startsWith("http"));
    }
    long lines = Files.readAllLines(Path.of("../data/evidence/evidence.csv")).stream().filter(l -> !l.isBlank()).count();
    assertThat(rows).isEqualTo(lines - 1).isGreaterThanOrEqualTo(69);
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void everySummaryNamesTheOutcomeOfWhatItQuotes(Strategy strategy) {
    EvidenceTable.Summary summary = TABLE.summary(strategy);
    String text = Phrases.evidence(summary);

    // The headline rating (or study) never stands without its level and the outcome it is about.
    summary.strongest().ifPresent(e ->
        assertThat(text).contains(e.rater().label() + ": " + e.rating() + " — ").contains("; outcome: " + e.outcome()));
    if (summary.strongest().isEmpty()) {
      assertThat(text).containsPattern("^(mixed: )?no rating found");
      summary.strongestUnrated().ifPresent(e ->
          assertThat(text).containsPattern("unrated evidence: [a-z -]+, outcome: " + java.util.regex.Pattern.quote(e.outcome())));
    }
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void everyRowThatFoundNoEffectHarmOrMixedResultsIsSaidWithItsOutcome(Strategy strategy) {
    EvidenceTable.Summary summary = TABLE.summary(strategy);
    String text = Phrases.evidence(summary);
    List<Evidence> rows = TABLE.rows(strategy);

    for (Evidence e : rows) {
      String head = switch (e.effect()) {
        case NONE -> "no effect found in: ";
        case HARMFUL -> "harm found in: ";
        case MIXED -> "mixed results in: ";
        default -> null;
      };
      if (head != null) {
        assertThat(text).as("%s: %s", strategy, e.sourceTitle()).contains(head).contains(e.outcome());
      }
    }
    boolean favourable = rows.stream().anyMatch(e -> e.effect() == Effect.FAVOURABLE);
    boolean against = rows.stream().anyMatch(e -> e.effect() != Effect.FAVOURABLE && e.effect() != Effect.UNCLEAR);
    assertThat(text.startsWith("mixed: ")).as(text).isEqualTo(favourable && against);
  }

  @Test
  void theSummariesTheIssueNamedSayWhatTheyHid() {
    assertThat(Phrases.evidence(TABLE.summary(Strategy.REENTRY))).isEqualTo("mixed: CrimeSolutions: Promising — practice, from a meta-analysis; "
        + "outcome: Crime & Delinquency - Multiple crime/offense types (recidivism); "
        + "no effect found in: randomized trial (outcome: Rearrest; reconviction; reincarceration)");
    assertThat(Phrases.evidence(TABLE.summary(Strategy.VICTIM_SERVICES)))
        .startsWith("no rating found, and no study found a favourable effect; no effect found in: systematic review (outcomes: ")
        .contains("Repeat family abuse");
    assertThat(Phrases.evidence(TABLE.summary(Strategy.TECHNOLOGY)))
        .startsWith("mixed: no rating found; unrated evidence: systematic review, outcome: Crime (esp. vehicle and property crime); ")
        .contains("no effect found in: quasi-experiment (outcome: Fatal and non-fatal shootings");
    assertThat(Phrases.evidence(TABLE.summary(Strategy.CRIME_GUN_INTELLIGENCE)))
        .startsWith("mixed: no rating found; unrated evidence: quasi-experiment, outcome: Clearance rates")
        .contains("no effect found in: single evaluation (outcome: Violent crime; clearance; prosecution)");
    assertThat(Phrases.evidence(TABLE.summary(Strategy.COMMUNITY_OUTREACH)))
        .startsWith("mixed: County Health Rankings: Scientifically Supported — practice; outcome: Satisfaction with law enforcement; ")
        .contains("no effect found in: expert review (outcome: Crime)");
  }

  @Test
  void ratingsOfNoEffectsByOneRaterAreSaidOnceWithTheirOutcomes() {
    String drugs = Phrases.evidence(TABLE.summary(Strategy.DRUG_TRAFFICKING_ENFORCEMENT));

    assertThat(drugs).startsWith("mixed: CrimeSolutions: Promising — practice, from a meta-analysis; outcome: ")
        .contains("no effect found in: CrimeSolutions: No Effects — practice, from a meta-analysis (outcomes: "
            + "Crime & Delinquency - Property offenses / ");
  }

  @Test
  void oneEvaluationCountedForTwoStrategiesSaysSo() {
    assertThat(Phrases.evidence(TABLE.summary(Strategy.FEDERAL_PROSECUTION)))
        .startsWith("mixed: CrimeSolutions: Promising — one program, not the practice; outcome: Violent crime (city level) "
            + "(the same source is counted for ENFORCEMENT_TASK_FORCE)");
    assertThat(Phrases.evidence(TABLE.summary(Strategy.ENFORCEMENT_TASK_FORCE))).contains("(the same source is counted for FEDERAL_PROSECUTION)");
    assertThat(TABLE.summary(Strategy.PEER_EXCHANGE).alsoCitedFor()).containsValue(
        java.util.Set.of(Strategy.GRANT_ASSISTANCE, Strategy.REGIONAL_COORDINATION));
  }

  @Test
  void aProgramRatingIsNeverPresentedAsAPracticeRating() {
    for (Strategy s : Strategy.values()) {
      EvidenceTable.Summary summary = TABLE.summary(s);
      summary.strongest().filter(e -> e.level() == Level.PROGRAM).ifPresent(e ->
          assertThat(Phrases.evidence(summary)).as("%s", s).contains("one program, not the practice").doesNotContain(": practice"));
    }
    // A practice rating, where one exists, comes before a stronger-sounding rating of one program.
    assertThat(Phrases.evidence(TABLE.summary(Strategy.FOCUSED_DETERRENCE))).isEqualTo(
        "CrimeSolutions: Promising — practice, from a meta-analysis; outcome: Crime & Delinquency - Multiple crime/offense types");
  }

  @Test
  void noRatingFoundIsSaidPlainlyWithWhatWasLookedFor() {
    assertThat(Phrases.evidence(TABLE.summary(Strategy.FUGITIVE_APPREHENSION))).isEqualTo(
        "no rating found; outcome looked for: Fugitive apprehensions (output measure only; no crime outcome)");
    assertThat(TABLE.summary(Strategy.PEER_EXCHANGE).isRated()).isFalse();
    assertThat(TABLE.summary(Strategy.VICTIM_SERVICES).isRated()).isFalse();
    assertThat(TABLE.summary(Strategy.DRUG_TRAFFICKING_ENFORCEMENT).isRated()).isTrue();
  }

  @Test
  void harmIsSaidApartFromNoEffectAndAStrategyWithOnlyMixedResultsClaimsNoneFavourable() {
    EvidenceTable table = EvidenceTable.of(List.of(
        row(Strategy.TECHNOLOGY, Rater.CRIMESOLUTIONS, "Promising", Level.PROGRAM, "Burglary", Effect.FAVOURABLE),
        row(Strategy.TECHNOLOGY, Rater.NONE, "Not rated (study)", Level.QUASI_EXPERIMENT, "Shootings", Effect.HARMFUL),
        row(Strategy.REENTRY, Rater.NONE, "Not rated (study)", Level.QUASI_EXPERIMENT, "Rearrest", Effect.MIXED)));

    assertThat(Phrases.evidence(table.summary(Strategy.TECHNOLOGY))).isEqualTo("mixed: CrimeSolutions: Promising — one program, not the "
        + "practice; outcome: Burglary; harm found in: quasi-experiment (outcome: Shootings)");
    assertThat(Phrases.evidence(table.summary(Strategy.REENTRY))).isEqualTo("no rating found; mixed results in: quasi-experiment (outcome: Rearrest)");
    assertThat(table.summary(Strategy.REENTRY).isMixed()).isFalse();
  }

  @Test
  void aBadRowIsRefusedWithItsLineAndColumn() {
    assertThatThrownBy(() -> EvidenceTable.parse("t.csv", HEADER + "REENTRY,Nobody,Good,program,crime,t,https://x,f,favourable\n"))
        .hasMessageContaining("t.csv:2:9: unknown rater \"Nobody\"");
    assertThatThrownBy(() -> EvidenceTable.parse("t.csv", HEADER + "REENTRY,CrimeSolutions,Not rated (x),program,crime,t,https://x,f,none\n"))
        .hasMessageContaining("t.csv:2: a row rated by CrimeSolutions must give the rating, not \"Not rated (x)\"");
    assertThatThrownBy(() -> EvidenceTable.parse("t.csv", HEADER + "REENTRY,none,Not rated (x),program,crime,t,,f,none\n"))
        .hasMessageContaining("t.csv:2: sourceUrl of the evidence on REENTRY must not be blank");
    assertThatThrownBy(() -> EvidenceTable.parse("t.csv", HEADER + "REENTRY,none,Not rated (x),program,crime,t,https://x,f,good\n"))
        .hasMessageContaining("t.csv:2:56: unknown effect \"good\"; known: favourable, mixed, none, harmful, unclear");
    assertThatThrownBy(() -> EvidenceTable.parse("t.csv",
        HEADER + "REENTRY,CrimeSolutions,No Effects,program,crime,t,https://x,f,favourable\n"))
        .hasMessageContaining("t.csv:2: a row rated \"No Effects\" must have the effect \"none\", not \"favourable\"");
    assertThatThrownBy(() -> EvidenceTable.parse("t.csv", HEADER + "REENTRY,none,Not rated (x),program,crime,t,https://x,f\n"))
        .hasMessageContaining("t.csv:2: expected 9 columns but found 8");
  }

  private static Evidence row(Strategy strategy, Rater rater, String rating, Level level, String outcome, Effect effect) {
    return new Evidence(strategy, rater, rating, level, outcome, "a study of " + outcome, "https://example.org/" + outcome,
        "illustrative finding", effect);
  }
}
