package org.psp.rules.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.Advice;
import org.psp.model.InvalidValueException;
import org.psp.model.Problem;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.SiteSpec;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.catalog.Explanation;

/**
 * Settings are data: each is declared once, with its kind, range and meaning, in a settings file; a
 * rule author adds one with a settings file and a .drl file, no Java.
 */
class SettingsAsDataTest {

  /** A rule that reads a setting no Java declares (illustrative policy). */
  private static final String RULE_READING_AN_ADDED_SETTING = """
      package org.psp.test.settings;

      import org.psp.model.Strategy;
      import org.psp.rules.facts.Assessment;
      import org.psp.rules.facts.Proposal;

      // Illustrative: peer exchange for sites of at least minimumPeerPopulation residents.
      rule "Large sites: peer exchange" @proposes(PEER_EXCHANGE) @reads(minimumPeerPopulation)
      when
          $a : Assessment( population >= settings.value( "minimumPeerPopulation" ) )
      then
          insert( new Proposal( $a, Strategy.PEER_EXCHANGE, "illustrative" ) );
      end
      """;

  /** A settings file that declares a setting of its own (illustrative policy): minimumPeerPopulation. */
  private static final Path ADDED_SETTING = Path.of("src/test/resources/settings/minimum-peer-population.properties");

  @Test
  void everyDefaultSettingIsDeclaredInTheDefaultsFileWithItsRangeAndMeaning() {
    List<String> accessors = Arrays.stream(PolicySettings.class.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
        .filter(m -> m.getReturnType() == double.class || m.getReturnType() == int.class)
        .map(Method::getName).toList();

    assertThat(PolicySettings.declarations()).extracting(Setting::name).containsExactlyInAnyOrderElementsOf(accessors);
    assertThat(PolicySettings.declarations()).allSatisfy(s -> assertThat(s.meaning()).isNotBlank());
    assertThat(PolicySettings.declarations()).filteredOn(s -> s.name().equals("eligibilityRatio")).singleElement()
        .satisfies(s -> {
          assertThat(s.range()).isEqualTo("> 0");
          assertThat(s.kind()).isEqualTo(Setting.Kind.NUMBER);
          assertThat(s.meaning()).isEqualTo("Eligibility: R at least this.");
        });
  }

  @Test
  void aNameEndingNowhereSpecialIsASettingLikeAnyOther(@TempDir Path dir) throws IOException {
    // The range was once guessed from the name's ending: "minimumPartners" made loading the settings throw.
    Path file = Files.writeString(dir.resolve("partners.properties"), """
        # Illustrative: how many federal partners a site should have.
        # range: whole number from 0 to 19
        minimumPartners=2
        """);

    PolicySettings settings = PolicySettings.read(file);

    assertThat(settings.value("minimumPartners")).isEqualTo(2.0);
    assertThat(settings.asMap()).containsEntry("minimumPartners", "2");
    assertThat(settings.declared()).last().satisfies(s -> {
      assertThat(s.range()).isEqualTo("from 0 to 19");
      assertThat(s.meaning()).isEqualTo("Illustrative: how many federal partners a site should have.");
    });
  }

  @Test
  void ratiosAreKeptClearOfTheUnboundedNumbersOnlyNotOfSharesWeightsCountsOrYears(@TempDir Path dir) throws IOException {
    // Virginia Beach 2016 is 0.39999× the national rate: printed clear of the firearm share's 0.4 it read
    // "0.399999", a ratio compared with a share no rule compares it with.
    assertThat(PolicySettings.defaults().ratioThresholds()).containsExactly(1.5, 2.0);

    Path file = Files.writeString(dir.resolve("added.properties"), """
        # Illustrative: an added ratio, and a share.
        # range: number > 0
        peerRatio=3
        # range: number from 0 to 1
        peerShare=0.45
        """);
    assertThat(PolicySettings.read(file).ratioThresholds()).containsExactly(1.5, 2.0, 3.0);
  }

  @Test
  void anAddedSettingOutOfItsDeclaredRangeIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.properties"), """
        # range: whole number from 0 to 19
        minimumPartners=20
        # range: number > 0
        peerShare=x
        """);

    assertThatThrownBy(() -> PolicySettings.read(file)).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
            file + ":2: minimumPartners must be from 0 to 19 but was 20",
            file + ":4: peerShare must be a number > 0 but was \"x\""));
  }

  @Test
  void aRangeThatIsNoneOrThatRedeclaresADefaultSettingIsAnErrorAtTheRangeLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("ranges.properties"), """
        # range: between 0 and 1
        peerShare=0.5
        # range: number > 1
        eligibilityRatio=2
        """);

    assertThatThrownBy(() -> PolicySettings.read(file)).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
            file + ":1: \"between 0 and 1\" is no range for setting peerShare; write it as " + Setting.howToDeclare(),
            file + ":3: eligibilityRatio is a setting of the default policy, declared there as a number > 0; "
                + "remove this range line to set its value"));
  }

  @Test
  void anUndeclaredNameWithNoNearOneSaysHowToDeclareASetting(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("undeclared.properties"), "minimumPartners=2\n");

    assertThatThrownBy(() -> PolicySettings.read(file)).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.problems()).extracting(Problem::toString).singleElement().asString()
            .startsWith(file + ":1: unknown setting \"minimumPartners\"; the settings are ")
            .endsWith("; to add a setting, declare it on the line above: " + Setting.howToDeclare()));
    // For programs, the problem is about the setting its line names: its path, the message apart.
    assertThatThrownBy(() -> PolicySettings.read(file)).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("minimumPartners");
          assertThat(p.line()).isEqualTo(1);
          assertThat(p.message()).startsWith("unknown setting \"minimumPartners\"");
        }));
  }

  @Test
  void aRuleReadsAnAddedSettingByNameAndTheCatalogAndExplainSayWhichAndItsValue(@TempDir Path dir) throws IOException {
    Path rules = Files.writeString(dir.resolve("peers.drl"), RULE_READING_AN_ADDED_SETTING);
    PolicySettings settings = PolicySettings.read(ADDED_SETTING);
    StrategyAdvisor advisor = StrategyAdvisor.builder().settings(settings).addRules(rules).build();

    Site large = SiteSpec.site().population(500_000).murders(40).build();
    Site smaller = SiteSpec.site().population(499_999).murders(40).build();

    assertThat(advisor.advise(large).strategies()).contains(Strategy.PEER_EXCHANGE);
    assertThat(advisor.advise(smaller).strategies()).doesNotContain(Strategy.PEER_EXCHANGE);
    assertThat(advisor.rule("Large sites: peer exchange")).get()
        .satisfies(r -> assertThat(r.settings()).containsExactly("minimumPeerPopulation"));
    Explanation why = advisor.explain(smaller, Strategy.PEER_EXCHANGE);
    assertThat(why.rules()).filteredOn(r -> r.rule().name().equals("Large sites: peer exchange")).singleElement()
        .satisfies(r -> assertThat(r.conditions()).singleElement().satisfies(c -> {
          assertThat(c.values()).containsEntry("minimumPeerPopulation", 500_000).containsEntry("population", 499_999);
          assertThat(c.held()).isFalse();
        }));
  }

  @Test
  void aRuleReadingASettingNoFileDeclaresIsAnErrorAtItsPlace(@TempDir Path dir) throws IOException {
    Path rules = Files.writeString(dir.resolve("peers.drl"), RULE_READING_AN_ADDED_SETTING);

    List<Problem> problems = StrategyAdvisor.validate(List.of(rules));

    assertThat(problems).extracting(Problem::toString).containsExactly(rules + ":10:53: rule \"Large sites: peer "
        + "exchange\" reads setting \"minimumPeerPopulation\", which no settings file declares; the settings in force are "
        + String.join(", ", new java.util.TreeSet<>(PolicySettings.defaults().asMap().keySet())) + "; a new setting is declared in "
        + "the settings file given with the rules (--settings), with a \"# range:\" line above it");
    PolicySettings settings = PolicySettings.read(ADDED_SETTING);
    assertThat(StrategyAdvisor.validate(List.of(rules), settings)).isEmpty();
  }

  @Test
  void aSettingIsReadByNameInJavaToo() {
    assertThat(PolicySettings.defaults().value("eligibilityRatio")).isEqualTo(1.5);
    assertThat(PolicySettings.defaults().value("grantAssistancePopulation")).isEqualTo(100_000);
    assertThatThrownBy(() -> PolicySettings.defaults().value("eligibilityRatioo"))
        .hasMessage("no setting is named \"eligibilityRatioo\"; did you mean \"eligibilityRatio\"?");
  }
}
