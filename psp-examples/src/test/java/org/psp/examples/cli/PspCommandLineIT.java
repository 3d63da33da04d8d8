package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.examples.cli.PspInProcess.pspInProcess;
import static org.psp.examples.cli.PspProcess.psp;
import static org.psp.examples.cli.PspProcess.pspOnce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psp.examples.cli.PspProcess.Run;
import org.psp.model.Strategy;

/**
 * Runs the real psp as a separate process, as a user would: advise, explain, evidence, sites, usage
 * errors and exit codes. Each command's path runs as the process at least once (here, or in {@link
 * LauncherIT} and {@link HostileInputIT}); the cases that only vary its input run the same command line
 * in this JVM ({@link PspInProcess}). The rule author's commands are in {@link RuleAuthorCommandsIT}.
 */
class PspCommandLineIT {
  private static final Path CLI = Path.of("src/test/resources/cli");

  @Test
  void adviseWithoutSitesAdvisesTheBundledPspSites() throws Exception {
    Run run = pspOnce("advise");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Baltimore, MD (baltimore-md) in 2019", "Eligible for PSP: yes",
        "Recommendations, by rank:", "Why: ", "Why rank 1 (score ", "Why UNKNOWN: check whether ", "Rules: \"",
        "Caution: the police department is under a consent decree");
  }

  @Test
  void adviseAsJsonPrintsOnlyJsonWithTheContractsFigures() throws Exception {
    Run run = pspInProcess("advise", "--year", "2018", "--format", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode baltimore = null;
    for (JsonNode result : json.get("results")) {
      if (result.get("site").asText().equals("baltimore-md")) {
        baltimore = result;
      }
    }
    assertThat(baltimore).isNotNull();
    assertThat(baltimore.get("violentCrimeRate").asDouble()).isEqualTo(1833.4);
    assertThat(baltimore.get("nationalRatio").asDouble()).isEqualTo(4.97);
    assertThat(baltimore.get("eligible").asBoolean()).isTrue();
    JsonNode first = baltimore.get("recommendations").get(0);
    assertThat(first.fieldNames()).toIterable().contains(
        "strategy", "coreArea", "rank", "priority", "mode", "leadPartners", "rules", "rationale", "rankReasons", "modeReasons",
        "cautions").doesNotContain("rule", "priorityReasons");
    assertThat(first.get("rules").isArray()).isTrue();
    assertThat(first.get("rules").get(0).asText()).isNotBlank();
    // Its first recommendation is rank 1 of its focus, at priority 1, and says why it has its rank.
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("priority").asInt()).isEqualTo(1);
    assertThat(baltimore.get("focus").get(0).asText()).isEqualTo(first.get("strategy").asText());
    assertThat(baltimore.get("focus")).hasSize(3);
    assertThat(first.get("rankReasons")).extracting(JsonNode::asText).anySatisfy(r -> assertThat(r).startsWith("need +"));
    // Sites without 2018 figures are errors, reported in the JSON and on stderr; the others are advised.
    assertThat(json.get("errors")).extracting(e -> e.get("site").asText()).contains("davenport-ia");
    assertThat(run.err()).contains("error: davenport-ia: no statistics for 2018");
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void anotherNationalRatesTableIsReadAndABadOneIsReportedCellByCell(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("rates.csv"), "year,violent_crime_rate,murder_rate,basis,source,note\n"
        + "2019,400.0,,first published,illustrative round rate,\n");
    Path bad = Files.writeString(dir.resolve("bad.csv"), "year,violent_crime_rate,murder_rate,basis,source,note\n"
        + "2019,-1,5.0,first published,illustrative,\n2018,400,5.0,first published,illustrative,\n"
        + "2018,400,5.0,first published,illustrative,\n");

    Run advised = pspInProcess("advise", "--sites", CLI.resolve("mixed-sites.json").toString(), "--national-rates", good.toString(),
        "--format", "json");
    Run refused = pspInProcess("advise", "--national-rates", bad.toString());

    JsonNode valid = new ObjectMapper().readTree(advised.out()).get("results").get(0);
    assertThat(valid.get("nationalRate").asDouble()).isEqualTo(400.0);
    assertThat(valid.get("murderRatio").isNull()).isTrue();
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).contains(bad + ":2:6: violent_crime_rate must be a number from 50 to 5,000 per 100,000 (the FBI's national rate has been from 160.9 in 1960 to 758.2 in 1991) but was \"-1\"",
        bad + ":4:1: year 2018 appears twice (first on line 3)",
        "2 problems in the national rates table; nothing was advised with it");
    refused.hasNoStackTrace();
  }

  @Test
  void outcomesAreShownForEngagedSitesInTextAndJson() throws Exception {
    Run text = pspOnce("advise");
    Run json = pspOnce("advise", "--format", "json");

    // Memphis joined in 2017; FBI figures: 2016 against 2019, beside the nation's change.
    assertThat(text.out()).contains("  Outcome: joined 2017 (Operations), engagement year 3 of 3 (so far); violent crime up "
        + "4.5% since 2016 against the nation's down 5.1%: WORSENING");
    JsonNode memphis = null;
    for (JsonNode result : new ObjectMapper().readTree(json.out()).get("results")) {
      if (result.get("site").asText().equals("memphis-tn")) {
        memphis = result;
      }
    }
    assertThat(memphis).isNotNull();
    JsonNode outcome = memphis.get("outcome");
    assertThat(outcome.get("cohort").asInt()).isEqualTo(2017);
    assertThat(outcome.get("engagementYear").asInt()).isEqualTo(3);
    assertThat(outcome.get("completed").asBoolean()).isFalse();
    assertThat(outcome.get("interim").asBoolean()).isTrue();
    assertThat(outcome.get("flags")).isEmpty();
    assertThat(outcome.get("baselineYear").asInt()).isEqualTo(2016);
    assertThat(outcome.get("nationalChange").decimalValue()).isEqualByComparingTo("-0.051");
    assertThat(outcome.get("verdict").asText()).isEqualTo("WORSENING");
  }

  @Test
  void theTextSaysWhatWasAssumedAndWhatIsMissing() throws Exception {
    Run run = pspOnce("advise");

    assertThat(run.out()).contains("  Murders: ", "  Data gaps: ",
        "  Assumed: capabilities: not on record; the advice assumed that the site has none of the capabilities",
        "no crime analysis unit is on record").doesNotContain("the site has no crime analysis unit");
  }

  @Test
  void invalidSitesAreEachReportedWhileTheValidOnesAreAdvised() throws Exception {
    Run run = pspInProcess("advise", "--sites", CLI.resolve("mixed-sites.json").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("Valid City (illustrative), OH (valid-city) in 2019").doesNotContain("typo-town");
    assertThat(run.err()).contains(
        "error: negative-robberies: statistics[0].robberies: must be >= 0 but was -4",
        "error: typo-town: comitment: unknown field \"comitment\"",
        "error: typo-town: conditions[0]: must be one of CONSENT_DECREE",
        "but was \"CONSENT_DEGREE\"",
        "error: no-national-rate: no national violent crime rate for 2024",
        "4 errors in 3 sites; 1 site advised");
    run.hasNoStackTrace();
  }

  @Test
  void aMissingSiteFileIsAnErrorNotAStackTrace() throws Exception {
    Run run = pspInProcess("advise", "--sites", "no-such-sites.json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("no-such-sites.json: no such file");
    run.hasNoStackTrace();
  }

  @Test
  void malformedJsonNamesLineAndColumn() throws Exception {
    Run run = pspInProcess("advise", "--sites", CLI.resolve("malformed.json").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("malformed JSON at line 3, column 5");
    run.hasNoStackTrace();
  }

  @Test
  void settingsChangeThresholdsWithoutJava() throws Exception {
    Run run = pspInProcess("advise", "--settings", CLI.resolve("strict.properties").toString(), "--format", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(run.exit()).isZero();
    assertThat(json.get("results")).allSatisfy(r -> assertThat(r.get("eligible").asBoolean()).isFalse());
    assertThat(json.get("results").get(0).get("eligibilityReasons").get(0).asText()).contains("below 20×, this run's threshold (default 1.5×) for").doesNotContain("default threshold");
  }

  @Test
  void unknownOrMalformedSettingsAreNamed() throws Exception {
    Run run = pspInProcess("advise", "--settings", CLI.resolve("bad.properties").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(CLI.resolve("bad.properties") + ":1: unknown setting \"eligibilityRatioo\"; did you mean "
        + "\"eligibilityRatio\"?", CLI.resolve("bad.properties") + ":2: hotSpotsRatio must be a number > 0 but was \"high\"");
    run.hasNoStackTrace();
  }

  @Test
  void sitesListsTheBundledSites() throws Exception {
    Run run = pspInProcess("sites");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("baltimore-md", "kansas-city-mo", "2017 DIAGNOSTIC, 2018 OPERATIONS", "39 sites", "FBI NOTES");
    assertThat(run.out().lines().filter(l -> l.startsWith("toledo-oh"))).singleElement().asString()
        .contains("2014 note,").contains("2017 not reported (NOT_COMPARABLE UNDERREPORTED + note)");
    // Cincinnati's 2018 and 2019 "underreported" footnotes are about its blank arson cells: notes, not flags.
    assertThat(run.out().lines().filter(l -> l.startsWith("cincinnati-oh"))).singleElement().asString()
        .contains("2018 note, 2019 note").doesNotContain("UNDERREPORTED");
    assertThat(run.out()).contains("A note is an FBI footnote that is no flag");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "frobnicate", "advise --bogus", "advise --format xml", "advise --year soon", "validate", "test"})
  void usageErrorsExitWith2AndShowUsage(String args) throws Exception {
    Run run = pspInProcess(args.isEmpty() ? new String[0] : args.split(" "));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).containsAnyOf("Usage: psp", "Did you mean: psp");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpExitsWith0() throws Exception {
    Run run = pspInProcess("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("advise", "validate", "test", "sites", "Exit codes");
  }

  @Test
  void explainSaysWhyAStrategyIsNotRecommendedConditionByCondition() throws Exception {
    Run text = psp("explain", "FEDERAL_PROSECUTION", "--site", "wichita-ks");
    Run json = pspInProcess("explain", "FEDERAL_PROSECUTION", "REENTRY", "--site", "wichita-ks", "--format", "json");
    Run unknown = pspInProcess("explain", "FEDERAL_PROSECUTION", "--site", "nowhere-xx");

    // The lines are the default rule file's, wherever its rules are edited to.
    List<String> drl = Files.readAllLines(Path.of("../psp-rules/src/main/resources/org/psp/rules/policy/20-gun-violence.drl"));
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("wichita-ks in 2019: FEDERAL_PROSECUTION is not recommended",
        "[undecided] line " + lineOf(drl, "Federal prosecution: gun violence at an eligible site", "firearmShare >= $p.federalProsecutionFirearmShare")
            + ": firearmShare >= $p.federalProsecutionFirearmShare",
        "[failed]   line " + lineOf(drl, "Federal prosecution: murder rate standing in", "murderRatio >= $p.gunViolenceMurderRatio")
            + ": murderRatio >= $p.gunViolenceMurderRatio   (gunViolenceMurderRatio = 2, murderRatio = 1.795)");
    JsonNode results = new ObjectMapper().readTree(json.out()).get("results");
    assertThat(results).hasSize(2);
    JsonNode condition = results.get(0).get("rules").get(0).get("conditions").get(0);
    assertThat(condition.get("text").asText()).isEqualTo("firearmShare >= $p.federalProsecutionFirearmShare");
    assertThat(condition.get("values").get("firearmShare").isNull()).isTrue();
    assertThat(condition.get("held").isNull()).isTrue();
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("--site: no site with id \"nowhere-xx\"");
  }

  @Test
  void evidenceListsTheRowsWithTheirSourcesAndExplainShowsTheSummary() throws Exception {
    Run text = psp("evidence", "REENTRY");
    Run json = pspInProcess("evidence", "--format", "json");
    Run explain = pspInProcess("explain", "REENTRY", "--site", "memphis-tn", "--format", "json");

    assertThat(text.exit()).isZero();
    assertThat(text.out()).startsWith("REENTRY: mixed: CrimeSolutions: Promising — practice, from a meta-analysis; outcome: ")
        .contains("  - none: Not rated (meta-analysis of RCTs, null) (randomized trial)", "    source: ");
    assertThat(new ObjectMapper().readTree(json.out()).get("strategies")).hasSize(Strategy.values().length);
    JsonNode evidence = new ObjectMapper().readTree(explain.out()).get("results").get(0).get("evidence");
    assertThat(evidence.get("summary").asText()).startsWith("mixed: CrimeSolutions: Promising")
        .contains("no effect found in: randomized trial");
    assertThat(evidence.get("sources")).hasSize(2);
  }

  /** The number of the first line of {@code lines} that contains {@code text} after the line naming {@code rule}. */
  private static int lineOf(List<String> lines, String rule, String text) {
    int i = 0;
    while (i < lines.size() && !lines.get(i).contains("rule \"" + rule)) {
      i++;
    }
    while (i < lines.size() && !lines.get(i).contains(text)) {
      i++;
    }
    assertThat(i).as("a line containing %s in the rule %s", text, rule).isLessThan(lines.size());
    return i + 1;
  }
}
