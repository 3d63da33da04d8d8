package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psp.rules.SiteSpec.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.Condition;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.catalog.Explanation;
import org.psp.rules.catalog.Explanation.ConditionCheck;
import org.psp.rules.catalog.Explanation.RuleCheck;

/** Why a strategy is or is not recommended, rule by rule and condition by condition. */
class ExplanationTest {
  private static final String PROSECUTION = "Federal prosecution: gun violence at an eligible site";
  private static final String PROSECUTION_ON_MURDERS = "Federal prosecution: murder rate standing in for a missing firearm share";

  private static RuleCheck rule(Explanation explanation, String name) {
    return explanation.rules().stream().filter(r -> r.rule().name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aRecommendedStrategyShowsTheRuleThatFiredWithEveryConditionHeld() {
    Explanation explanation = TestAdvisors.ROUND.explain(site().firearmShare(0.5).build(), Strategy.FEDERAL_PROSECUTION);

    assertThat(explanation.recommended()).isTrue();
    // The rule that keeps an ACTIVE intervention's strategy can propose every strategy: it is explained too.
    String kept = PolicyAssertions.rule("Active intervention: an eligible site keeps what it carries out").name();
    assertThat(explanation.rules()).extracting(r -> r.rule().name()).containsExactly(PROSECUTION, PROSECUTION_ON_MURDERS, kept);
    assertThat(rule(explanation, kept).fired()).isFalse();
    RuleCheck fired = rule(explanation, PROSECUTION);
    assertThat(fired.fired()).isTrue();
    assertThat(fired.conditions()).extracting(ConditionCheck::text)
        .containsExactly("firearmShare >= $p.federalProsecutionFirearmShare", "Eligible()");
    assertThat(fired.conditions()).allSatisfy(c -> assertThat(c.held()).isTrue());
    assertThat(fired.conditions().get(0).values()).containsEntry("firearmShare", 0.5).containsEntry("federalProsecutionFirearmShare", 0.4);
    // rule, its metadata, its stage, when, then the condition.
    assertThat(fired.conditions().get(0).line()).isEqualTo(fired.rule().line() + 4);
  }

  @Test
  void severalStrategiesAreExplainedFromOneEvaluationAsEachAlone() {
    Site site = site().firearmShare(0.5).build();
    List<Strategy> asked = List.of(Strategy.FEDERAL_PROSECUTION, Strategy.PEER_EXCHANGE, Strategy.REENTRY);

    List<Explanation> together = TestAdvisors.ROUND.explain(site, AdviceYear.of(SiteSpec.YEAR), asked);

    assertThat(together).extracting(Explanation::strategy).containsExactlyElementsOf(asked);
    assertThat(together).containsExactlyElementsOf(asked.stream().map(s -> TestAdvisors.ROUND.explain(site, s)).toList());
    assertThatThrownBy(() -> TestAdvisors.ROUND.explain(site, AdviceYear.of(SiteSpec.YEAR), Arrays.asList(Strategy.REENTRY, null)))
        .hasMessage("strategy");
  }

  @Test
  void aStrategyNotRecommendedShowsTheConditionThatFailedWithTheSitesValue() {
    Explanation explanation = TestAdvisors.ROUND.explain(site().firearmShare(0.39).murders(9).build(), Strategy.FEDERAL_PROSECUTION);

    assertThat(explanation.recommended()).isFalse();
    assertThat(rule(explanation, PROSECUTION).fired()).isFalse();
    assertThat(rule(explanation, PROSECUTION).firstFailed()).hasValueSatisfying(c -> {
      assertThat(c.text()).isEqualTo("firearmShare >= $p.federalProsecutionFirearmShare");
      assertThat(c.values()).containsEntry("firearmShare", 0.39);
    });
    // The stand-in needs the share to be missing: it is given, so that condition fails first.
    assertThat(rule(explanation, PROSECUTION_ON_MURDERS).firstFailed().orElseThrow().text()).isEqualTo("firearmShare == null");
  }

  @Test
  void aConditionOnAMissingFigureIsUndecidedAndTheStandInSaysWhyItFailed() {
    Explanation explanation = TestAdvisors.ROUND.explain(site().murders(9).build(), Strategy.FEDERAL_PROSECUTION);

    ConditionCheck share = rule(explanation, PROSECUTION).conditions().get(0);
    assertThat(share.held()).isNull();
    assertThat(share.values()).containsEntry("firearmShare", null);
    ConditionCheck murders = rule(explanation, PROSECUTION_ON_MURDERS).firstFailed().orElseThrow();
    assertThat(murders.text()).isEqualTo("murderRatio >= $p.gunViolenceMurderRatio");
    assertThat((Double) murders.values().get("murderRatio")).isCloseTo(1.8, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aPatternOnAnotherRulesProposalsIsExplainedAgainstWhatWasProposed() {
    // Community outreach comes from the trust rule; the prevention rule then finds it already proposed.
    Explanation explanation = TestAdvisors.ROUND.explain(site().firearmShare(0.5).with(Condition.LOW_COMMUNITY_TRUST).build(),
        Strategy.COMMUNITY_OUTREACH);

    RuleCheck prevention = rule(explanation, "Prevention accompanies enforcement: community outreach");
    assertThat(prevention.fired()).isFalse();
    assertThat(prevention.firstFailed().orElseThrow().text()).isEqualTo("not Proposal( strategy == Strategy.COMMUNITY_OUTREACH )");
    RuleCheck trust = rule(explanation, "Community outreach: low trust or a high-profile incident");
    assertThat(trust.fired()).isTrue();
    assertThat(trust.conditions()).allSatisfy(c -> assertThat(c.held()).isTrue());
  }

  @Test
  void anAuthorsRuleIsExplainedFromItsOwnFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("victims.drl"), """
        package org.psp.test.explain;
        import org.psp.model.Condition;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Victim services: high-profile incident at any site"
            ruleflow-group "reactions"
        when
            $a : Assessment( hasCondition( Condition.HIGH_PROFILE_INCIDENT ), population < 50000 )
        then
            insert( new Proposal( $a, Strategy.VICTIM_SERVICES, "a high-profile incident occurred" ) );
        end
        """);
    StrategyAdvisor advisor = TestAdvisors.roundBuilder().addRules(file).build();

    Explanation explanation = advisor.explain(site().ratio(1).with(Condition.HIGH_PROFILE_INCIDENT).build(), Strategy.VICTIM_SERVICES);

    RuleCheck mine = rule(explanation, "Victim services: high-profile incident at any site");
    assertThat(mine.rule().file()).isEqualTo(file.toString());
    assertThat(mine.conditions()).extracting(ConditionCheck::text, ConditionCheck::line, ConditionCheck::held).containsExactly(
        org.assertj.core.groups.Tuple.tuple("hasCondition( Condition.HIGH_PROFILE_INCIDENT )", 9, true),
        org.assertj.core.groups.Tuple.tuple("population < 50000", 9, false));
    assertThat(mine.conditions().get(1).values()).containsEntry("population", 100_000);
    assertThat(mine.conditions().get(0).values()).containsEntry("hasCondition(HIGH_PROFILE_INCIDENT)", true);
  }
}
