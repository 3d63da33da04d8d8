package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.examples.cli.PspProcess.Run;

/**
 * CONTRIBUTING.md's "Add a strategy", done in a temporary copy: a strategy that is not in the
 * library (illustrative: {@code EXAMPLE_STRATEGY}, with an illustrative evidence row) gets its enum
 * entry, its rule and its evidence row, and the real psp, otherwise the build's own psp.jar unchanged,
 * picks it up everywhere: {@code psp rules} (from the rule's {@code @proposes}), {@code explain},
 * {@code advise --format json} (core area, leads, evidence), {@code evidence} and the report.
 *
 * <p>What a test cannot do, and how it stands in: the changed enum is compiled here and put before
 * psp.jar on the class path (the build would compile it into psp-model); the changed .drl file is
 * given with {@code --rules}, so it is compiled when psp starts, with the classic compiler, and its
 * rules are listed as added (the build would compile it into the default rules' executable model,
 * whose metadata {@code RuleMetadataTest} checks). The other two files of the walk-through, the rule's
 * test and the README's row, are held by tests of their own ({@code DefaultPolicyCompletenessTest},
 * {@code StrategyTableTest}), which fail until they are written.
 */
class AddAStrategyIT {
  /** The project's folder, from this module's (where Maven runs its tests). */
  private static final Path PROJECT = Path.of("..");
  private static final String STRATEGY = "EXAMPLE_STRATEGY";
  private static final String RULE = "Example strategy: low community trust (illustrative)";
  private static final String COMMUNITY_DRL = "40-community-engagement.drl";
  /** Seconds: the first site of a cold JVM also loads and compiles the rules. */
  private static final String COLD_START_LIMIT = "120";

  @TempDir static Path copy;
  private static Path classes;
  private static Path policy;

  /** The walk-through's changes, in a copy of the three files it changes that the build compiles or bundles. */
  @BeforeAll
  static void addTheStrategy() throws IOException {
    // 1. The enum entry, before the last constant's, so that no existing strategy changes its place.
    String enumSource = Files.readString(PROJECT.resolve("psp-model/src/main/java/org/psp/model/Strategy.java"));
    String last = "  /** Coordination across the agencies of a region. */";
    assertThat(enumSource).contains(last);
    Path sources = Files.createDirectories(copy.resolve("src/org/psp/model"));
    Files.writeString(sources.resolve("Strategy.java"), enumSource.replace(last,
        "  /** Illustrative: a strategy added by CONTRIBUTING.md's walk-through. */\n"
            + "  " + STRATEGY + "(CoreArea.COMMUNITY_ENGAGEMENT, false, Agency.BJA),\n" + last));
    classes = Files.createDirectories(copy.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
        "-nowarn", sources.resolve("Strategy.java").toString());
    assertThat(compiled).as("javac of the changed Strategy.java").isZero();

    // 2. Its rule, in the .drl file of its core area. Given with --rules, the file is a package of its
    // own beside the default rules' (its rules replace theirs by name), not merged into theirs.
    policy = Files.createDirectories(copy.resolve("policy"));
    String drl = Files.readString(PROJECT.resolve("psp-rules/src/main/resources/org/psp/rules/policy/" + COMMUNITY_DRL))
        .replace("package org.psp.rules.policy;", "package org.psp.walkthrough;");
    assertThat(drl).contains("package org.psp.walkthrough;");
    Files.writeString(policy.resolve(COMMUNITY_DRL), drl + """

        // Illustrative: an eligible site with low community trust.
        rule "%s"
            @proposes(%s)
            ruleflow-group "strategies"
        when
            $a : Assessment( hasCondition( Condition.LOW_COMMUNITY_TRUST ) )
            Eligible()
        then
            insert( new Proposal( $a, Strategy.%s, "illustrative: the site reports low community trust" ) );
        end
        """.formatted(RULE, STRATEGY, STRATEGY));

    // 3. Its evidence row, in the table the library bundles (the build copies data/evidence/evidence.csv).
    Path evidence = Files.createDirectories(classes.resolve("org/psp/model")).resolve("evidence.csv");
    Files.writeString(evidence, Files.readString(PROJECT.resolve("data/evidence/evidence.csv"), StandardCharsets.UTF_8)
        + STRATEGY + ",none,no rating found,none found,Illustrative outcome,Illustrative source of the walk-through,"
        + "https://example.org/walk-through,Illustrative: no study; a row for the walk-through's strategy.,unclear\n",
        StandardCharsets.UTF_8);
  }

  /**
   * {@code java -cp CHANGED:psp.jar org.psp.examples.cli.Psp ARGS...}: a plain JVM, without the
   * launcher's class-data archive (made for the unchanged classes), so a command that advises is given
   * a time limit that a cold start on a busy machine cannot reach. With the launcher's options for a
   * short run (the serial collector, C1 alone), which start soonest.
   */
  private static Run psp(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", classes + File.pathSeparator + System.getProperty("psp.jar", "target/psp.jar"), Psp.class.getName()));
    command.addAll(List.of(args));
    return PspProcess.run(command, Map.of());
  }

  private static Path sites() throws IOException {
    return Files.writeString(copy.resolve("sites.json"), """
        { "sites": [ { "id": "trust-city", "name": "Trust City (illustrative)", "state": "OH", "population": 200000,
          "conditions": [ "LOW_COMMUNITY_TRUST" ],
          "statistics": [ { "year": 2019, "murders": 40, "rapes": 200, "robberies": 900, "aggravatedAssaults": 2000 } ] } ] }
        """);
  }

  @Test
  void theRulesListTheNewStrategyFromTheRulesMetadata() throws Exception {
    Run run = psp("rules", "--rules", policy.toString(), "--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode rule = StreamSupport.stream(new ObjectMapper().readTree(run.out()).get("rules").spliterator(), false)
        .filter(r -> r.get("name").asText().equals(RULE)).findFirst().orElseThrow();
    assertThat(rule.get("strategies").toString()).isEqualTo("[\"" + STRATEGY + "\"]");
    assertThat(rule.get("stage").asText()).isEqualTo("strategies");
    assertThat(rule.get("file").asText()).endsWith(COMMUNITY_DRL);
  }

  @Test
  void theAdviceRecommendsItWithItsCoreAreaLeadsAndEvidence() throws Exception {
    Run run = psp("advise", "--sites", sites().toString(), "--rules", policy.toString(), "--format", "json",
        "--time-limit", COLD_START_LIMIT);

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode recommendation = StreamSupport.stream(new ObjectMapper().readTree(run.out()).get("results").get(0)
        .get("recommendations").spliterator(), false).filter(r -> r.get("strategy").asText().equals(STRATEGY))
        .findFirst().orElseThrow();
    assertThat(recommendation.get("coreArea").asText()).isEqualTo("COMMUNITY_ENGAGEMENT");
    assertThat(recommendation.get("leadPartners").toString()).isEqualTo("[\"BJA\"]");
    assertThat(recommendation.get("rules").toString()).isEqualTo("[\"" + RULE + "\"]");
    assertThat(recommendation.toString()).contains("Illustrative outcome");
  }

  @Test
  void explainNamesItsRuleAndItsCondition() throws Exception {
    Run run = psp("explain", STRATEGY, "--sites", sites().toString(), "--rules", policy.toString(), "--format", "json",
        "--time-limit", COLD_START_LIMIT);

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode result = new ObjectMapper().readTree(run.out()).get("results").get(0);
    assertThat(result.get("recommended").asBoolean()).isTrue();
    // Every rule that can propose it: the new one, and the default one that keeps any ACTIVE intervention.
    assertThat(StreamSupport.stream(result.get("rules").spliterator(), false).map(r -> r.get("rule").asText()))
        .containsExactlyInAnyOrder(RULE, "Active intervention: an eligible site keeps what it carries out");
    JsonNode rule = StreamSupport.stream(result.get("rules").spliterator(), false)
        .filter(r -> r.get("rule").asText().equals(RULE)).findFirst().orElseThrow();
    assertThat(rule.get("fired").asBoolean()).isTrue();
    assertThat(rule.get("conditions").get(0).get("text").asText()).contains("LOW_COMMUNITY_TRUST");
  }

  @Test
  void theEvidenceAndTheReportShowIt() throws Exception {
    Run evidence = psp("evidence", STRATEGY);
    Path html = copy.resolve("report.html");
    Run report = psp("report", "--sites", sites().toString(), "--rules", policy.toString(), "--out", html.toString(),
        "--time-limit", COLD_START_LIMIT);

    assertThat(evidence.exit()).as(evidence.err()).isZero();
    assertThat(evidence.out()).contains(STRATEGY, "https://example.org/walk-through");
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(Files.readString(html)).contains(STRATEGY, RULE);
  }
}
