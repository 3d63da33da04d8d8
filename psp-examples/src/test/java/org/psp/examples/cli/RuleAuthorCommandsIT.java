package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.examples.cli.PspInProcess.pspInProcess;
import static org.psp.examples.cli.PspProcess.psp;
import static org.psp.examples.cli.PspProcess.pspOnce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psp.examples.cli.PspProcess.Run;

/**
 * The rule author's commands run as the real psp process: validate, test, rules, and rules added,
 * replaced or disabled in every command. Each command's path runs as the process at least once (here,
 * or in {@link HostileInputIT}); the cases that only vary its input (other rules, scenarios, settings,
 * a rule disabled) run the same command line in this JVM ({@link PspInProcess}). (Apart from {@link
 * PspCommandLineIT}, so that the two run side by side.)
 */
class RuleAuthorCommandsIT {
  private static final Path CLI = Path.of("src/test/resources/cli");
  private static final Path RULE_AUTHOR = Path.of("rule-author");
  private static final Path BROKEN_RULES = Path.of("../psp-rules/src/test/resources/rules/broken");

  @Test
  void brokenRulesAreReportedAsFileLineColumn() throws Exception {
    Run run = pspInProcess("advise", "--rules", BROKEN_RULES.resolve("unknown-field.drl").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(BROKEN_RULES.resolve("unknown-field.drl") + ":7:17: unknown field \"firearmShar\"");
    run.hasNoStackTrace();
  }

  @Test
  void aConsequenceThatFailsOnEverySiteIsSaidOnceAtTheCallsLine() throws Exception {
    Path file = CLI.resolve("failing-consequence").resolve("failing.drl");

    Run run = pspInProcess("advise", "--rules", file.toString());

    // Was one line per bundled site, each "(failing.drl:9) failed in its consequence (after "then"): IllegalArgumentException: ..."
    assertThat(run.exit()).isEqualTo(1);
    List<String> lines = run.err().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).matches("error: \\d+ sites \\([a-z-]+, [a-z-]+, [a-z-]+ and \\d+ more\\): rule \"Task force: any "
        + "site\" failed in its consequence at " + Pattern.quote(file.toString()) + ":16: a proposal of ENFORCEMENT_TASK_FORCE "
        + "gives as its ground gangShare >= taskForceGangShare 0\\.2, which does not hold \\(the year gives no gangShare\\)");
    int sites = Integer.parseInt(lines.get(0).replaceFirst("error: (\\d+) sites.*", "$1"));
    assertThat(lines.get(1)).isEqualTo(sites + " errors in " + sites + " sites; 0 sites advised");
    run.hasNoStackTrace();
  }

  @Test
  void adviseWithARuleAuthorsRules() throws Exception {
    Run run = psp("advise", "--rules", RULE_AUTHOR.resolve("rules").toString(), "--format", "json");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains(" residents; fewer than 250,000 (local policy)");
  }

  @Test
  void aSettingDeclaredInASettingsFileIsReadByRulesWithNoJava() throws Exception {
    String rules = CLI.resolve("added-setting").toString();
    String settings = CLI.resolve("added-setting.properties").toString();

    Run undeclared = pspInProcess("validate", rules);
    Run declared = pspInProcess("validate", rules, "--settings", settings);
    Run listed = pspInProcess("rules", "--rules", rules, "--settings", settings, "--format", "json");

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
  void aMisspeltFigureOrSettingGivenToBecauseIsAnErrorWhenTheRulesCompile() throws Exception {
    Path rules = CLI.resolve("misspelt-grounds");
    Path file = rules.resolve("grounds.drl");

    Run validated = psp("validate", rules.toString());
    Run advised = pspInProcess("advise", "--rules", rules.toString());
    Run tested = pspInProcess("test", RULE_AUTHOR.resolve("scenarios").toString(), "--rules", rules.toString());

    for (Run run : List.of(validated, advised, tested)) {
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains(
          file + ":14:81: rule \"Gangs: focused deterrence\" gives Because.atLeast the figure \"gangShar\", which is no "
              + "figure; did you mean \"gangShare\"?",
          file + ":22:53: rule \"Few homicides cleared: investigations\" gives Because.below the setting "
              + "\"investigationClearanceRate\", which no settings file declares; did you mean \"investigationsClearanceRate\"?");
      run.hasNoStackTrace();
    }
  }

  @Test
  void pointsGivenOutsideTheRankingStageOrForAMisspeltFactorAreWarningsAtTheCall() throws Exception {
    Path file = CLI.resolve("score-calls").resolve("scoring.drl");

    Run run = pspInProcess("validate", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains(
        file + ":13:5: warning: rule \"Reentry: points while proposing\" gives points towards a rank here, in stage "
            + "\"strategies\"",
        file + ":21:15: warning: rule \"Reentry: evidence, misspelt\" gives points for the factor \"evidance\", which the "
            + "policy does not weigh (capacity, evidence, need); did you mean \"evidence\"?");
    assertThat(run.out()).startsWith("OK: no error, 2 warnings in ");
  }

  @Test
  void validateAcceptsGoodRules() throws Exception {
    Run run = psp("validate", RULE_AUTHOR.resolve("rules").toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("OK: no problem in");
  }

  @Test
  void validateReportsEveryProblemWithItsPosition() throws Exception {
    Run run = pspInProcess("validate", BROKEN_RULES.toString());

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
    Run run = pspInProcess("advise", "--rules", BROKEN_RULES.resolve("looping-rule.drl").toString(), "--sites",
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
    // Baltimore's eligibility in 2017 and 2019, Toledo's and Salisbury's flags, Cincinnati's footnote about
    // arson that is no flag, Davenport's first year, Kansas City's run, the modes of capabilities on record (issue 24).
    Run run = pspInProcess("test", "src/test/resources/scenarios/bundled");

    assertThat(run.exit()).isZero();
    assertThat(run.out().strip()).endsWith("11 passed, 0 failed");
  }

  @Test
  void testNamesEachFailedScenarioWithWhatItExpectedAndGot() throws Exception {
    Run run = pspInProcess("test", RULE_AUTHOR.resolve("scenarios").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(
        "FAIL A city of 200,000 gets grant assistance under the local policy",
        "expected GRANT_ASSISTANCE to be recommended, got [",
        "expected GRANT_ASSISTANCE at priority 3, got no recommendation of it",
        "  why not GRANT_ASSISTANCE:\n    rule \"Grant assistance: small eligible site\" "
            + "(org/psp/rules/policy/30-federal-partnerships.drl:57): failed line 61: population < $p.grantAssistancePopulation"
            + "   (grantAssistancePopulation = 100000, population = 200000)");
    assertThat(run.out().strip()).endsWith("2 passed, 2 failed");
  }

  @Test
  void anInvalidScenarioFileFailsWithItsProblems() throws Exception {
    Run run = pspInProcess("test", CLI.resolve("invalid.scenario.json").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("FAIL (invalid scenario file)", "extra: unknown field \"extra\"; known fields: name, site, "
        + "year, expect",
        "site.name: is required but missing", "expect.recommend[0]: unknown strategy \"SAFE_STREETS\"");
    assertThat(run.out().strip()).endsWith("0 passed, 1 failed");
  }

  @Test
  void aPathWithNoScenarioFileIsAUsageError(@TempDir Path dir) throws Exception {
    Run run = pspInProcess("test", dir.toString());

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

    Run run = pspInProcess("test", dir.toString(), "--coverage");

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
  void rulesListsEveryRuleInForceAsTextAndJson() throws Exception {
    Run text = pspOnce("rules");
    Run json = pspInProcess("rules", "--rules", RULE_AUTHOR.resolve("rules").toString(), "--format", "json");

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
    disabled.addAll(List.of("--disable", "Victim services: eligible site with no victim services program on record"));
    List<String> misspelt = new ArrayList<>(args);
    misspelt.addAll(List.of("--disable", "Victim services: eligible site with no victim service program on record"));

    Run run = pspInProcess(disabled.toArray(String[]::new));
    Run typo = pspInProcess(misspelt.toArray(String[]::new));

    assertThat(run.out()).doesNotContain("Victim services: eligible site with no victim services program on record");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("--disable: no rule is named \"Victim services: eligible site with no victim service "
        + "program on record\"; did you mean \"Victim services: eligible site with no victim services program on record\"?");
  }
}
