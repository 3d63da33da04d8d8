package org.psp.rules.internal.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.Measure;
import org.psp.model.Problem;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Because;
import org.psp.rules.internal.rulebase.GroundNames.Named;
import org.psp.rules.internal.rulebase.GroundNames.Role;
import org.psp.rules.settings.PolicySettings;

/**
 * The figures and settings a rule names to {@link Because} are checked when the rule compiles: a
 * misspelt one is an error at its file, line and column with the nearest known name, for an author's
 * rules and the default ones alike.
 */
class GroundNamesTest {

  /** An author's rules (illustrative policy) whose grounds name a figure and settings. */
  private static final String RULES = """
      package org.psp.test.grounds;

      import org.psp.model.Strategy;
      import org.psp.rules.facts.Assessment;
      import org.psp.rules.facts.Because;
      import org.psp.rules.facts.Proposal;

      rule "Gangs: task force" @proposes(ENFORCEMENT_TASK_FORCE) @reads(taskForceGangShare)
      when
          $a : Assessment( gangShare >= settings.taskForceGangShare )
      then
          insert( new Proposal( $a, Strategy.ENFORCEMENT_TASK_FORCE, Because.atLeast( $a, "gangShar", "taskForceGangShar" ) ) );
      end

      rule "Large sites: peer exchange" @proposes(PEER_EXCHANGE) @reads(minimumPeerPopulation)
      when
          $a : Assessment( nationalRatio >= 1 )
      then
          insert( new Proposal( $a, Strategy.PEER_EXCHANGE,
              Because.atLeast( $a, "population", "minimumPeerPopulation" ), Because.figure( $a, "juvenileShare" ) ) );
      end
      """;

  /** A settings file that declares a setting of its own (illustrative policy): minimumPeerPopulation. */
  private static final Path ADDED_SETTING = Path.of("src/test/resources/settings/minimum-peer-population.properties");

  @Test
  void aMisspeltFigureOrSettingIsAnErrorAtItsPlaceNamingTheNearestOne(@TempDir Path dir) throws IOException {
    Path rules = Files.writeString(dir.resolve("grounds.drl"), RULES);
    PolicySettings settings = PolicySettings.read(ADDED_SETTING);

    List<Problem> problems = StrategyAdvisor.validate(List.of(rules), settings);

    assertThat(problems).extracting(Problem::toString).containsExactly(
        rules + ":12:85: rule \"Gangs: task force\" gives Because.atLeast the figure \"gangShar\", which is no figure; "
            + "did you mean \"gangShare\"?",
        rules + ":12:97: rule \"Gangs: task force\" gives Because.atLeast the setting \"taskForceGangShar\", which no "
            + "settings file declares; did you mean \"taskForceGangShare\"? a new setting is declared in the settings file "
            + "given with the rules (--settings), with a \"# range:\" line above it",
        rules + ":20:91: rule \"Large sites: peer exchange\" gives Because.figure the figure \"juvenileShare\", which is no "
            + "figure; the figures a rule can name are murders, rapes, robberies, aggravatedAssaults, population, firearmShare, "
            + "gangShare, drugShare, nonFatalShootings, homicideClearanceRate, violentCrimeRate, nationalRate, "
            + "nationalRatio, murderRate, nationalMurderRate, murderRatio");
  }

  @Test
  void aSettingNamedOnlyToBecauseIsOneTheRuleReadsFromTheSettingsInForce(@TempDir Path dir) throws IOException {
    String rule = RULES.substring(RULES.indexOf("rule \"Large sites")).replace(", Because.figure( $a, \"juvenileShare\" )", "");
    Path rules = Files.writeString(dir.resolve("peers.drl"), RULES.substring(0, RULES.indexOf("rule \"Gangs")) + rule);
    Path unsaid = Files.writeString(dir.resolve("unsaid.drl"), RULES.substring(0, RULES.indexOf("rule \"Gangs"))
        + rule.replace(" @reads(minimumPeerPopulation)", " @reads()"));
    PolicySettings settings = PolicySettings.read(ADDED_SETTING);

    assertThat(StrategyAdvisor.validate(List.of(rules), settings)).isEmpty();
    assertThat(StrategyAdvisor.validate(List.of(rules))).extracting(Problem::toString).containsExactly(
        rules + ":13:44: rule \"Large sites: peer exchange\" gives Because.atLeast the setting \"minimumPeerPopulation\", "
            + "which no settings file declares; the settings in force are " + String.join(", ", new java.util.TreeSet<>(
                PolicySettings.defaults().asMap().keySet())) + "; a new setting is declared in the settings file given with "
            + "the rules (--settings), with a \"# range:\" line above it");
    assertThat(StrategyAdvisor.validate(List.of(unsaid), settings)).extracting(Problem::toString).containsExactly(
        unsaid + ":13:44: rule \"Large sites: peer exchange\" reads setting minimumPeerPopulation here, but its @reads() "
            + "(line 8) does not name it: add minimumPeerPopulation to @reads, so that the catalog of rules lists it");
  }

  @Test
  void aNameGivenToBecauseByAVariableIsAWarningAtItsPlace(@TempDir Path dir) throws IOException {
    String header = RULES.substring(0, RULES.indexOf("rule \"Gangs"));
    Path rules = Files.writeString(dir.resolve("variable.drl"), header + """
        rule "Gangs: task force" @proposes(ENFORCEMENT_TASK_FORCE) @reads(taskForceGangShare)
        when
            $a : Assessment( gangShare >= settings.taskForceGangShare )
        then
            String figure = "gangShar";
            insert( new Proposal( $a, Strategy.ENFORCEMENT_TASK_FORCE, Because.atLeast( $a, figure, "taskForceGangShare" ) ) );
        end
        """);
    PolicySettings settings = PolicySettings.read(ADDED_SETTING);

    List<Problem> problems = StrategyAdvisor.validate(List.of(rules), settings);

    assertThat(problems).extracting(Problem::toString).containsExactly(rules + ":13:85: warning: rule \"Gangs: task "
        + "force\" gives Because.atLeast its figure by other than a name in quotes, so psp cannot check the name until "
        + "the rule runs, and psp then takes the rules to read every figure, which is slower: write the figure's name in "
        + "quotes, as in \"firearmShare\"");
    assertThat(problems).allSatisfy(p -> assertThat(p.isError()).isFalse());
  }

  @Test
  void aDefaultRuleFileGoesThroughTheSameCheck(@TempDir Path dir) throws IOException {
    String file = "org/psp/rules/policy/30-federal-partnerships.drl";
    String text;
    try (InputStream in = GroundNamesTest.class.getClassLoader().getResourceAsStream(file)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path copy = Files.writeString(dir.resolve("30-federal-partnerships.drl"),
        text.replaceFirst("\"drugShare\"", "\"drugshare\""));

    assertThat(StrategyAdvisor.validate(List.of(copy))).extracting(Problem::toString).containsExactly(copy + ":31:88: rule "
        + "\"Enforcement task force: gang or drug violence at an eligible site\" gives Because.atLeast the figure "
        + "\"drugshare\", which is no figure; did you mean \"drugShare\"?");
  }

  @Test
  void theDefaultRulesNameKnownFiguresAndSettingsInQuotes() {
    List<Named> named = RuleCatalog.defaultTexts().stream().flatMap(text -> GroundNames.in(text).stream()).toList();

    assertThat(named).as("the default rules name figures and settings to Because").hasSizeGreaterThan(10)
        .allSatisfy(n -> assertThat(n.isLiteral()).as("%s in quotes", n).isTrue());
    assertThat(named).filteredOn(n -> n.role() == Role.FIGURE)
        .allSatisfy(n -> assertThat(Measure.named(n.name())).as(n.name()).isPresent());
    assertThat(named).filteredOn(n -> n.role() == Role.SETTING).extracting(Named::name)
        .isSubsetOf(PolicySettings.defaults().asMap().keySet());
  }

  @Test
  void aNameIsReadOnlyWhereBecauseTakesOneAndAsWrittenWhenItIsInQuotes() {
    String text = "Because.atLeast( $a, \"gangShare\", \"taskForceGangShare\" ), Because.words( \"firearmShare\" ), "
        + "Because.requiredIn( $a, \"first\" + \"Year\", \"lastYear\" ), Because.figure( $a, name( \"x, y\" ) )";

    assertThat(GroundNames.in(text)).containsExactly(
        new Named("atLeast", Role.FIGURE, "gangShare", text.indexOf("\"gangShare\"")),
        new Named("atLeast", Role.SETTING, "taskForceGangShare", text.indexOf("\"taskForceGangShare\"")),
        new Named("requiredIn", Role.SETTING, null, text.indexOf(" \"first\"")),
        new Named("requiredIn", Role.SETTING, "lastYear", text.indexOf("\"lastYear\"")),
        new Named("figure", Role.FIGURE, null, text.indexOf(" name(")));
  }

  @Test
  void theMethodsThatTakeNamesAreBecausesOwn() {
    Map<String, Integer> takingNames = new HashMap<>();
    for (Method method : Because.class.getMethods()) {
      List<Class<?>> parameters = Arrays.asList(method.getParameterTypes());
      if (Modifier.isStatic(method.getModifiers()) && !parameters.isEmpty() && parameters.get(0) == Assessment.class
          && parameters.contains(String.class)) {
        assertThat(parameters.subList(1, parameters.size())).as(method.getName()).containsOnly(String.class);
        takingNames.put(method.getName(), parameters.size() - 1);
      }
    }

    assertThat(GroundNames.NAMING).hasSameSizeAs(takingNames);
    GroundNames.NAMING.forEach((method, roles) -> assertThat(roles).as(method).hasSize(takingNames.get(method)));
  }
}
