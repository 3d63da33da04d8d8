package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.examples.cli.PspProcess.psp;
import static org.psp.examples.cli.PspProcess.pspReading;
import static org.psp.examples.cli.PspProcess.pspWritingTo;
import static org.psp.examples.cli.PspProcess.run;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psp.examples.cli.PspProcess.Run;

/**
 * Input a user did not mean, or an attacker did: devices, bytes that are not UTF-8, control
 * characters, numbers JSON allows and a site cannot have. The real psp.jar must end, in time, with a
 * message and an exit code, never a stack trace or a hang.
 */
class HostileInputIT {
  private static final String CITY = """
      { "id": "x-city", "name": "%s", "state": "OH", "population": 100000,
        "statistics": [ { "year": 2019, "murders": %s, "rapes": 80, "robberies": 300, "aggravatedAssaults": 600 } ] }""";

  private static Path sites(Path dir, String name, String murders) throws Exception {
    return Files.writeString(dir.resolve("sites.json"), "{ \"sites\": [" + CITY.formatted(name, murders) + "] }");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void anEndlessDeviceAsTheSiteFileIsRefusedNotReadForever() throws Exception {
    Run run = psp("advise", "--sites", "/dev/zero");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("/dev/zero: malformed JSON at line 1, column 2");
    run.hasNoStackTrace();
  }

  /** Random bytes end in one problem or another, whichever the first bytes make: never a hang or a trace. */
  @Test
  @EnabledOnOs(OS.LINUX)
  void endlessRandomBytesAreRefusedNotReadForever() throws Exception {
    Run sites = psp("advise", "--sites", "/dev/urandom");
    Run settings = psp("advise", "--settings", "/dev/urandom");

    assertThat(sites.exit()).isEqualTo(1);
    assertThat(sites.err()).contains("/dev/urandom", "0 sites advised");
    assertThat(settings.exit()).isEqualTo(1);
    assertThat(settings.err()).contains("/dev/urandom is larger than 65536 bytes, the most a settings file may have");
    sites.hasNoStackTrace();
    settings.hasNoStackTrace();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aPipeFedWithoutEndIsReadOnlyAsFarAsItMakesSense(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("yes.fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    // As `yes > fifo` would: lines of "y" until the reader goes away.
    Thread yes = new Thread(() -> {
      byte[] lines = "y\n".repeat(4096).getBytes(StandardCharsets.US_ASCII);
      try (OutputStream out = Files.newOutputStream(fifo)) {
        while (true) {
          out.write(lines);
        }
      } catch (IOException readerGone) {
        // psp has stopped reading: the pipe is broken, as it should be
      }
    }, "yes");
    yes.setDaemon(true);
    yes.start();

    Run run = psp("advise", "--sites", fifo.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(fifo + ": malformed JSON at line 1, column 1: Unrecognized token 'y'");
    run.hasNoStackTrace();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void anEndlessDeviceAsSettingsIsRefusedAtTheLimit() throws Exception {
    Run run = psp("advise", "--settings", "/dev/zero");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("/dev/zero is larger than");
    run.hasNoStackTrace();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aScenarioOrARuleFileThatIsAnEndlessDeviceIsRefusedAtTheLimit(@TempDir Path dir) throws Exception {
    Path rules = Files.createDirectory(dir.resolve("rules"));
    Files.createSymbolicLink(rules.resolve("zero.drl"), Path.of("/dev/zero"));

    Run scenario = psp("test", "/dev/zero");
    Run rule = psp("validate", rules.toString());
    Files.delete(rules.resolve("zero.drl")); // a link out of the temporary folder, which JUnit warns of

    assertThat(scenario.exit()).isEqualTo(1);
    assertThat(scenario.out() + scenario.err())
        .contains("(/dev/zero)", "is larger than 1048576 bytes, the most a scenario file may have");
    assertThat(rule.exit()).isEqualTo(1);
    assertThat(rule.out() + rule.err())
        .contains(rules.resolve("zero.drl") + ":0:0: is not a file but a device, a pipe or a broken link");
    scenario.hasNoStackTrace();
    rule.hasNoStackTrace();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void anOutputThatCannotBeWrittenIsAnErrorNotASilentSuccess() throws Exception {
    Run run = pspWritingTo(new File("/dev/full"), "advise");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("standard output could not be written");
    run.hasNoStackTrace();
  }

  /** Every command that writes results, to a full disk and to a standard output that is closed. */
  @ParameterizedTest
  @ValueSource(strings = {"sites", "validate rule-author/rules",
      "test rule-author/scenarios --rules rule-author/rules", "evidence", "rules"})
  @EnabledOnOs(OS.LINUX)
  void noCommandLosesItsOutputWithoutAWord(String command) throws Exception {
    Run full = pspWritingTo(new File("/dev/full"), command.split(" "));
    // The shell runs psp with its standard output closed: "exec COMMAND >&-".
    List<String> closedOutput = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" >&-", "sh"));
    closedOutput.addAll(PspProcess.launcher(command.split(" ")));
    Run closed = run(closedOutput, PspProcess.JAVA_HOME);

    for (Run run : List.of(full, closed)) {
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err()).contains("psp: standard output could not be written");
      run.hasNoStackTrace();
    }
  }

  @Test
  void aByteOrderMarkIsSkippedAndLatin1IsNamedByItsByte(@TempDir Path dir) throws Exception {
    Path file = sites(dir, "Caf\u00e9 City (illustrative)", "20");
    byte[] text = Files.readAllBytes(file);
    byte[] withMark = new byte[text.length + 3];
    withMark[0] = (byte) 0xef;
    withMark[1] = (byte) 0xbb;
    withMark[2] = (byte) 0xbf;
    System.arraycopy(text, 0, withMark, 3, text.length);
    Path marked = Files.write(dir.resolve("marked.json"), withMark);
    Path latin1 = Files.write(dir.resolve("latin1.json"), Files.readString(file).getBytes(StandardCharsets.ISO_8859_1));

    Run good = psp("advise", "--sites", marked.toString());
    Run bad = psp("advise", "--sites", latin1.toString());

    assertThat(good.exit()).isZero();
    assertThat(good.out()).contains("Caf\u00e9 City (illustrative), OH (x-city)");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("is not UTF-8 text: byte ", "save the file as UTF-8");
    bad.hasNoStackTrace();
  }

  @Test
  void controlCharactersFromASiteFileAreShownEscaped(@TempDir Path dir) throws Exception {
    Run run = psp("advise", "--sites", sites(dir, "Red\\u001b[31m City\\r\\nRecommendations: none", "20").toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).doesNotContain("\u001b", "\r").contains("Red\\u001b[31m City\\u000d\\u000aRecommendations: none");
  }

  @Test
  void anIdThatWouldForgeAnErrorLineIsShownEscapedInItsOwnError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("sites.json"), "{ \"sites\": [" + CITY.formatted("Forger (illustrative)", "20")
        .replace("\"x-city\"", "\"a\\nerror: forged\\u001b[31m\"") + "] }");

    Run run = psp("advise", "--sites", file.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("\u001b", "\nerror: forged")
        .contains("id: must be a lowercase slug of a-z, 0-9 and - but was \"a\\u000aerror: forged\\u001b[31m\"",
            "1 error in 1 site; 0 sites advised");
    run.hasNoStackTrace();
  }

  /**
   * Numbers JSON allows and a site cannot have, a site each, in one file: 2.5 murders and 1e400 are
   * refused with their site and field, 2e1 is the whole number it says, and a number of 100,000 digits
   * is said in the project's words (not the parser's "a string longer than 65536 characters"), naming
   * its site by its place and its field; the parser cannot read on past it, and says so. Text and JSON.
   */
  @Test
  void aNumberNoSiteCanHaveIsAProblemNamingTheField(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("numbers.json"), "{ \"sites\": [" + String.join(",\n",
        CITY.formatted("Fraction City (illustrative)", "2.5").replace("x-city", "fraction-city"),
        CITY.formatted("Huge City (illustrative)", "1e400").replace("x-city", "huge-city"),
        CITY.formatted("Whole City (illustrative)", "2e1").replace("x-city", "whole-city"),
        CITY.formatted("Digits City (illustrative)", "1".repeat(100_000)).replace("x-city", "digits-city")) + "] }");

    Run text = psp("advise", "--sites", file.toString());
    Run json = psp("advise", "--sites", file.toString(), "--format", "json");

    String digits = "a number of 100,000 digits, more than the 100 a number may have (line 8, column ";
    assertThat(text.exit()).isEqualTo(1);
    assertThat(text.err()).contains("error: fraction-city: statistics[0].murders: ", "error: huge-city: statistics[0].murders: ",
        "error: sites[3]: statistics[0].murders: " + digits, "; the file is read no further")
        .doesNotContain("string", "65536", "Constraints");
    assertThat(text.out()).contains("Whole City (illustrative), OH (whole-city)").doesNotContain("(digits-city)");
    assertThat(json.exit()).isEqualTo(1);
    JsonNode document = json(json);
    assertThat(document.get("results")).extracting(r -> r.get("site").asText()).containsExactly("whole-city");
    assertThat(document.get("errors")).anySatisfy(error -> {
      assertThat(error.get("site").asText()).isEqualTo("sites[3]");
      assertThat(error.get("path").asText()).isEqualTo("statistics[0].murders");
      assertThat(error.get("message").asText()).startsWith(digits);
    });
    text.hasNoStackTrace();
    json.hasNoStackTrace();
  }


  @Test
  @EnabledOnOs(OS.LINUX)
  void standardInputIsASiteFileLikeAnyOtherBoundedAsAnyOther(@TempDir Path dir) throws Exception {
    Path file = sites(dir, "Stdin City (illustrative)", "20");

    Run read = pspReading(file.toFile(), "advise", "--sites", "/dev/stdin");
    Run endless = pspReading(new File("/dev/zero"), "advise", "--sites", "/dev/stdin");

    assertThat(read.exit()).isZero();
    assertThat(read.out()).contains("Stdin City (illustrative), OH (x-city) in 2019");
    assertThat(endless.exit()).isEqualTo(1);
    assertThat(endless.err()).contains("/dev/stdin: malformed JSON at line 1, column 2: a control character (code 0): "
        + "only regular white space", "0 sites advised").doesNotContain("CTRL-CHAR");
    endless.hasNoStackTrace();
  }

  /**
   * Values JSON allows that a site means otherwise: each refused with its site, field and value, or
   * taken as it means, and the other sites advised.
   */
  @Test
  void nearMissesAreRefusedOrTakenAsTheyMean(@TempDir Path dir) throws Exception {
    String year = "\"statistics\": [ { \"year\": 2019, \"murders\": 20, \"rapes\": 80, \"robberies\": 300, "
        + "\"aggravatedAssaults\": 600 } ]";
    Path file = Files.writeString(dir.resolve("near-misses.json"), "{ \"sites\": ["
        + "{ \"id\": \"exponent\", \"name\": \"A\", \"state\": \"OH\", \"population\": 1e5, " + year + " },"
        + "{ \"id\": \"null-commitment\", \"name\": \"B\", \"state\": \"OH\", \"population\": 100000, "
        + "\"commitment\": null, " + year + " },"
        + "{ \"id\": \"early-start\", \"name\": \"C\", \"state\": \"OH\", \"population\": 100000, "
        + "\"engagements\": [ { \"cohort\": 2019, \"start\": \"2018-06-01\" } ], " + year + " },"
        + "{ \"id\": \"since-2099\", \"name\": \"D\", \"state\": \"OH\", \"population\": 100000, "
        + "\"interventions\": [ { \"strategy\": \"REENTRY\", \"status\": \"ACTIVE\", \"since\": 2099 } ], " + year + " }"
        + "] }");
    Path settings = Files.writeString(dir.resolve("twice.properties"), "eligibilityRatio=1.5\neligibilityRatio=2.0\n");
    Path years = Files.writeString(dir.resolve("years.properties"), "immigrationCooperationLastYear=2010\n");

    Run run = psp("advise", "--sites", file.toString());
    Run twice = psp("advise", "--sites", file.toString(), "--settings", settings.toString());
    Run early = psp("advise", "--sites", file.toString(), "--settings", years.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(
        "error: null-commitment: commitment: must be true or false (or left out when not recorded) but was null",
        "error: early-start: engagements[0].start: must not be before the cohort year 2019",
        "2 errors in 2 sites; 2 sites advised");
    // 1e5 is a whole number; an intervention "since" 2099 is not yet under way in 2019.
    assertThat(run.out()).contains("A, OH (exponent) in 2019", "Violent crime: 1,000.0 per 100,000");
    assertThat(run.out().substring(run.out().indexOf("D, OH (since-2099) in 2019")))
        .contains("ESTABLISH REENTRY").doesNotContain("STRENGTHEN REENTRY");
    assertThat(twice.exit()).isEqualTo(1);
    assertThat(twice.err()).contains(settings + ":2: eligibilityRatio is set again (first on line 1)");
    assertThat(twice.out()).isEmpty();
    // The first year is the default's: the problem is said at the line of the setting the file gives.
    assertThat(early.exit()).isEqualTo(1);
    assertThat(early.err()).contains(years + ":1: immigrationCooperationFirstYear must be at most immigrationCooperationLastYear "
        + "(2010) but was 2017", "1 problem in the settings file; nothing was advised with it");
    run.hasNoStackTrace();
    twice.hasNoStackTrace();
    early.hasNoStackTrace();
  }

  @Test
  void aScenarioFileThatIsNotJsonIsToldInPlainWords(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("nan.scenario.json"), "{ \"name\": \"x\", \"year\": NaN }");
    Files.writeString(dir.resolve("unclosed.scenario.json"), "{ \"name\": \"x\", \"expect\": { \"recommend\": [ } }");

    Run run = psp("test", dir.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(
        "malformed JSON at line 1, column 27: NaN and Infinity are not JSON numbers",
        "malformed JSON at line 1, column 43: Unexpected close marker '}': expected ']' (for the array that starts at line 1, column 41)")
        .doesNotContain("JsonReadFeature", "Source:", "REDACTED");
    run.hasNoStackTrace();
  }

  @Test
  void aFileWithNoSiteSaysSo(@TempDir Path dir) throws Exception {
    Run run = psp("advise", "--sites", Files.writeString(dir.resolve("empty.json"), "{ \"sites\": [] }").toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("empty.json has no site: nothing to advise");
  }

  private static final String RULE_HEADER = """
      package org.psp.test.hostile;
      import org.psp.model.Strategy;
      import org.psp.rules.facts.Assessment;
      import org.psp.rules.facts.Proposal;
      """;

  @Test
  void aRuleThatRunsPastTheTimeLimitIsNamedAndTheOtherSitesAreAdvised(@TempDir Path dir) throws Exception {
    Path rules = Files.writeString(dir.resolve("slow.drl"), RULE_HEADER + """
        rule "Waits on Baltimore"
        when
            $a : Assessment( siteId == "baltimore-md" )
        then
            Thread.sleep( 60000 );
        end
        """);

    Run run = psp("advise", "--rules", rules.toString(), "--time-limit", "0.5", "--trusted-rules");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("error: baltimore-md: rule \"Waits on Baltimore\" (" + rules + ":5) was still running "
        + "when the time limit of 500 ms passed");
    assertThat(run.out()).doesNotContain("(baltimore-md)").contains("(anniston-al)");
    run.hasNoStackTrace();
  }

  @Test
  void aConsequenceThatNeverReturnsEndsPspWithTheRulesName(@TempDir Path dir) throws Exception {
    Path rules = Files.writeString(dir.resolve("stuck.drl"), RULE_HEADER + """
        rule "Spins for ever"
        when
            $a : Assessment()
        then
            while ( System.nanoTime() != 0 ) { }
        end
        """);

    Run run = psp("advise", "--rules", rules.toString(), "--time-limit", "0.3", "--trusted-rules");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("rule \"Spins for ever\" (" + rules + ":5) did not stop when the time limit of "
        + "300 ms passed");
    run.hasNoStackTrace();
  }

  @Test
  void aTimeLimitOfNothingIsAUsageError() throws Exception {
    Run run = psp("advise", "--time-limit", "0");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--time-limit must be more than 0 and at most 86400 seconds (a day) but was 0.0");
  }

  @Test
  void foldersGivenAsLinksAreFollowedAndALinkLoopIsNamed(@TempDir Path dir) throws Exception {
    Path authorRules = Path.of("rule-author/rules").toAbsolutePath();
    Path scenarios = Files.createSymbolicLink(dir.resolve("scenarios"), Path.of("rule-author/scenarios").toAbsolutePath());
    Path rules = Files.createDirectory(dir.resolve("rules"));
    Files.createSymbolicLink(rules.resolve("linked"), authorRules);
    Path looping = Files.createDirectory(dir.resolve("looping"));
    Files.copy(authorRules.resolve("local-policy.drl"), looping.resolve("LOCAL-POLICY.DRL"));
    Files.createSymbolicLink(looping.resolve("back"), looping);

    Run linked = psp("test", scenarios.toString(), "--rules", rules.toString());
    Run loop = psp("validate", looping.toString());
    Files.delete(scenarios); // links out of the temporary folder, which JUnit warns of
    Files.delete(rules.resolve("linked"));

    assertThat(linked.exit()).isZero();
    assertThat(linked.out().strip()).endsWith("4 passed, 0 failed");
    assertThat(loop.exit()).isEqualTo(1);
    assertThat(loop.err() + loop.out()).contains(looping + ":0:0: the symbolic link " + looping.resolve("back")
        + " leads back to a folder above it");
    loop.hasNoStackTrace();
  }

  @Test
  void twoIdenticalBrokenFilesAreBothReported(@TempDir Path dir) throws Exception {
    String broken = RULE_HEADER + """
        rule "Broken"
        when
            $a : Assessment( firearmShar > 0 )
        then
        end
        """;
    Path first = Files.writeString(dir.resolve("a.drl"), broken);
    Path second = Files.writeString(dir.resolve("b.drl"), broken);

    Run run = psp("validate", dir.toString());

    assertThat(run.exit()).isEqualTo(1);
    // The second file's rule is not compiled, since its name is taken: its problem is that name.
    assertThat(run.out() + run.err()).contains(first + ":7:22: unknown field \"firearmShar\"",
        second + ":5:1: rule \"Broken\" is also defined at " + first + ":5").doesNotContain("Duplicate rule name");
  }

  /** The stdout of {@code run} as JSON: it must be one whole document. */
  private static JsonNode json(Run run) throws IOException {
    JsonNode document = new ObjectMapper().readTree(run.out());
    assertThat(document).as("one JSON document on stdout").isNotNull();
    return document;
  }

  /**
   * Errors of every kind from added rules, each on a site of its own, in one run: each is that site's
   * error naming its rule (or function) and what happened, every other site is advised, no trace.
   */
  @Test
  void anErrorFromARuleIsItsSitesAloneAndNamedWithoutATrace(@TempDir Path dir) throws Exception {
    Path rules = Files.writeString(dir.resolve("errors.drl"), RULE_HEADER + """
        function int deeper( int n ) { return deeper( n + 1 ) + 1; }
        function boolean endless( int n ) { return endless( n + 1 ); }
        rule "Recurses on Birmingham"
        when
            $a : Assessment( siteId == "birmingham-al" )
        then
            deeper( 0 );
        end
        rule "Asserts on Memphis"
        when
            $a : Assessment( siteId == "memphis-tn" )
        then
            throw new AssertionError( "never here" );
        end
        rule "Wants all the memory on Toledo"
        when
            $a : Assessment( siteId == "toledo-oh" )
        then
            long[] all = new long[ Integer.MAX_VALUE ];
        end
        rule "Recursive condition on Buffalo"
        when
            $a : Assessment( siteId == "buffalo-ny" )
            eval( endless( 0 ) )
        then
        end
        """);

    Run run = psp("advise", "--rules", rules.toString(), "--format", "json");

    assertThat(run.exit()).isEqualTo(1);
    JsonNode json = json(run);
    assertThat(json.get("results")).hasSize(35); // the 39 bundled sites but the four that meet an error
    assertThat(json.get("errors")).extracting(e -> e.get("site").asText() + ": " + e.get("message").asText())
        .containsExactlyInAnyOrder(
            "birmingham-al: rule \"Recurses on Birmingham\" (" + rules + ":7) failed in its consequence (after \"then\") "
                + "in function deeper(): StackOverflowError: the calls went too deep (a function or method that calls "
                + "itself without end?)",
            "memphis-tn: rule \"Asserts on Memphis\" failed in its consequence at " + rules + ":17: "
                + "AssertionError: never here",
            "toledo-oh: rule \"Wants all the memory on Toledo\" failed in its consequence at " + rules + ":23: "
                + "it ran out of memory (OutOfMemoryError: Requested array size exceeds VM limit); the other "
                + "sites are advised as usual",
            "buffalo-ny: function endless(), called by rule \"Recursive condition on Buffalo\" (" + rules + ":25) in its "
                + "condition eval( endless( 0 ) ) (line 28), failed: StackOverflowError: the calls went too deep (a function "
                + "or method that calls itself without end?)");
    assertThat(run.err()).contains("4 errors in 4 sites; 35 sites advised");
    run.hasNoStackTrace();
  }

  /** Every way advise, explain and rules can fail still prints one JSON document, with its errors. */
  @Test
  void jsonIsOneDocumentWithErrorsOnEveryExitPath(@TempDir Path dir) throws Exception {
    Path settings = Files.writeString(dir.resolve("bad.properties"), "eligibilityRatio=x\n");
    Path broken = Files.writeString(dir.resolve("broken.drl"), "rule \"x\" when then");
    List<List<String>> commands = List.of(
        List.of("advise", "--sites", dir.resolve("missing.json").toString()),
        List.of("advise", "--settings", settings.toString()),
        List.of("advise", "--rules", broken.toString()),
        List.of("advise", "--disable", "No such rule\u001b[31m"),
        List.of("explain", "REENTRY", "--sites", dir.resolve("missing.json").toString()),
        List.of("rules", "--rules", broken.toString()));
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--format", "json"));

      Run run = psp(args.toArray(String[]::new));

      assertThat(run.exit()).as(String.join(" ", command)).isIn(1, 2);
      JsonNode json = json(run);
      assertThat(json.get(command.get(0).equals("rules") ? "rules" : "results")).as(String.join(" ", command)).isEmpty();
      assertThat(json.get("errors")).as(String.join(" ", command)).isNotEmpty()
          .allSatisfy(e -> assertThat(e.get("message").asText()).isNotBlank().doesNotContain("\u001b"));
      run.hasNoStackTrace();
    }
  }

  @Test
  void ruleFilesAreBoundedBeforeTheParserAndMayNotReachOutsideTheFacts(@TempDir Path dir) throws Exception {
    Path deep = Files.writeString(dir.resolve("deep.drl"), RULE_HEADER + "rule \"Deep\"\nwhen\n    $a : Assessment( "
        + "population > " + "(".repeat(300) + "1" + ")".repeat(300) + " )\nthen\nend\n");
    StringBuilder terms = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      terms.append(i == 0 ? "" : " || ").append("population == ").append(i);
    }
    Path wide = Files.writeString(dir.resolve("wide.drl"), RULE_HEADER.replace("hostile", "wide")
        + "rule \"Wide\"\nwhen\n    $a : Assessment( " + terms + " )\nthen\nend\n");
    Path reach = Files.writeString(dir.resolve("reach.drl"), RULE_HEADER.replace("hostile", "reach") + """
        rule "Reaches out"
        when
            $a : Assessment()
        then
            System.out.println( "not JSON" );
            Runtime.getRuntime().exec( "true" );
            new java.io.File( "x" ).delete();
        end
        """);

    Run run = psp("validate", dir.toString());
    Run trusted = psp("validate", reach.toString(), "--trusted-rules");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out() + run.err()).contains(
        deep + ":7:", "brackets are nested more than 32 deep here",
        wide + ":7:", "more than 1,000 conditions are joined by || or && in this file",
        reach + ":9:5: System reaches outside the rule facts",
        reach + ":10:5: Runtime reaches outside the rule facts",
        reach + ":11:9: java.io.File reaches outside the rule facts", "rules are policy, not programs");
    assertThat(run.out().length() + run.err().length()).as("no 449 KB message").isLessThan(10_000);
    assertThat(trusted.exit()).isZero();
    run.hasNoStackTrace();
  }

  @Test
  void theReportIsWrittenWholeOrNotAtAllAndNeverOverAnInput(@TempDir Path dir) throws Exception {
    Path file = sites(dir, "Report City (illustrative)", "20");
    String input = Files.readString(file);
    Path report = dir.resolve("report.html");

    Run overInput = psp("report", "--sites", file.toString(), "--out", file.toString());
    Run empty = psp("report", "--sites", file.toString(), "--out", "");
    Run noFolder = psp("report", "--sites", file.toString(), "--out", dir.resolve("no/such/report.html").toString());
    Run written = psp("report", "--sites", file.toString(), "--out", report.toString());

    assertThat(overInput.exit()).isEqualTo(2);
    assertThat(overInput.err()).contains("--out " + file + " is an input of the report");
    assertThat(Files.readString(file)).as("the site file is left as it was").isEqualTo(input);
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("--out must name the HTML file to write");
    assertThat(noFolder.exit()).isEqualTo(1);
    assertThat(noFolder.err()).contains("cannot write " + dir.resolve("no/such/report.html") + ": the folder "
        + dir.resolve("no/such") + " does not exist");
    assertThat(written.exit()).isZero();
    assertThat(written.out()).contains("Wrote " + report + ": 1 site").doesNotContain("1 sites");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
          .containsExactlyInAnyOrder("sites.json", "report.html");
    }
    for (Run run : List.of(overInput, empty, noFolder, written)) {
      run.hasNoStackTrace();
    }
  }

  /**
   * A write that fails part way leaves the report there before as it was, byte for byte, and no
   * temporary file: the shell runs psp with a file size limit (ulimit -f, which binds root too) far below
   * the report of the 39 bundled sites, so that the write fails with EFBIG as on a full disk.
   */
  @Test
  @EnabledOnOs(OS.LINUX)
  void aReportWhoseWriteFailsLeavesTheOldReportWhole(@TempDir Path dir) throws Exception {
    Path report = Files.writeString(dir.resolve("report.html"), "<!DOCTYPE html><title>The report of last week</title>\n");
    byte[] old = Files.readAllBytes(report);
    // 256 blocks of 512 bytes (dash's unit; bash's is 1,024): 128 KiB, more than the JVM writes of its own.
    List<String> limited = new ArrayList<>(List.of("sh", "-c", "ulimit -f 256 && exec \"$@\"", "sh"));
    limited.addAll(PspProcess.launcher("report", "--out", report.toString()));

    Run run = run(limited, PspProcess.JAVA_HOME);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("psp report: cannot write " + report + ": File too large; the report there before is "
        + "left as it was");
    assertThat(run.out()).doesNotContain("Wrote");
    assertThat(Files.readAllBytes(report)).as("the old report, byte for byte").isEqualTo(old);
    try (var left = Files.list(dir)) {
      assertThat(left).as("no temporary file left").containsExactly(report);
    }
    run.hasNoStackTrace();
  }

  /** Bidi, zero-width and control characters and a lone surrogate, in a name: shown as \\uXXXX everywhere. */
  @Test
  void spoofingCharactersAreShownEscapedInTextJsonAndHtml(@TempDir Path dir) throws Exception {
    Path file = sites(dir, "Evil\\u202eytic\\u2066 \\u061c\\u200bCity\\u0000 \\ud800 (illustrative)", "20");
    Path bad = Files.writeString(dir.resolve("bad.json"), Files.readString(file).replace("\"x-city\"", "\"x\\u202e-city\""));
    Path report = dir.resolve("report.html");

    Run text = psp("advise", "--sites", file.toString());
    Run json = psp("advise", "--sites", bad.toString(), "--format", "json");
    Run html = psp("report", "--sites", file.toString(), "--out", report.toString());

    String shown = "Evil\\u202eytic\\u2066 \\u061c\\u200bCity\\u0000 \\ud800 (illustrative)";
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains(shown + ", OH (x-city)").doesNotContain("\u202e", "\u2066", "\u061c", "\u200b");
    assertThat(json(json).get("errors").get(0).get("message").asText()).contains("x\\u202e-city");
    assertThat(json.out()).doesNotContain("\u202e");
    assertThat(html.exit()).isZero();
    assertThat(Files.readString(report)).contains(shown).doesNotContain("\u202e", "\u2066", "&#0;", "\ufffd");
  }

  @Test
  void implausibleNumbersAreProblemsNamingTheirValues(@TempDir Path dir) throws Exception {
    Path rates = Files.writeString(dir.resolve("rates.csv"), "year,violent_crime_rate,murder_rate,basis,source,note\n"
        + "2019,1e-320,5.0,first published,illustrative,\n");
    Path tiny = Files.writeString(dir.resolve("tiny.json"), "{ \"sites\": [" + CITY.formatted("Tiny (illustrative)", "20")
        .replace("100000", "10") + "," + CITY.formatted("Fine (illustrative)", "20").replace("x-city", "fine-city") + "] }");

    Run rate = psp("advise", "--sites", tiny.toString(), "--national-rates", rates.toString(), "--format", "json");
    Run site = psp("advise", "--sites", tiny.toString());

    assertThat(rate.exit()).isEqualTo(1);
    assertThat(json(rate).get("errors").toString()).contains("violent_crime_rate must be a number from 50 to 5,000 per "
        + "100,000", "but was \\\"1e-320\\\"");
    assertThat(site.exit()).isEqualTo(1);
    assertThat(site.err()).contains("x-city: statistics[0]: counts 1,000 violent offences in 2019 for 10 residents: "
        + "more offences than residents");
    assertThat(site.out()).contains("(fine-city)").doesNotContain("Infinity");
    rate.hasNoStackTrace();
    site.hasNoStackTrace();
  }

  /** A limit too short for the default rules on this machine is said to be that, not a rule that loops. */
  @Test
  void aTimeLimitTooShortForTheDefaultRulesAccusesNoRule() throws Exception {
    Run run = psp("advise", "--time-limit", "0.000001");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("The default rules do not loop: the limit is shorter than they need on this machine")
        .doesNotContain("probably looping");
    run.hasNoStackTrace();
  }

  @Test
  void scenarioFilesAreReadAsStrictlyAsSiteFiles(@TempDir Path dir) throws Exception {
    String scenario = Files.readString(Path.of("rule-author/scenarios/candidate-below-the-ratio.scenario.json"));
    Files.writeString(dir.resolve("trailing.scenario.json"), scenario + "\n{ \"name\": \"ignored\" }\n");
    Files.writeString(dir.resolve("decimal-year.scenario.json"), scenario.replaceFirst("\\{", "{ \"year\": 2018.0,"));

    Run run = psp("test", dir.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out() + run.err()).contains("trailing content after the closing brace").doesNotContain("year: must be");
    assertThat(run.out().strip()).endsWith("1 passed, 1 failed");
    run.hasNoStackTrace();
  }
}
