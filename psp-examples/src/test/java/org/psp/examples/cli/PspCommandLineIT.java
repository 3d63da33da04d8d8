package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.examples.cli.PspProcess.psp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psp.examples.cli.PspProcess.Run;
import org.psp.model.Strategy;

/** Runs the real psp.jar as a separate process, as a user would, for every command and exit code. */
class PspCommandLineIT {
  private static final Path CLI = Path.of("src/test/resources/cli");
  private static final Path RULE_AUTHOR = Path.of("rule-author");
  private static final Path BROKEN_RULES = Path.of("../psp-rules/src/test/resources/rules/broken");

  @Test
  void adviseWithoutSitesAdvisesTheBundledPspSites() throws Exception {
    Run run = psp("advise");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Baltimore, MD (baltimore-md) in 2019", "Eligible for PSP: yes",
        "Recommendations, by rank:", "Why: ", "Why rank 1 (score ", "Why UNKNOWN: check whether ", "Rules: \"",
        "Caution: the police department is under a consent decree");
  }

  @Test
  void adviseAsJsonPrintsOnlyJsonWithTheContractsFigures() throws Exception {
    Run run = psp("advise", "--year", "2018", "--format", "json");

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

    Run advised = psp("advise", "--sites", CLI.resolve("mixed-sites.json").toString(), "--national-rates", good.toString(),
        "--format", "json");
    Run refused = psp("advise", "--national-rates", bad.toString());

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
    Run text = psp("advise");
    Run json = psp("advise", "--format", "json");

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
    Run run = psp("advise");

    assertThat(run.out()).contains("  Murders: ", "  Data gaps: ",
        "  Assumed: capabilities: not on record; the advice assumed that the site has none of the capabilities",
        "no crime analysis unit is on record").doesNotContain("the site has no crime analysis unit");
  }

  @Test
  void invalidSitesAreEachReportedWhileTheValidOnesAreAdvised() throws Exception {
    Run run = psp("advise", "--sites", CLI.resolve("mixed-sites.json").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("Valid City (illustrative), OH (valid-city) in 2019").doesNotContain("typo-town");
    assertThat(run.err()).contains(
        "error: negative-robberies: statistics[0].robberies: robberies must be >= 0 but was -4",
        "error: typo-town: comitment: unknown field \"comitment\"",
        "error: typo-town: conditions[0]: must be one of CONSENT_DECREE",
        "but was \"CONSENT_DEGREE\"",
        "error: no-national-rate: no national violent crime rate for 2024",
        "4 errors in 3 sites; 1 site advised");
    run.hasNoStackTrace();
  }

  @Test
  void aMissingSiteFileIsAnErrorNotAStackTrace() throws Exception {
    Run run = psp("advise", "--sites", "no-such-sites.json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("no-such-sites.json: no such file");
    run.hasNoStackTrace();
  }

  @Test
  void malformedJsonNamesLineAndColumn() throws Exception {
    Run run = psp("advise", "--sites", CLI.resolve("malformed.json").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("malformed JSON at line 3, column 5");
    run.hasNoStackTrace();
  }

  @Test
  void brokenRulesAreReportedAsFileLineColumn() throws Exception {
    Run run = psp("advise", "--rules", BROKEN_RULES.resolve("unknown-field.drl").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(BROKEN_RULES.resolve("unknown-field.drl") + ":7:17: unknown field \"firearmShar\"");
    run.hasNoStackTrace();
  }

  @Test
  void adviseWithARuleAuthorsRules() throws Exception {
    Run run = psp("advise", "--rules", RULE_AUTHOR.resolve("rules").toString(), "--format", "json");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("fewer than 250,000 (local policy)");
  }

  @Test
  void settingsChangeThresholdsWithoutJava() throws Exception {
    Run run = psp("advise", "--settings", CLI.resolve("strict.properties").toString(), "--format", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(run.exit()).isZero();
    assertThat(json.get("results")).allSatisfy(r -> assertThat(r.get("eligible").asBoolean()).isFalse());
    assertThat(json.get("results").get(0).get("eligibilityReasons").get(0).asText()).contains("below 20×, this library's default threshold");
  }

  @Test
  void unknownOrMalformedSettingsAreNamed() throws Exception {
    Run run = psp("advise", "--settings", CLI.resolve("bad.properties").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(CLI.resolve("bad.properties") + ":1: unknown setting \"eligibilityRatioo\"; did you mean "
        + "\"eligibilityRatio\"?", CLI.resolve("bad.properties") + ":2: hotSpotsRatio must be a number > 0 but was \"high\"");
    run.hasNoStackTrace();
  }

  @Test
  void aSettingDeclaredInASettingsFileIsReadByRulesWithNoJava() throws Exception {
    String rules = CLI.resolve("added-setting").toString();
    String settings = CLI.resolve("added-setting.properties").toString();

    Run undeclared = psp("validate", rules);
    Run declared = psp("validate", rules, "--settings", settings);
    Run listed = psp("rules", "--rules", rules, "--settings", settings, "--format", "json");

    assertThat(undeclared.exit()).isEqualTo(1);
    assertThat(undeclared.err()).contains(CLI.resolve("added-setting").resolve("large-sites.drl")
        + ":12:53: rule \"Large sites: peer exchange\" reads setting \"minimumPeerPopulation\", which no settings file declares");
    assertThat(declared.exit()).isZero();
    assertThat(declared.out()).startsWith("OK: no problem in");
    JsonNode rule = StreamSupport.stream(new ObjectMapper().readTree(listed.out()).get("rules").spliterator(), false)
        .filter(r -> r.get("name").asText().equals("Large sites: peer exchange")).findFirst().orElseThrow();
    assertThat(rule.get("settings").toString()).isEqualTo("[\"minimumPeerPopulation\"]");
  }

  @Test
  void validateAcceptsGoodRules() throws Exception {
    Run run = psp("validate", RULE_AUTHOR.resolve("rules").toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("OK: no problem in");
  }

  @Test
  void validateReportsEveryProblemWithItsPosition() throws Exception {
    Run run = psp("validate", BROKEN_RULES.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(
        BROKEN_RULES.resolve("syntax-error.drl") + ":7:17: ",
        BROKEN_RULES.resolve("unknown-fact-type.drl") + ":8:5: unknown fact type \"Neighborhood\"",
        BROKEN_RULES.resolve("unknown-field.drl") + ":7:17: unknown field \"firearmShar\"",
        BROKEN_RULES.resolve("bad-consequence.drl") + ":11:40: in the consequence: SAFE_STREETS cannot be resolved",
        BROKEN_RULES.resolve("misspelt-setting.drl") + ":7:43: unknown field \"eligibilityRatioo\"",
        BROKEN_RULES.resolve("unknown-stage.drl") + ":9:20: rule \"Peer exchange: every site\": unknown stage \"strategy\"",
        "12 problems in the rules");
    assertThat(run.err()).doesNotContain("Only a type can be imported");
    run.hasNoStackTrace();
  }

  @Test
  void aLoopingRuleEndsWithAnErrorNamingIt() throws Exception {
    Run run = psp("advise", "--rules", BROKEN_RULES.resolve("looping-rule.drl").toString(), "--sites",
        CLI.resolve("mixed-sites.json").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("error: valid-city: rule \"Keeps setting the mode\" (" + BROKEN_RULES.resolve("looping-rule.drl")
        + ":7) seems to loop", "it modified facts");
    run.hasNoStackTrace();
  }

  @Test
  void testRunsTheRuleAuthorsScenarios() throws Exception {
    Run run = psp("test", RULE_AUTHOR.resolve("scenarios").toString(), "--rules", RULE_AUTHOR.resolve("rules").toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out().strip()).endsWith("4 passed, 0 failed");
  }

  @Test
  void testRunsTheScenariosPinningTheBundledSites() throws Exception {
    // Baltimore's eligibility in 2017 and 2019, Toledo's and Salisbury's flags, Davenport's first year, Kansas
    // City's run, the modes of capabilities on record (issue 24).
    Run run = psp("test", "src/test/resources/scenarios/bundled");

    assertThat(run.exit()).isZero();
    assertThat(run.out().strip()).endsWith("10 passed, 0 failed");
  }

  @Test
  void testNamesEachFailedScenarioWithWhatItExpectedAndGot() throws Exception {
    Run run = psp("test", RULE_AUTHOR.resolve("scenarios").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(
        "FAIL A city of 200,000 gets grant assistance under the local policy",
        "expected GRANT_ASSISTANCE to be recommended, got [",
        "expected GRANT_ASSISTANCE at priority 3, got no recommendation of it",
        "  why not GRANT_ASSISTANCE:\n    rule \"Grant assistance: small eligible site\" "
            + "(org/psp/rules/policy/30-federal-partnerships.drl:70): failed line 74: population < $p.grantAssistancePopulation"
            + "   (grantAssistancePopulation = 100000, population = 200000)");
    assertThat(run.out().strip()).endsWith("2 passed, 2 failed");
  }

  @Test
  void anInvalidScenarioFileFailsWithItsProblems() throws Exception {
    Run run = psp("test", CLI.resolve("invalid.scenario.json").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("FAIL (invalid scenario file)", "extra: unknown field \"extra\"; known fields: name, site, "
        + "year, expect",
        "site.name: is required but missing", "expect.recommend[0]: unknown strategy \"SAFE_STREETS\"");
    assertThat(run.out().strip()).endsWith("0 passed, 1 failed");
  }

  @Test
  void sitesListsTheBundledSites() throws Exception {
    Run run = psp("sites");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("baltimore-md", "kansas-city-mo", "2017 DIAGNOSTIC, 2018 OPERATIONS", "39 sites", "FBI NOTES");
    assertThat(run.out().lines().filter(l -> l.startsWith("toledo-oh"))).singleElement().asString()
        .contains("2017 not reported (").contains("NOT_COMPARABLE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "frobnicate", "advise --bogus", "advise --format xml", "advise --year soon", "validate", "test"})
  void usageErrorsExitWith2AndShowUsage(String args) throws Exception {
    Run run = psp(args.isEmpty() ? new String[0] : args.split(" "));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).containsAnyOf("Usage: psp", "Did you mean: psp");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpExitsWith0() throws Exception {
    Run run = psp("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("advise", "validate", "test", "sites", "Exit codes");
  }

  @Test
  void aPathWithNoScenarioFileIsAUsageError(@TempDir Path dir) throws Exception {
    Run run = psp("test", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no scenario file (*.scenario.json) in [" + dir + "]");
  }

  @Test
  void aScenarioThatStatesNothingOrAnUnknownKeyOrStrategyFails(@TempDir Path dir) throws Exception {
    String site = "{ \"id\": \"s\", \"name\": \"S (illustrative)\", \"state\": \"OH\", \"population\": 100000, "
        + "\"statistics\": [ { \"year\": 2019, \"murders\": 1, \"rapes\": 1, \"robberies\": 1, \"aggravatedAssaults\": 1 } ] }";
    Files.writeString(dir.resolve("empty.scenario.json"), "{ \"name\": \"states nothing\", \"site\": " + site + ", \"expect\": {} }");
    Files.writeString(dir.resolve("typo.scenario.json"), "{ \"name\": \"typos\", \"site\": " + site
        + ", \"expect\": { \"recomend\": [\"REENTRY\"], \"notRecommend\": [\"REENTRYY\"], \"mode\": { \"PEER_EXCHANGE\": \"KEEP\" },"
        + " \"focus\": [\"CRIME_ANALYSIS\", \"CRIME_ANALYSIS\"] } }");
    Files.writeString(dir.resolve("good.scenario.json"), "{ \"name\": \"mode and data gaps\", \"site\": " + site
        + ", \"expect\": { \"mode\": { \"CRIME_ANALYSIS\": \"UNKNOWN\" }, \"dataGaps\": [\"TREATMENT_AND_SERVICES\"] } }");

    Run run = psp("test", dir.toString(), "--coverage");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("FAIL (invalid scenario file)", "expect: states no expectation",
        "expect.recomend: unknown field \"recomend\"; known fields: eligible, recommend, notRecommend, priority, mode, "
            + "dataGaps, outcome, focus", "expect.notRecommend[0]: unknown strategy \"REENTRYY\"",
        "expect.mode.PEER_EXCHANGE: must be ESTABLISH, STRENGTHEN or UNKNOWN but was \"KEEP\"",
        "expect.focus[1]: CRIME_ANALYSIS is already at expect.focus[0]", "PASS mode and data gaps",
        "Rules no scenario fired: ", "  Federal prosecution: gun violence at an eligible site (org/psp/rules/policy/20-gun-violence.drl:26)",
        "1 passed, 2 failed");
  }

  @Test
  void explainSaysWhyAStrategyIsNotRecommendedConditionByCondition() throws Exception {
    Run text = psp("explain", "FEDERAL_PROSECUTION", "--site", "wichita-ks");
    Run json = psp("explain", "FEDERAL_PROSECUTION", "REENTRY", "--site", "wichita-ks", "--format", "json");
    Run unknown = psp("explain", "FEDERAL_PROSECUTION", "--site", "nowhere-xx");

    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("wichita-ks in 2019: FEDERAL_PROSECUTION is not recommended",
        "[undecided] line 30: firearmShare >= $p.federalProsecutionFirearmShare",
        "[failed]   line 45: murderRatio >= $p.gunViolenceMurderRatio   (gunViolenceMurderRatio = 2, murderRatio = 1.795)");
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
    Run json = psp("evidence", "--format", "json");
    Run explain = psp("explain", "REENTRY", "--site", "memphis-tn", "--format", "json");

    assertThat(text.exit()).isZero();
    assertThat(text.out()).startsWith("REENTRY: mixed: CrimeSolutions: Promising — practice, from a meta-analysis; outcome: ")
        .contains("  - none: Not rated (meta-analysis of RCTs, null) (randomized trial)", "    source: ");
    assertThat(new ObjectMapper().readTree(json.out()).get("strategies")).hasSize(Strategy.values().length);
    JsonNode evidence = new ObjectMapper().readTree(explain.out()).get("results").get(0).get("evidence");
    assertThat(evidence.get("summary").asText()).startsWith("mixed: CrimeSolutions: Promising")
        .contains("no effect found in: randomized trial");
    assertThat(evidence.get("sources")).hasSize(2);
  }

  @Test
  void rulesListsEveryRuleInForceAsTextAndJson() throws Exception {
    Run text = psp("rules");
    Run json = psp("rules", "--rules", RULE_AUTHOR.resolve("rules").toString(), "--format", "json");

    assertThat(text.out()).contains("Eligible for PSP", "  org/psp/rules/policy/10-eligibility.drl:", "stage eligibility, default");
    JsonNode rules = new ObjectMapper().readTree(json.out()).get("rules");
    assertThat(rules).anySatisfy(r -> {
      assertThat(r.get("name").asText()).isEqualTo("Grant assistance: small eligible site");
      assertThat(r.get("origin").asText()).isEqualTo("added");
      assertThat(r.get("stage").asText()).isEqualTo("strategies");
      assertThat(r.get("strategies").get(0).asText()).isEqualTo("GRANT_ASSISTANCE");
    });
    assertThat(rules).anySatisfy(r -> {
      assertThat(r.get("name").asText()).isEqualTo("Federal prosecution: gun violence at an eligible site");
      assertThat(r.get("settings").get(0).asText()).isEqualTo("federalProsecutionFirearmShare");
      assertThat(r.get("origin").asText()).isEqualTo("default");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"advise", "explain", "test", "rules"})
  void disableRemovesARuleInEveryCommandAndAnUnknownNameIsAUsageErrorWithTheNearest(String command) throws Exception {
    List<String> args = new ArrayList<>(List.of(command));
    if (command.equals("explain")) {
      args.add("VICTIM_SERVICES");
    } else if (command.equals("test")) {
      args.addAll(List.of(RULE_AUTHOR.resolve("scenarios").toString(), "--rules", RULE_AUTHOR.resolve("rules").toString()));
    }
    List<String> disabled = new ArrayList<>(args);
    disabled.addAll(List.of("--disable", "Victim services: eligible site without a victim services program"));
    List<String> misspelt = new ArrayList<>(args);
    misspelt.addAll(List.of("--disable", "Victim services: eligible site without a victim service program"));

    Run run = psp(disabled.toArray(String[]::new));
    Run typo = psp(misspelt.toArray(String[]::new));

    assertThat(run.out()).doesNotContain("Victim services: eligible site without a victim services program");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("--disable: no rule is named \"Victim services: eligible site without a victim service "
        + "program\"; did you mean \"Victim services: eligible site without a victim services program\"?");
  }
}
