package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psp.rules.PolicyAssertions.rationaleOf;
import static org.psp.rules.SiteSpec.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psp.model.Advice;
import org.psp.model.AdviceException;
import org.psp.model.Condition;
import org.psp.model.Ground;
import org.psp.model.Mode;
import org.psp.model.Problem;
import org.psp.model.RankReason;
import org.psp.model.Reason;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;
import org.psp.model.words.Phrases;
import org.psp.model.words.RecommendationText;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.catalog.Stage;
import org.psp.rules.internal.rulebase.RuleCatalog;
import org.psp.rules.settings.PolicySettings;

/** What rule authors do: add, replace and disable rules, and get told exactly what is wrong. */
class RuleAuthoringTest {
  private static final Path RULES = Path.of("src/test/resources/rules");
  private static final Path BROKEN = RULES.resolve("broken");
  private static final Path CUSTOM = RULES.resolve("custom");

  private static StrategyAdvisor custom;

  @BeforeAll
  static void buildOnce() {
    custom = StrategyAdvisor.builder()
        .nationalRates(TestAdvisors.ROUND.nationalRates())
        .addRules(CUSTOM)
        .disableRule("Victim services: eligible site with no victim services program on record")
        .build();
  }

  @Test
  void aNewRuleJoinsTheDefaultOnes() {
    Advice advice = custom.advise(site().ratio(1).with(Condition.WARRANT_BACKLOG).build());

    assertThat(advice.firedRules())
        .contains("Reentry: warrant backlog", "Eligibility unmet: violent crime rate not far enough above the national rate");
    assertThat(advice.recommendation(Strategy.REENTRY).orElseThrow().rules()).containsExactly("Reentry: warrant backlog");
    assertThat(custom.ruleNames()).contains("Reentry: warrant backlog", "Federal prosecution: gun violence at an eligible site");
  }

  @Test
  void aRuleWithADefaultRulesNameReplacesIt() {
    Advice advice = custom.advise(site().population(200_000).violentCrimes(1_600).build());

    assertThat(rationaleOf(advice.recommendation(Strategy.GRANT_ASSISTANCE).orElseThrow()))
        .isEqualTo("200,000 residents; fewer than 250,000 (illustrative)");
    assertThat(custom.ruleNames()).filteredOn("Grant assistance: small eligible site"::equals).hasSize(1);
  }

  @Test
  void aDisabledDefaultRuleIsGone() {
    Advice advice = custom.advise(site().build());

    assertThat(custom.ruleNames()).doesNotContain("Victim services: eligible site with no victim services program on record");
    assertThat(advice.strategies()).doesNotContain(Strategy.VICTIM_SERVICES);
    assertThat(StrategyAdvisor.withDefaultPolicy().ruleNames())
        .contains("Victim services: eligible site with no victim services program on record");
  }

  @Test
  void aMissingFigureMeetsNoThresholdInAuthorsRulesToo() {
    assertThat(custom.advise(site().build()).strategies()).doesNotContain(Strategy.FOCUSED_DETERRENCE);
    assertThat(custom.advise(site().gangShare(0.01).build()).firedRules()).contains("Focused deterrence: any gang share");
  }

  @Test
  void twoRulesProposingOneStrategyMakeOneRecommendationNamingBoth() {
    Advice advice = custom.advise(site().gangShare(0.3).build());

    assertThat(advice.recommendations()).filteredOn(r -> r.strategy() == Strategy.FOCUSED_DETERRENCE).hasSize(1);
    Recommendation merged = advice.recommendation(Strategy.FOCUSED_DETERRENCE).orElseThrow();
    assertThat(merged.rules()).containsExactlyInAnyOrder(
        "Focused deterrence: gang violence at an eligible site", "Focused deterrence: any gang share");
    assertThat(RecommendationText.rationale(merged, advice.site()))
        .contains("30% of violent incidents involved a gang (at least 25%)")
        .contains("30% of violent incidents involved a gang; illustrative")
        .containsOnlyOnce("Usual leads:");
  }

  @Test
  void disablingARuleThatDoesNotExistIsAProblem() {
    assertThatThrownBy(() -> StrategyAdvisor.builder().disableRule("No such rule").build())
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("(disabled rules):0:0: no rule is named \"No such rule\"");
    assertThatThrownBy(() -> StrategyAdvisor.builder().disableRule("Grant assistance: small eligble site").build())
        .hasMessageContaining("no rule is named \"Grant assistance: small eligble site\"; did you mean "
            + "\"Grant assistance: small eligible site\"?");
    assertThatThrownBy(() -> StrategyAdvisor.builder().disableRule("Federal prosecution").build())
        .hasMessageContaining("no rule is named \"Federal prosecution\"; did you mean "
            + "\"Federal prosecution: gun violence at an eligible site\" or "
            + "\"Federal prosecution: murder rate standing in for a missing firearm share\"?");
  }

  @Test
  void aSyntaxErrorNamesItsPosition() {
    assertThat(problems("syntax-error.drl")).containsExactly(
        BROKEN.resolve("syntax-error.drl") + ":7:17: rule \"Missing a field name\": \">=\" cannot come here: something is "
        + "missing before it (a field name, a value) or it is out of place");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "$a : Assessment( nationalRatio >= 2   | then | 8:1: rule \"R\": \"then\" came while a condition was still open: is a \")\" missing?",
      "$a : Assessment( nationalRatio >= 2 ) |      | 9:1: rule \"R\": \"end\" came before \"then\": is \"then\" missing?",
      "$a : Assessment( nationalRatio >= 2 ))| then | 7:42: rule \"R\": a \")\" too many, or one closing nothing",
      "$a : Assessment( nationalRatio => 2 ) | then | 7:36: rule \"R\": \"=\" is not a comparison: write \"==\" (or \">=\", \"<=\", \"!=\")",
  })
  void theParsersCommonComplaintsAreSaidInPlainWords(String condition, String then, String said, @TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("syntax.drl"), "package org.psp.test.authoring\n"
        + "import org.psp.rules.facts.*\nimport org.psp.model.Strategy\n\nrule \"R\"\nwhen\n    " + condition.strip() + "\n"
        + (then == null ? "" : then + "\n") + "    insert( new Proposal( $a, Strategy.REENTRY, \"x\" ) );\nend\n");

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).containsExactly(file + ":" + said);
  }

  @Test
  void thePointsGivenToProposalsAreNoFieldAConditionCanRead(@TempDir Path dir) throws IOException {
    // Read once, when the assessment is inserted, and stale as points are given without modify.
    Path file = Files.writeString(dir.resolve("stale.drl"), """
        package org.psp.test.authoring
        import org.psp.rules.facts.*
        import org.psp.model.Strategy

        rule "Reentry once scored"
        when
            $a : Assessment( scoresGiven.size() > 2 )
        then
            insert( new Proposal( $a, Strategy.REENTRY, "scored" ) );
        end
        """);

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).singleElement().asString()
        .startsWith(file + ":7:22: unknown field \"scoresGiven\" of Assessment");
  }

  @Test
  void anUnknownFactTypeNamesItsPosition() {
    assertThat(problems("unknown-fact-type.drl")).containsExactly(
        BROKEN.resolve("unknown-fact-type.drl") + ":8:5: unknown fact type \"Neighborhood\" (misspelt, or is an import missing?)");
  }

  @Test
  void anUnknownFieldNamesItsPosition() {
    assertThat(problems("unknown-field.drl")).containsExactly(
        BROKEN.resolve("unknown-field.drl") + ":7:17: unknown field \"firearmShar\" of Assessment in: firearmShar >= 0.4; did you mean \"firearmShare\"?");
  }

  @Test
  void aMisspeltSettingNamesItsPosition() {
    assertThat(problems("misspelt-setting.drl")).containsExactly(BROKEN.resolve("misspelt-setting.drl")
        + ":7:43: unknown field \"eligibilityRatioo\" of PolicySettings in: nationalRatio >= settings.eligibilityRatioo; did you mean \"eligibilityRatio\"?");
  }

  @Test
  void aMisspeltBoundSettingNamesItsPosition() {
    assertThat(problems("misspelt-bound-setting.drl")).containsExactly(BROKEN.resolve("misspelt-bound-setting.drl")
        + ":7:57: unknown field \"eligibilityRatioo\" of PolicySettings in: nationalRatio >= $p.eligibilityRatioo; did you mean \"eligibilityRatio\"?");
  }

  @Test
  void aMisspeltSettingOfTheSettingsFactNamesItsPositionThoughTheCompilerGivesNone() {
    assertThat(problems("misspelt-setting-fact.drl")).containsExactly(BROKEN.resolve("misspelt-setting-fact.drl")
        + ":9:37: unknown field \"eligibilityRatioo\" of PolicySettings in: nationalRatio >= $p.eligibilityRatioo; did you mean \"eligibilityRatio\"?");
  }

  @Test
  void anUnknownMethodNamesItsPosition() {
    assertThat(problems("unknown-method.drl")).containsExactly(BROKEN.resolve("unknown-method.drl")
        + ":8:17: unknown method \"hasCapabilty\" of Assessment in: hasCapabilty( Capability.NIBIN_ACCESS ); did you mean \"hasCapability\"?");
  }

  @Test
  void anUnknownStageNamesItsLineAndTheStages() {
    assertThat(problems("unknown-stage.drl")).containsExactly(BROKEN.resolve("unknown-stage.drl") + ":9:20: rule "
        + "\"Peer exchange: every site\": unknown stage \"strategy\" in ruleflow-group; the stages are \"eligibility\", "
        + "\"strategies\", \"reactions\", \"outcomes\", \"refinements\", \"ranking\"");
  }

  @Test
  void aProposalWhoseStrategyIsNotWrittenOutIsAProblem() {
    assertThat(problems("unnamed-strategy.drl")).containsExactly(BROKEN.resolve("unnamed-strategy.drl") + ":13:1: rule "
        + "\"Proposes a strategy it computes\": write the strategy of each new Proposal( $a, Strategy.X, ... ) as "
        + "Strategy.X (or propose a matched intervention's strategy, new Proposal( $a, $i, ... ) with $i : "
        + "Intervention( ... ), and @proposes(ANY)), so that the catalog of rules knows what the rule can propose");
  }

  @Test
  void aProposalOfAMatchedInterventionsStrategyCanProposeEveryStrategy() {
    var keeping = RuleCatalog.defaults().rule("Active intervention: an eligible site keeps what it carries out").orElseThrow();

    assertThat(keeping.strategies()).containsExactlyInAnyOrder(Strategy.values());
  }

  @Test
  void theCatalogListsEveryRuleWithItsFileLineStageStrategiesAndSettings() {
    RuleInfo added = custom.rule("Reentry: warrant backlog").orElseThrow();
    RuleInfo replacing = custom.rule("Grant assistance: small eligible site").orElseThrow();
    RuleInfo untouched = custom.rule("Federal prosecution: gun violence at an eligible site").orElseThrow();

    assertThat(added).isEqualTo(new RuleInfo("Reentry: warrant backlog", CUSTOM.resolve("new-rule.drl").toString(), 11,
        Stage.STRATEGIES, Set.of(Strategy.REENTRY), Set.of(), RuleInfo.Origin.ADDED));
    assertThat(replacing.origin()).isEqualTo(RuleInfo.Origin.ADDED);
    assertThat(replacing.stage()).isEqualTo(Stage.STRATEGIES);
    assertThat(untouched).isEqualTo(new RuleInfo("Federal prosecution: gun violence at an eligible site",
        "org/psp/rules/policy/20-gun-violence.drl", 26, Stage.STRATEGIES, Set.of(Strategy.FEDERAL_PROSECUTION),
        Set.of("federalProsecutionFirearmShare"), RuleInfo.Origin.DEFAULT));
    assertThat(custom.rule("Victim services: eligible site with no victim services program on record")).isEmpty();
    assertThat(custom.rules()).extracting(RuleInfo::name).containsExactlyInAnyOrderElementsOf(custom.ruleNames());
  }

  @Test
  void aRuleThatNamesNoStageRunsWithTheStrategies(@TempDir Path dir) throws IOException {
    // No ruleflow-group: it runs with the strategy rules, after eligibility and before the refinements.
    Path rule = Files.writeString(dir.resolve("no-stage.drl"), """
        package org.psp.test.stage;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Eligible;
        import org.psp.rules.facts.Proposal;
        rule "Peer exchange: eligible sites"
        when
            $a : Assessment()
            Eligible()
        then
            insert( new Proposal( $a, Strategy.PEER_EXCHANGE, "eligible" ) );
        end
        """);
    StrategyAdvisor advisor = TestAdvisors.roundBuilder().addRules(rule).build();

    assertThat(advisor.rule("Peer exchange: eligible sites").orElseThrow().stage()).isEqualTo(Stage.DEFAULT);
    Recommendation peers = advisor.advise(site().build()).recommendation(Strategy.PEER_EXCHANGE).orElseThrow();
    // The ranking ran after it: a supporting strategy outside the focus, priority 3, with the ranking's reasons.
    assertThat(peers.rank()).isGreaterThan(PolicySettings.defaults().focusSize());
    assertThat(peers.priority()).isEqualTo(3);
    assertThat(peers.rankReasons()).extracting(RankReason::rule).contains("Rank: evidence behind the strategy");
    assertThat(advisor.advise(site().ratio(1).build()).strategies()).doesNotContain(Strategy.PEER_EXCHANGE);
  }

  @Test
  void aRuleCanWeighAStrategyByItsEvidence() {
    StrategyAdvisor advisor = TestAdvisors.roundBuilder().addRules(RULES.resolve("evidence")).build();

    Advice advice = advisor.advise(site().ratio(2).build());

    // Crime analysis has no rated evidence: a point off its score, saying why; hot spots policing is rated Effective.
    Recommendation analysis = advice.recommendation(Strategy.CRIME_ANALYSIS).orElseThrow();
    Recommendation without = TestAdvisors.roundBuilder().build().advise(site().ratio(2).build())
        .recommendation(Strategy.CRIME_ANALYSIS).orElseThrow();
    assertThat(analysis.score()).isEqualTo(without.score() - 1);
    assertThat(analysis.rank()).isGreaterThan(advice.recommendation(Strategy.HOT_SPOTS_POLICING).orElseThrow().rank());
    assertThat(analysis.rankReasons()).filteredOn(r -> r.rule().equals("Rank: no rated evidence")).singleElement()
        .satisfies(r -> assertThat(Phrases.rankReason(r)).startsWith("unrated -1.00: no body has rated the evidence behind it; "
            + "strength ").contains("(no rating found"));
    assertThat(advice.recommendation(Strategy.HOT_SPOTS_POLICING).orElseThrow().rankReasons())
        .extracting(RankReason::rule).doesNotContain("Rank: no rated evidence");
  }

  @Test
  void pointsGivenWithScoreRankAsAnInsertedRankScoreDoes(@TempDir Path dir) throws IOException {
    // The example rule of unrated-evidence.drl, giving its point with $r.score instead of inserting a RankScore.
    Path given = Files.writeString(dir.resolve("given.drl"), Files.readString(RULES.resolve("evidence/unrated-evidence.drl"))
        .replace("insert( new RankScore( $r, ", "$r.score( ").replace(") ) );", ") );"));
    assertThat(Files.readString(given)).contains("$r.score( \"unrated\"").doesNotContain("insert(");
    StrategyAdvisor inserting = TestAdvisors.roundBuilder().addRules(RULES.resolve("evidence")).build();
    StrategyAdvisor giving = TestAdvisors.roundBuilder().addRules(given).build();

    Advice advice = giving.advise(site().ratio(2).build());

    assertThat(advice).isEqualTo(inserting.advise(site().ratio(2).build()));
    assertThat(advice.recommendation(Strategy.CRIME_ANALYSIS).orElseThrow().rankReasons())
        .filteredOn(r -> r.rule().equals("Rank: no rated evidence")).singleElement()
        .satisfies(r -> assertThat(r.points()).isEqualTo(-1));
  }

  @Test
  void aRuleThatMatchesRankScoresSeesThePointsTheDefaultRulesGive(@TempDir Path dir) throws IOException {
    // The default ranking rules give their points with $r.score, which puts no fact in the session unless a rule matches them.
    Path rule = Files.writeString(dir.resolve("weak.drl"), """
        package org.psp.test.weak;
        import org.psp.rules.facts.Because;
        import org.psp.rules.facts.Caution;
        import org.psp.rules.facts.RankScore;
        rule "Caution: weak evidence"
            ruleflow-group "ranking"
        when
            $s : RankScore( factor == "evidence", points < 0.3 )
        then
            insert( new Caution( $s.getProposal(), Because.words( "weak evidence" ) ) );
        end
        """);
    StrategyAdvisor advisor = TestAdvisors.roundBuilder().addRules(rule).build();

    Advice advice = advisor.advise(site().ratio(2).build());

    // Crime analysis's evidence is unrated (0.25 points); hot spots policing's is rated Effective.
    assertThat(advice.recommendation(Strategy.CRIME_ANALYSIS).orElseThrow().cautions())
        .extracting(Reason::rule).containsExactly("Caution: weak evidence");
    assertThat(advice.recommendation(Strategy.HOT_SPOTS_POLICING).orElseThrow().cautions()).isEmpty();
  }

  @Test
  void aRuleThatTiesItsPatternsToTheAssessmentStillWorks(@TempDir Path dir) throws IOException {
    Path rule = Files.writeString(dir.resolve("tied.drl"), """
        package org.psp.test.tied;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Reentry with hot spots"
            ruleflow-group "reactions"
        when
            $a : Assessment()
            Proposal( assessment == $a, strategy == Strategy.HOT_SPOTS_POLICING )
            not Proposal( assessment == $a, strategy == Strategy.REENTRY )
        then
            insert( new Proposal( $a, Strategy.REENTRY, "hot spots policing is recommended" ) );
        end
        """);
    StrategyAdvisor advisor = TestAdvisors.roundBuilder().addRules(rule).build();

    assertThat(advisor.advise(site().ratio(2).build()).firedRules()).contains("Reentry with hot spots");
    assertThat(advisor.advise(site().ratio(1.9).build()).strategies()).doesNotContain(Strategy.REENTRY);
  }

  @Test
  void aRuleMayStillModifyAProposalAndIsThenNamedAsTheReason(@TempDir Path dir) throws IOException {
    Path rule = Files.writeString(dir.resolve("modify.drl"), """
        package org.psp.test.modify;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Proposal;
        import org.psp.model.Mode;
        rule "Victim services already run"
            ruleflow-group "refinements"
        when
            $r : Proposal( strategy == Strategy.VICTIM_SERVICES, mode != Mode.STRENGTHEN )
        then
            modify( $r ) { setMode( Mode.STRENGTHEN ) }
        end
        """);
    StrategyAdvisor advisor = TestAdvisors.roundBuilder().addRules(rule).build();

    Recommendation victims = advisor.advise(site().build()).recommendation(Strategy.VICTIM_SERVICES).orElseThrow();

    assertThat(victims.mode()).isEqualTo(Mode.STRENGTHEN);
    assertThat(victims.modeReasons()).containsExactly(Reason.of("Victim services already run", new Ground.ModeSetByRule(Mode.STRENGTHEN)));
  }

  @Test
  void aBadImportNamesItsLineAndTheTypeItLeavesUnknown() {
    assertThat(problems("bad-import.drl")).containsExactly(
        BROKEN.resolve("bad-import.drl") + ":3:8: cannot import \"org.psp.rules.facts.Assesment\": no such class",
        BROKEN.resolve("bad-import.drl") + ":7:5: unknown fact type \"Assesment\" (misspelt, or is an import missing?)");
  }

  @Test
  void anImportOfAClassThatLivesInAnotherPackageSaysWhereItIs(@TempDir Path dir) throws IOException {
    // org.psp.rules.PolicySettings moved to org.psp.rules.settings: a rule file written before says so.
    Path file = Files.writeString(dir.resolve("moved.drl"), """
        package org.psp.test.authoring;
        import org.psp.rules.PolicySettings;
        rule "Reads a setting"
        when
            eval( true )
        then
        end
        """);

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).contains(
        file + ":2:8: cannot import \"org.psp.rules.PolicySettings\": no such class; it is "
            + "org.psp.rules.settings.PolicySettings: import org.psp.rules.settings.PolicySettings;");
  }

  @Test
  void aClassOfThePspPackagesUsedWithoutItsImportIsSaidWithTheImport(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("imports.drl"), """
        package org.psp.test.authoring;
        import org.psp.rules.facts.Proposal;
        rule "Technology without imports"
        when
            $a : Assessment( nationalRatio > 2 )
        then
            insert( new Proposal( $a, Strategy.TECHNOLOGY, "illustrative" ) );
        end
        """);
    Path consequence = Files.writeString(dir.resolve("consequence.drl"), """
        package org.psp.test.authoring.other;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Technology without the strategy's import"
        when
            $a : Assessment( nationalRatio > 2 )
        then
            insert( new Proposal( $a, Strategy.TECHNOLOGY, "illustrative" ) );
        end
        """);

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).contains(
        file + ":5:10: unknown fact type \"Assessment\"; is an import missing? import org.psp.rules.facts.Assessment;");
    assertThat(StrategyAdvisor.validate(List.of(consequence))).extracting(Problem::toString).containsExactly(
        consequence + ":8:31: in the consequence: Strategy.TECHNOLOGY cannot be resolved to a type; is an import missing? "
        + "import org.psp.model.Strategy;");
  }

  @Test
  void aVariableTheConditionsDoNotBindIsSaidAtItsPlaceWithTheNearestTheyBind(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("variables.drl"), """
        package org.psp.test.authoring;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Technology with a misspelt variable"
        when
            $a : Assessment( $p : settings, nationalRatio > 2 )
        then
            insert( new Proposal( $b, Strategy.TECHNOLOGY, "illustrative" ) );
        end
        """);

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).containsExactly(
        file + ":9:27: in the consequence: $b cannot be resolved to a variable; did you mean \"$a\" or \"$p\"?");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      hasCondition( "LOW_TRUST" )                | 22 | method "hasCondition" of Assessment takes (Condition), not (String), in: hasCondition( "LOW_TRUST" )
      hasCondition( Condition.LOW_TRUST )        | 46 | unknown field "LOW_TRUST" of Condition in: hasCondition( Condition.LOW_TRUST ); Condition's values are CONSENT_DECREE, DECLINES_IMMIGRATION_COOPERATION, LOW_COMMUNITY_TRUST, HIGH_PROFILE_INCIDENT, ANALYTICS_DEFICIT, TECHNOLOGY_DEFICIT, WARRANT_BACKLOG
      population > 1,000                         | 37 | "000" is not a condition: a comma separates conditions, so a number written with a thousands separator (1,000) falls in two; write 1000
      """)
  void aConditionsCommonMistakesAreSaidWithWhatToWrite(String condition, int column, String said, @TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("mistake.drl"), """
        package org.psp.test.authoring;
        import org.psp.model.Condition;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Technology"
        when
            $a : Assessment( %s )
        then
            insert( new Proposal( $a, Strategy.TECHNOLOGY, "illustrative" ) );
        end
        """.formatted(condition));

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString)
        .containsExactly(file + ":8:" + column + ": " + said);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      insert( new Proposal( $a, Strategy.TECHNOLOGY, "ratio " + $a.nationalRatio ) );     | 66 | nationalRatio cannot be resolved or is not a field; a consequence is Java, which reads a fact's property with its method: write getNationalRatio()
      insert( new Proposal( $a, Strategy.TECHNOLOGY, "ratio " + $a.getNationalRatoi() ) ); | 66 | The method getNationalRatoi() is undefined for the type Assessment; did you mean "getNationalRatio" or "getNationalRate"?
      insert( new Proposal( $a, Strategy.TECHNOLOGY, "illustrative" ) )                    | 70 | Syntax error, insert ";" to complete Statement (at the end of this line)
      """)
  void aConsequencesCommonMistakesAreSaidAtTheirPlaceInTheConsequence(String consequence, int column, String said,
      @TempDir Path dir) throws IOException {
    // The condition names nationalRatio too: the problem is the consequence's, on its line.
    Path file = Files.writeString(dir.resolve("mistake.drl"), """
        package org.psp.test.authoring;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Technology"
        when
            $a : Assessment( nationalRatio > 2 )
        then
            %s
        end
        """.formatted(consequence));

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString)
        .containsExactly(file + ":9:" + column + ": in the consequence: " + said);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      $r.score( "local", "1", "asked for" ); | 8  | The method score(String, double, String) in the type Proposal is not applicable for the arguments (String, String, String)
      $a.score( "local", 1, "asked for" );   | 8  | The method score(String, int, String) is undefined for the type Assessment
      """)
  void aCallOfScoreThatDoesNotCompileIsSaidAtItsPlaceWithWhatItTakes(String consequence, int column, String said,
      @TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("score.drl"), """
        package org.psp.test.authoring;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Rank: local"
            ruleflow-group "ranking"
        when
            $a : Assessment()
            $r : Proposal()
        then
            %s
        end
        """.formatted(consequence));

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString)
        .containsExactly(file + ":10:" + column + ": in the consequence: " + said + " (points are given to a proposal:"
            + " $r.score( \"factor\", POINTS, GROUNDS ), where $r is bound to a Proposal, the factor is in quotes, POINTS is"
            + " a number, and GROUNDS are made with Because, or are a text of your own in quotes)");
  }

  @Test
  void pointsGivenForANullFactorSayWhichStrategyAndWhatAFactorIs(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("null-factor.drl"), """
        package org.psp.test.authoring;
        import org.psp.rules.facts.Proposal;
        rule "Rank: no factor"
            ruleflow-group "ranking"
        when
            $r : Proposal()
        then
            $r.score( null, 1, "asked for" );
        end
        """);
    StrategyAdvisor advisor = TestAdvisors.roundBuilder().addRules(file).build();

    assertThatThrownBy(() -> advisor.advise(site().ratio(2).build())).isInstanceOf(AdviceException.class)
        .hasMessageMatching("test-site: rule \"Rank: no factor\" failed in its consequence at " + Pattern.quote(file.toString())
            + ":8: the factor of a rank score of [A-Z_]+ is null \\(a factor is a text in quotes, e\\.g\\. \"need\"\\)");
  }

  @Test
  void aRuleCutShortBeforeItsEndIsSaidInPlainWords(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("no-end.drl"), """
        package org.psp.test.authoring;
        import org.psp.rules.facts.Assessment;
        rule "Never ends"
        when
            $a : Assessment()
        then
        """);

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).containsExactly(
        file + ":7:1: the file ends inside rule \"Never ends\": is its \"end\" missing?");
  }

  @Test
  void aMisspeltConstantIsSaidWithTheNearestOfItsClassInAConditionAndInAConsequence(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("constants.drl"), """
        package org.psp.test.authoring;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        import org.psp.model.Strategy;
        rule "Misspelt strategies"
            ruleflow-group "reactions"
        when
            $a : Assessment( )
            Proposal( strategy == Strategy.REENTRYY )
        then
            insert( new Proposal( $a, Strategy.COMMUNITY_OUTRECH, "x" ) );
        end
        """);

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).containsExactly(
        file + ":9:36: unknown field \"REENTRYY\" of Strategy in: strategy == Strategy.REENTRYY; did you mean \"REENTRY\"?",
        file + ":11:40: in the consequence: COMMUNITY_OUTRECH cannot be resolved or is not a field; did you mean "
            + "\"COMMUNITY_OUTREACH\"?");
  }

  @Test
  void aMisspeltConstantOfANestedOrWildcardImportedClassIsSaidWithTheNearest(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("imports.drl"), """
        package org.psp.test.authoring;
        import org.psp.rules.facts.*;
        import org.psp.model.*;
        import org.psp.model.Outcome.Verdict;
        rule "Misspelt verdict and capability"
            ruleflow-group "reactions"
        when
            $a : Assessment( hasCapability( Capability.NIBIN_ACCESS ) )
        then
            if ( $a.getVerdict() == Verdict.WORSNING ) { insert( new Proposal( $a, Strategy.REENTRY, "x" ) ); }
            if ( $a.hasCapability( Capability.NIBIN_ACESS ) ) { insert( new Proposal( $a, Strategy.REENTRY, "y" ) ); }
        end
        """);

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).containsExactly(
        file + ":10:37: in the consequence: WORSNING cannot be resolved or is not a field; did you mean \"WORSENING\"?",
        file + ":11:39: in the consequence: NIBIN_ACESS cannot be resolved or is not a field; did you mean \"NIBIN_ACCESS\"?");
  }

  @Test
  void everyMistakeOfAFileIsSaidOnceEachAtItsPlace(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("four-mistakes.drl"), """
        package org.psp.test.authoring;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        import org.psp.model.Strategy;
        rule "Typo in the stage, a field and a strategy"
            ruleflow-group "strategy"
        when
            $a : Assessment( nationalRatoi >= settings.eligibilityRatio )
        then
            insert( new Proposal( $a, Strategy.REENTRYY, "x" ) );
        end
        rule "Typo in a setting"
        when
            $a : Assessment( settings.eligibiltyRatio > 1 )
        then
        end
        """);

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).containsExactly(
        file + ":6:20: rule \"Typo in the stage, a field and a strategy\": unknown stage \"strategy\" in ruleflow-group; "
            + "the stages are \"eligibility\", \"strategies\", \"reactions\", \"outcomes\", \"refinements\", \"ranking\"",
        file + ":8:22: unknown field \"nationalRatoi\" of Assessment in: settings.eligibilityRatio <= nationalRatoi; did you mean \"nationalRatio\" or \"nationalRate\"?",
        file + ":10:40: in the consequence: REENTRYY cannot be resolved or is not a field; did you mean \"REENTRY\"?",
        file + ":14:31: unknown field \"eligibiltyRatio\" of PolicySettings in: settings.eligibiltyRatio > 1; did you mean \"eligibilityRatio\"?");
  }

  @Test
  void anUnknownMethodInAConsequenceIsNamedWithoutTheCompilersClass(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("unknown-method.drl"), """
        package org.psp.test.authoring;
        import org.psp.rules.facts.Assessment;
        rule "Calls a method nobody wrote"
        when
            $a : Assessment()
        then
            nosuch( $a );
        end
        """);

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).containsExactly(
        file + ":7:5: in the consequence: The method nosuch(Assessment) is undefined");
  }

  @Test
  void aBadConsequenceNamesItsPosition() {
    assertThat(problems("bad-consequence.drl")).containsExactly(
        BROKEN.resolve("bad-consequence.drl") + ":11:40: in the consequence: SAFE_STREETS cannot be resolved or is not a field");
  }

  @Test
  void aLoopingRuleIsStoppedAndNamed() {
    StrategyAdvisor looping = StrategyAdvisor.builder().addRules(BROKEN.resolve("looping-rule.drl")).fireLimit(500).build();

    assertThatThrownBy(() -> looping.advise(site().build(), AdviceYear.of(SiteSpec.YEAR)))
        .isInstanceOf(AdviceException.class)
        .hasMessageStartingWith("test-site: rule \"Keeps setting the mode\" (" + BROKEN.resolve("looping-rule.drl")
            + ":7) seems to loop")
        .hasMessageContaining("past the limit of 500; it modified facts 496 times, each change matching it again");
  }

  @Test
  void anAuthorsRuleReadsTheSettingsFromTheAssessment(@TempDir Path dir) throws IOException {
    Path rule = Files.writeString(dir.resolve("settings.drl"), """
        package org.psp.test.settings;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Because;
        import org.psp.rules.facts.Proposal;
        rule "Peer exchange: at least the hot spots ratio"
            ruleflow-group "strategies"
        when
            $a : Assessment( $p : settings, nationalRatio >= $p.hotSpotsRatio )
        then
            insert( new Proposal( $a, Strategy.PEER_EXCHANGE, Because.atLeast( $a, "nationalRatio", "hotSpotsRatio" ) ) );
        end
        """);
    StrategyAdvisor advisor = StrategyAdvisor.builder()
        .nationalRates(TestAdvisors.ROUND.nationalRates())
        .settings(PolicySettings.builder().from(PolicySettings.defaults()).hotSpotsRatio(4).build())
        .addRules(rule)
        .build();

    assertThat(advisor.advise(site().ratio(4).build()).recommendation(Strategy.PEER_EXCHANGE))
        .hasValueSatisfying(r -> assertThat(rationaleOf(r)).isEqualTo("nationalRatio 4× (at least 4×, setting hotSpotsRatio)"));
    assertThat(advisor.advise(site().ratio(3.9).build()).firedRules())
        .doesNotContain("Peer exchange: at least the hot spots ratio");
  }

  @Test
  void aFactMadeWithoutItsSiteIsNamedAtItsPositionWithTheWayToMakeIt(@TempDir Path dir) throws IOException {
    Path rule = Files.writeString(dir.resolve("old.drl"), """
        package org.psp.test.old;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Proposes without the site"
        when
            Assessment( gangShare > 0.5 )
        then
            insert( new Proposal( Strategy.REENTRY, "gangs" ) );
        end
        """);

    assertThat(StrategyAdvisor.validate(List.of(rule))).extracting(Problem::toString).containsExactly(rule
        + ":9:13: in the consequence: The constructor Proposal(Strategy, String) is undefined (facts about a site take its "
        + "assessment first: new Proposal( $a, Strategy.X, Because.condition( $a, Condition.Y ) ), Criterion.met( $a, "
        + "\"name\", Because.commitment( $a ) ), new Eligible( $a ); refinements take the proposal first: new Strengthen( $r, "
        + "GROUNDS ), new Caution( $r, GROUNDS ), new RankScore( $r, \"need\", 0.5, GROUNDS ), new RankWithin( $r, "
        + "\"outcome\", 1, GROUNDS ); GROUNDS are made with Because, or are a text of your own in quotes, but for a criterion's)");
  }

  private static final String SCORING = """
      package org.psp.test.scoring;
      import org.psp.model.Strategy;
      import org.psp.rules.facts.*;

      rule "Scores while proposing"
          ruleflow-group "strategies"
      when
          $r : Proposal( strategy == Strategy.REENTRY )
      then
          $r.score( "need", 1, Because.words( "given too early" ) );
      end

      rule "Scores a misspelt factor"
          ruleflow-group "ranking"
      when
          $r : Proposal( strategy == Strategy.REENTRY )
      then
          insert( new RankScore( $r, "unrated", -1, "a factor of its own" ) );
          $r.score( "evidance", 1, "misspelt" );
      end
      """;

  @Test
  void pointsGivenBeforeTheRankingStageOrForAFactorSpeltNearTheWeighedOnesAreWarningsAtTheirPlace(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("scoring.drl"), SCORING);

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).containsExactly(
        file + ":10:5: warning: rule \"Scores while proposing\" gives points towards a rank here, in stage \"strategies\": "
            + "ranks are the \"ranking\" stage's to give, once every proposal is made and refined and its mode known; give "
            + "the points in a rule of ruleflow-group \"ranking\"",
        file + ":19:15: warning: rule \"Scores a misspelt factor\" gives points for the factor \"evidance\", which the "
            + "policy does not weigh (capacity, evidence, need); did you mean \"evidence\"? A factor of a rule's own counts "
            + "apart from those, and no weight setting scales it");
  }

  @Test
  void pointsGivenWithNullForGroundsAreSaidAtTheCallInTheProjectsWords(@TempDir Path dir) throws IOException {
    // javac: "The method score(String, double, Ground[]) is ambiguous for the type Proposal", at the rule's line.
    Path file = Files.writeString(dir.resolve("null.drl"), SCORING.replace("\"misspelt\"", "null")
        .replace("\"evidance\"", "\"evidence\""));

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).contains(
        file + ":19:8: in the consequence: score( ... ) is given null where its grounds go, and null could stand for "
            + "grounds or for a text of your own: give the grounds, made with Because, or your own words in quotes (a "
            + "reason is never null)");
  }

  @Test
  void aNameInReadsThatIsNoSettingAndNearNoneIsSaidAtItsPlaceWithTheSettingsInForce(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("reads.drl"), """
        package org.psp.test.reads;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.*;

        rule "Reads what is no setting"
            @proposes(REENTRY) @reads(zzqxv)
        when
            $a : Assessment()
        then
            insert( new Proposal( $a, Strategy.REENTRY, "illustrative" ) );
        end
        """);

    assertThat(StrategyAdvisor.validate(List.of(file))).extracting(Problem::toString).containsExactly(
        file + ":6:31: rule \"Reads what is no setting\": @reads(zzqxv) names \"zzqxv\", which is no setting; the settings "
            + "in force are " + String.join(", ", new java.util.TreeSet<>(PolicySettings.defaults().asMap().keySet()))
            + "; a new setting is declared in the settings file given with the rules (--settings)");
  }

  @Test
  void aCriterionGivenATextForItsGroundsIsRefusedAtTheCallWithTheWayToWriteIt(@TempDir Path dir) throws IOException {
    // Name and reason both in quotes: "leadership said so" and "commitment" could be swapped unseen.
    Path rule = Files.writeString(dir.resolve("criterion.drl"), """
        package org.psp.test.criterion;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Criterion;
        rule "Commitment as said"
            ruleflow-group "eligibility"
        when
            $a : Assessment( commitment )
        then
            insert( Criterion.met( $a, "leadership said so", "commitment" ) );
        end
        """);

    assertThat(StrategyAdvisor.validate(List.of(rule))).extracting(Problem::toString).singleElement().asString()
        .startsWith(rule + ":9:23: in the consequence: The method met(")
        .endsWith(" (a criterion's grounds are made with Because, your own words too: Criterion.met( $a, \"name\", "
            + "Because.words( \"your reason\" ) ))");
  }

  @Test
  void aRuleThatFailsWhileFiringIsNamed(@TempDir Path dir) throws IOException {
    Path rule = Files.writeString(dir.resolve("failing.drl"), """
        package org.psp.test.failing;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Proposes with no rationale"
        when
            $a : Assessment()
        then
            insert( new Proposal( $a, Strategy.REENTRY, " " ) );
        end
        """);
    StrategyAdvisor failing = StrategyAdvisor.builder().addRules(rule).build();

    assertThatThrownBy(() -> failing.advise(site().build()))
        .isInstanceOf(AdviceException.class)
        .hasMessage("test-site: rule \"Proposes with no rationale\" failed in its consequence at " + rule + ":9: "
            + "rationale of a proposal of REENTRY must not be blank");
  }

  @Test
  void aConditionThatFailsIsNamedWithItsRuleAndFileNotTheRuleThatFiredLast(@TempDir Path dir) throws IOException {
    Path rule = Files.writeString(dir.resolve("failing-condition.drl"), """
        package org.psp.test.failing;
        import org.psp.rules.facts.Proposal;
        rule "Reads a sixth intervention"
        when
            Proposal( assessment.site.interventions.get( 5 ) != null )
        then
        end
        """);
    StrategyAdvisor failing = StrategyAdvisor.builder().addRules(rule).build();

    // The proposals this condition reads are inserted by default rules, which must not be blamed.
    assertThatThrownBy(() -> failing.advise(site().build()))
        .isInstanceOf(AdviceException.class)
        .hasMessage("test-site: rule \"Reads a sixth intervention\" (" + rule + ":3) failed in its condition "
            + "assessment.site.interventions.get( 5 ) != null (line 5): ArrayIndexOutOfBoundsException: Index 5 out of bounds "
            + "for length 0");
  }

  @Test
  void aConditionTheCompilerCompilesOnlyWhenFirstEvaluatedIsNamedWhenItFails(@TempDir Path dir) throws IOException {
    Path rule = Files.writeString(dir.resolve("late.drl"), """
        package org.psp.test.late;
        import org.psp.rules.facts.Assessment;
        rule "Compares a rate with text"
        when
            Assessment( site.violentCrimeRate( 2019 ) > "x" )
        then
        end
        """);
    StrategyAdvisor failing = StrategyAdvisor.builder().addRules(rule).build();

    assertThatThrownBy(() -> failing.advise(site().build()))
        .isInstanceOf(AdviceException.class)
        .hasMessage("test-site: a rule's condition could not be evaluated (site.violentCrimeRate( 2019 ) > \"x\"): "
            + "NumberFormatException: For input string: \"x\"");
  }

  @Test
  void everyFileOfAFolderIsReportedInFileOrder() {
    List<Problem> problems = StrategyAdvisor.validate(List.of(BROKEN));

    assertThat(problems).extracting(p -> Path.of(p.file()).getFileName().toString()).containsExactly(
        "bad-consequence.drl", "bad-import.drl", "bad-import.drl", "misspelt-bound-setting.drl", "misspelt-setting-fact.drl",
        "misspelt-setting.drl", "syntax-error.drl",
        "unknown-fact-type.drl", "unknown-field.drl", "unknown-method.drl", "unknown-stage.drl", "unnamed-strategy.drl");
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
  }

  @Test
  void missingPathsAndOtherFilesAreProblems(@TempDir Path dir) throws IOException {
    Path notDrl = Files.writeString(dir.resolve("rules.txt"), "rule");
    Path empty = Files.createDirectory(dir.resolve("empty"));

    assertThat(StrategyAdvisor.validate(List.of(dir.resolve("missing.drl"), notDrl, empty))).extracting(Problem::toString)
        .containsExactly(
            empty + ":0:0: the folder has no .drl file",
            dir.resolve("missing.drl") + ":0:0: no such file or folder",
            notDrl + ":0:0: not a .drl file");
  }

  @Test
  void validRulesHaveNoProblem() {
    assertThat(StrategyAdvisor.validate(List.of(CUSTOM))).isEmpty();
  }

  private static List<String> problems(String file) {
    return StrategyAdvisor.validate(List.of(BROKEN.resolve(file))).stream().map(Problem::toString).toList();
  }
}
