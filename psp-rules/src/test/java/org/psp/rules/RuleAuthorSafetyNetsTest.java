package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.psp.rules.SiteSpec.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.AdviceException;
import org.psp.model.InvalidValueException;
import org.psp.model.Problem;
import org.psp.model.Strategy;
import org.psp.rules.settings.PolicySettings;

/** What catches a rule author's slips: near names, names used twice, disabled lists, settings out of range, a consequence that breaks. */
class RuleAuthorSafetyNetsTest {

  private static Path drl(Path dir, String file, String ruleName, String condition) throws IOException {
    return Files.writeString(dir.resolve(file), """
        package org.psp.test.nets;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "%s" @proposes(GRANT_ASSISTANCE)
        when
            $a : Assessment( %s )
        then
            insert( new Proposal( $a, Strategy.GRANT_ASSISTANCE, "illustrative" ) );
        end
        """.formatted(ruleName, condition));
  }

  @Test
  void aNameCloseToADefaultRulesIsAWarningAskingWhetherItWasMeantToReplaceIt(@TempDir Path dir) throws IOException {
    Path file = drl(dir, "near.drl", "Grant assistance: small eligble site", "population < 250000");

    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(file).build();

    assertThat(advisor.warnings()).extracting(Problem::toString).containsExactly(file + ":5:1: warning: rule "
        + "\"Grant assistance: small eligble site\" is not a default rule's name, so it runs beside the default rules; "
        + "did you mean to replace \"Grant assistance: small eligible site\"? A rule replaces a default rule only under "
        + "exactly its name");
    assertThat(advisor.ruleNames()).contains("Grant assistance: small eligible site", "Grant assistance: small eligble site");
  }

  @Test
  void aDefaultRulesFormerNameIsAWarningNamingItsNameNowAndADisabledFormerNameAnErrorSayingIt(@TempDir Path dir)
      throws IOException {
    // "Eligibility: cooperates with federal immigration enforcement" was renamed for what nobody recorded: an
    // author's rule of that name replaced it before and now runs beside it, and no spelling is near enough to say so.
    String former = "Eligibility: cooperates with federal immigration enforcement";
    String now = "Eligibility: no refusal of federal immigration cooperation on record";
    Path file = drl(dir, "former.drl", former, "population > 0");

    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(file).build();

    assertThat(advisor.warnings()).extracting(Problem::toString).containsExactly(file + ":5:1: warning: rule \"" + former
        + "\" is the former name of the default rule now named \"" + now + "\", so it runs beside the default rules; to "
        + "replace that rule, name yours \"" + now + "\"");
    assertThat(advisor.ruleNames()).contains(former, now);
    assertThatThrownBy(() -> StrategyAdvisor.builder().disableRule(former).build()).isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("no rule is named \"" + former + "\"; \"" + former
            + "\" is the former name of the default rule now named \"" + now + "\"");
  }

  @Test
  void theSameNameInTwoAddedFilesIsAnErrorNamingBothPlaces(@TempDir Path dir) throws IOException {
    Path first = drl(dir, "a.drl", "Grant assistance: everyone", "population > 0");
    Path second = Files.writeString(dir.resolve("b.drl"), Files.readString(first).replace("org.psp.test.nets", "org.psp.test.other"));

    assertThat(StrategyAdvisor.validate(List.of(first, second))).extracting(Problem::toString).containsExactly(
        second + ":5:1: rule \"Grant assistance: everyone\" is also defined at " + first + ":5; give each rule its own name");
  }

  @Test
  void aShareComparedWithANumberOutsideZeroToOneIsAWarningAtItsPosition(@TempDir Path dir) throws IOException {
    Path file = drl(dir, "percent.drl", "Grant assistance: gun violence", "firearmShare >= 40");

    List<Problem> problems = StrategyAdvisor.validate(List.of(file));

    assertThat(problems).extracting(Problem::toString).containsExactly(file + ":7:38: warning: rule \"Grant "
        + "assistance: gun violence\" compares firearmShare, a share from 0 to 1, with 40, so it can never hold as meant; "
        + "write 0.4 for 40%");
    assertThat(problems.get(0).isError()).isFalse();
  }

  @Test
  void aCountComparedWithANumberBelowZeroIsAWarningAndOneAtTheEdgeOfItsRangeIsNot(@TempDir Path dir) throws IOException {
    Path file = drl(dir, "negative.drl", "Grant assistance: any shootings", "nonFatalShootings > -1");

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).containsExactly(file
        + ":7:42: warning: rule \"Grant assistance: any shootings\" compares nonFatalShootings, a count, 0 or more, "
        + "with -1, so it can never hold as meant");
    Path edge = drl(dir, "edge.drl", "Grant assistance: any shootings", "nonFatalShootings > 0, population > 0");
    assertThat(StrategyAdvisor.validate(List.of(edge))).isEmpty();
  }

  @Test
  void aNumberComparedWithTextThatIsNoNumberIsAnErrorAtItsPosition(@TempDir Path dir) throws IOException {
    // The compiler takes it; every site would fail when the condition is first evaluated.
    Path file = drl(dir, "text.drl", "Grant assistance: high rate", "nationalRatio > \"two\"");

    List<Problem> problems = StrategyAdvisor.validate(List.of(file));

    assertThat(problems).extracting(Problem::toString).containsExactly(file + ":7:38: rule \"Grant assistance: "
        + "high rate\" compares nationalRatio, a number, with the text \"two\", which is no number: the rule would fail "
        + "on every site; write the number without quotes");
    assertThat(problems.get(0).isError()).isTrue();
    // A figure of the site's statistics too, read through the assessment.
    Path murders = drl(dir, "murders.drl", "Grant assistance: many murders", "statistics.murders > \"many\"");
    assertThat(StrategyAdvisor.validate(List.of(murders))).extracting(Problem::toString).singleElement(STRING)
        .endsWith("compares murders, a number, with the text \"many\", which is no number: the rule would fail on every "
            + "site; write the number without quotes");
  }

  @Test
  void anEnumComparedWithTextIsAnErrorSayingTheConstantToWrite(@TempDir Path dir) throws IOException {
    // Drools takes kind == "CITY" and never finds it equal, even at a city.
    Path city = drl(dir, "city.drl", "Grant assistance: cities", "kind == \"CITY\"");
    Path misspelt = drl(dir, "citty.drl", "Grant assistance: cities", "kind != \"CITTY\"");
    Path unknown = drl(dir, "town.drl", "Grant assistance: towns", "kind == \"TOWNSHIP\"");

    assertThat(StrategyAdvisor.validate(List.of(city))).extracting(Problem::toString).containsExactly(city
        + ":7:30: rule \"Grant assistance: cities\" compares kind, a SiteKind, with the text \"CITY\", which it never "
        + "equals; write SiteKind.CITY (import org.psp.model.SiteKind)");
    assertThat(StrategyAdvisor.validate(List.of(misspelt))).extracting(Problem::toString).singleElement(STRING)
        .endsWith("with the text \"CITTY\", which it never equals; write SiteKind.CITY (import org.psp.model.SiteKind)");
    assertThat(StrategyAdvisor.validate(List.of(unknown))).extracting(Problem::toString).singleElement(STRING)
        .endsWith("write one of SiteKind.CITY, SiteKind.COUNTY, SiteKind.REGION (import org.psp.model.SiteKind)");
  }

  @Test
  void aPatternOnAFactNoSessionHoldsIsAWarningAtItsPlace(@TempDir Path dir) throws IOException {
    Path site = Files.writeString(dir.resolve("site.drl"), """
        package org.psp.test.nets;
        import org.psp.model.Site;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Technology: large site" @proposes(TECHNOLOGY)
        when
            $a : Assessment( )
            Site( population > 100000 )
        then
            insert( new Proposal( $a, Strategy.TECHNOLOGY, "illustrative" ) );
        end
        """);

    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(site).build();

    assertThat(advisor.warnings()).extracting(Problem::toString).containsExactly(site + ":9:5: warning: rule "
        + "\"Technology: large site\" waits for a Site fact, which no session holds, so it never fires: a session holds "
        + "the site's Assessment, the settings and the facts rules insert; reach the rest from the assessment, as in "
        + "Assessment( site.population > 100000 ) or Partner( ) from $a.site.partners");
    assertThat(advisor.advise(site().population(200_000).build(), AdviceYear.of(SiteSpec.YEAR)).firedRules())
        .doesNotContain("Technology: large site");
  }

  @Test
  void patternsOnTheSessionsFactsOrReadFromTheAssessmentOrOnFactsTheRulesMakeAreNoWarning(@TempDir Path dir)
      throws IOException {
    Path rules = Files.writeString(dir.resolve("fine.drl"), """
        package org.psp.test.nets;
        import org.psp.model.Partner;
        import org.psp.model.Strategy;
        import org.psp.rules.settings.PolicySettings;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        declare Note
            text : String
        end
        rule "Technology: a site with partners" @proposes(TECHNOLOGY)
        when
            $a : Assessment( site.population > 100000 )
            PolicySettings( )
            Partner( ) from $a.site.partners
            not Proposal( strategy == Strategy.TECHNOLOGY )
        then
            insert( new Proposal( $a, Strategy.TECHNOLOGY, "illustrative" ) );
            insert( new Note( "noted" ) );
        end
        rule "Note seen"
        when
            Note( )
            Object( )
        then
        end
        """);

    assertThat(StrategyAdvisor.validate(List.of(rules))).isEmpty();
  }

  @Test
  void aNumberComparedWithTextThatIsANumberOrTextComparedWithTextIsNoProblem(@TempDir Path dir) throws IOException {
    Path number = drl(dir, "number.drl", "Grant assistance: high rate", "nationalRatio > \"2\", year == \"2019\"");
    Path text = drl(dir, "text.drl", "Grant assistance: one site", "siteId == \"baltimore-md\"");

    assertThat(StrategyAdvisor.validate(List.of(number))).isEmpty();
    assertThat(StrategyAdvisor.validate(List.of(text))).isEmpty();
    // R = 2.18 in 2019, so "2" holds, as 2 would.
    assertThat(StrategyAdvisor.builder().addRules(number).build().advise(site().build(), AdviceYear.of(SiteSpec.YEAR)).strategies())
        .contains(Strategy.GRANT_ASSISTANCE);
  }

  @Test
  void aFolderCarriesItsOwnListOfDisabledRulesAndAnUnknownNameIsNamedAtItsLine(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("rules"));
    drl(folder, "small.drl", "Grant assistance: every site", "population > 0");
    Files.writeString(folder.resolve(StrategyAdvisor.DISABLED_RULES_FILE),
        "# the default victim services rule is replaced by local practice\nVictim services: eligible site with no victim services program on record\n");

    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(folder).build();

    assertThat(advisor.ruleNames()).doesNotContain("Victim services: eligible site with no victim services program on record")
        .contains("Grant assistance: every site");
    Files.writeString(folder.resolve(StrategyAdvisor.DISABLED_RULES_FILE), "\nVictim services: eligible site with no victim service program on record\n");
    assertThatThrownBy(() -> StrategyAdvisor.builder().addRules(folder).build()).isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining(folder.resolve(StrategyAdvisor.DISABLED_RULES_FILE) + ":2:1: no rule is named \"Victim services: "
            + "eligible site with no victim service program on record\"; did you mean \"Victim services: eligible site with no victim "
            + "services program on record\"?");
  }

  @Test
  void anAddedRuleCanBeDisabledToo(@TempDir Path dir) throws IOException {
    Path file = drl(dir, "mine.drl", "Grant assistance: every site", "population > 0");

    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(file).disableRule("Grant assistance: every site").build();

    assertThat(advisor.ruleNames()).doesNotContain("Grant assistance: every site");
    assertThat(advisor.rule("Grant assistance: every site")).isEmpty();
  }

  @Test
  void aSettingsFileWithAValueOutOfRangeOrAKeyTwiceIsRefusedLineByLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("my.properties"), """
        # illustrative
        federalProsecutionFirearmShare=40
        hotSpotsRatio=2.5
        hotSpotsRatio=3
        grantAssistancePopulation=0
        eligibiltyRatio=2
        hotSpotsRatio2=1
        focusSize=three
        rankNeedWeight=11
        """);

    assertThatThrownBy(() -> PolicySettings.read(file)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.problems()).extracting(Problem::toString).containsExactly(
          file + ":2: federalProsecutionFirearmShare must be from 0 to 1 but was 40",
          file + ":4: hotSpotsRatio is set again (first on line 3)",
          file + ":5: grantAssistancePopulation must be > 0 but was 0",
          file + ":6: unknown setting \"eligibiltyRatio\"; did you mean \"eligibilityRatio\"?",
          file + ":7: unknown setting \"hotSpotsRatio2\"; did you mean \"hotSpotsRatio\"?",
          file + ":8: focusSize must be a whole number from 1 to 19 but was \"three\"",
          file + ":9: rankNeedWeight must be from 0 to 10 but was 11");
      assertThat(e.problems()).extracting(Problem::path, Problem::line).containsExactly(
          tuple("federalProsecutionFirearmShare", 2), tuple("hotSpotsRatio", 4), tuple("grantAssistancePopulation", 5),
          tuple("eligibiltyRatio", 6), tuple("hotSpotsRatio2", 7), tuple("focusSize", 8), tuple("rankNeedWeight", 9));
      assertThat(e.problems()).extracting(Problem::file).containsOnly(file.toString());
    });
  }

  @Test
  void settingsThatDisagreeWithEachOtherInAFileAreSaidAtTheLineOfTheOneNamed(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("years.properties"),
        "immigrationCooperationLastYear=2018\nimmigrationCooperationFirstYear=2020\n");

    assertThatThrownBy(() -> PolicySettings.read(file)).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file + ":2: immigrationCooperationFirstYear "
            + "must be at most immigrationCooperationLastYear (2018) but was 2020"));
  }

  @Test
  void settingsThatDisagreeWhenTheFileSetsOnlyOneOfThemAreSaidAtItsLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("years.properties"), "# the criterion ends early\nimmigrationCooperationLastYear=2010\n");

    assertThatThrownBy(() -> PolicySettings.read(file)).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file + ":2: immigrationCooperationFirstYear "
            + "must be at most immigrationCooperationLastYear (2010) but was 2017"));
  }

  @Test
  void settingsMadeInJavaAreProblemsAtTheSettingsName() {
    Properties word = new Properties();
    word.setProperty("focusSize", "three");
    Properties negative = new Properties();
    negative.setProperty("hotSpotsRatio", "-1");

    assertThatThrownBy(() -> PolicySettings.defaults().withOverrides(word)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
            .containsExactly(tuple("focusSize", "must be a whole number but was \"three\"")));
    assertThatThrownBy(() -> PolicySettings.defaults().withOverrides(negative)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> {
          assertThat(e.problems()).extracting(Problem::path, Problem::message)
              .containsExactly(tuple("hotSpotsRatio", "must be > 0 but was -1.0"));
          assertThat(e).hasMessage("invalid PolicySettings: hotSpotsRatio must be > 0 but was -1.0");
        });
  }

  @Test
  void aSettingsFileInRangeReplacesTheDefaultsItNames(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("ok.properties"), "\uFEFFhotSpotsRatio = 2.5\ntaskForceGangShare: 0.3\n");

    PolicySettings settings = PolicySettings.read(file);

    assertThat(settings.hotSpotsRatio()).isEqualTo(2.5);
    assertThat(settings.taskForceGangShare()).isEqualTo(0.3);
    assertThat(settings.eligibilityRatio()).isEqualTo(PolicySettings.defaults().eligibilityRatio());
  }

  @Test
  void theImmigrationYearsMustBeInOrder() {
    assertThatThrownBy(() -> PolicySettings.builder().from(PolicySettings.defaults()).immigrationCooperationFirstYear(2021).build())
        .hasMessageContaining("immigrationCooperationFirstYear must be at most immigrationCooperationLastYear (2020) but was 2021");
  }

  @Test
  void aConsequenceThatMeetsANullSaysSoWithoutGeneratedNames(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("npe.drl"), """
        package org.psp.test.nets;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Quotes the firearm share"
        when
            $a : Assessment()
        then
            insert( new Proposal( $a, Strategy.GRANT_ASSISTANCE, "share " + $a.getFirearmShare().intValue() ) );
        end
        """);
    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(file).build();

    assertThatThrownBy(() -> advisor.advise(site().build())).isInstanceOf(AdviceException.class)
        .hasMessageStartingWith("test-site: rule \"Quotes the firearm share\" failed in its consequence at " + file + ":9: "
            + "something it used was null")
        .hasMessageNotContainingAny("Rule_", "Lambda", "org.psp.", "<local");
  }

  @Test
  void aRuleThatInsertsForeverIsToldApartFromOneThatModifies(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("forever.drl"), LoopingRules.INSERTS_FOR_EVER);
    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(file).fireLimit(300).build();

    assertThatThrownBy(() -> advisor.advise(site().build())).hasMessageContaining("rule \"Proposes again and again\" ("
        + file + ":" + LoopingRules.INSERTS_FOR_EVER_LINE + ") seems to loop").hasMessageContaining("it inserted").hasMessageContaining("facts, each new one matching it again");
  }

  @Test
  void theFireLimitIsSizedToTheRulesInForce(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("forever.drl"), LoopingRules.INSERTS_FOR_EVER);
    int defaultRules = TestAdvisors.ROUND.rules().size();
    StrategyAdvisor looping = StrategyAdvisor.builder().addRules(file).build();
    StrategyAdvisor.Builder fewRules = StrategyAdvisor.builder();
    TestAdvisors.ROUND.rules().stream().skip(5).forEach(r -> fewRules.disableRule(r.name()));

    assertThat(TestAdvisors.ROUND.fireLimit()).isEqualTo(StrategyAdvisor.FIRINGS_PER_RULE * defaultRules);
    assertThat(looping.fireLimit()).isEqualTo(StrategyAdvisor.FIRINGS_PER_RULE * (defaultRules + 1));
    assertThat(fewRules.build().fireLimit()).isEqualTo(StrategyAdvisor.MIN_FIRE_LIMIT);
    assertThat(StrategyAdvisor.builder().fireLimit(300).build().fireLimit()).isEqualTo(300);
    assertThatThrownBy(() -> looping.advise(site().build()))
        .hasMessageContaining("past the limit of " + StrategyAdvisor.FIRINGS_PER_RULE * (defaultRules + 1) + ";");
  }

  @Test
  void theRuleVerifierChecksOneRuleByNameAndSaysWhyItDidNotFire() {
    RuleVerifier rules = RuleVerifier.of(TestAdvisors.ROUND);

    rules.verifyThat("Federal prosecution: gun violence at an eligible site").given(site().firearmShare(0.4).build())
        .fires().proposes(Strategy.FEDERAL_PROSECUTION);
    assertThatThrownBy(() -> rules.verifyThat("Federal prosecution: gun violence at an eligible site")
        .given(site().firearmShare(0.39).build()).proposes(Strategy.FEDERAL_PROSECUTION))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("did not fire for test-site in 2019; failed: firearmShare >= $p.federalProsecutionFirearmShare "
            + "{federalProsecutionFirearmShare=0.4, firearmShare=0.39}");
    assertThatThrownBy(() -> rules.verifyThat("Federal prosecution: gun violence at an elegible site"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("did you mean \"Federal prosecution: gun violence at an eligible site\"?");
    assertThatThrownBy(() -> rules.verifyThat("Federal prosecution: gun violence at an eligible site")
        .given(site().build()).proposes(Strategy.REENTRY))
        .hasMessage("rule \"Federal prosecution: gun violence at an eligible site\" cannot propose REENTRY; it proposes [FEDERAL_PROSECUTION]");
  }
}
