package org.psp.rules.internal.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.drools.ancompiler.CompiledNetwork;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.psp.model.NationalRate;
import org.psp.model.NationalRates;
import org.psp.model.Outcome;
import org.psp.model.InterventionReview;
import org.psp.model.Site;
import org.psp.rules.GeneratedSites;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.facts.Assessment;
import org.psp.rules.internal.engine.FiringRecord;
import org.psp.rules.internal.engine.SessionRunner;
import org.psp.rules.settings.PolicySettings;

class CompiledAlphaNetworksTest {

  @Test
  void theDefaultRuleBaseRunsEveryNetworkTheBuildCompiled() {
    KieBase defaults = RuleBases.defaults();

    assertThat(CompiledAlphaNetworks.listed()).as("networks the build compiled").isGreaterThanOrEqualTo(5);
    assertThat(compiled(defaults)).hasSize(CompiledAlphaNetworks.listed());
    assertThat(compiled(RuleBases.interpreted())).isEmpty();
  }

  /** A rule disabled changes its type's network: that type keeps Drools' own walk, the others are compiled. */
  @Test
  void aNetworkOfAnotherShapeThanTheCompiledOneKeepsDroolsWalk() {
    KieBase changed = RuleBases.withChanges(List.of(),
        List.of(new DisabledRule("Rank: need, how far the deciding figure is beyond its threshold", "test", 0)), new ArrayList<>());

    int attached = CompiledAlphaNetworks.attach(changed);

    assertThat(attached).isEqualTo(CompiledAlphaNetworks.listed() - 1);
    assertThat(compiled(changed)).doesNotContain("Proposal");
  }

  /** The same rules fire, in the same order, inserting the same facts, compiled or walked. */
  @Test
  void theCompiledNetworkFiresWhatDroolsWalkFires() {
    PolicySettings settings = PolicySettings.defaults();
    SessionRunner compiled = runner(RuleBases.defaults(), settings);
    SessionRunner walked = runner(RuleBases.interpreted(), settings);
    NationalRates rates = NationalRates.bundled();

    for (Site site : GeneratedSites.sites(28, 1_000)) {
      int year = site.latestYear();
      NationalRate national = rates.rate(year).orElseThrow();
      Assessment assessment = new Assessment(site, national, settings,
          Outcome.of(site, year, rates, settings.outcomeMargin()).orElse(null), InterventionReview.of(site, year, rates));
      Assessment again = new Assessment(site, national, settings,
          Outcome.of(site, year, rates, settings.outcomeMargin()).orElse(null), InterventionReview.of(site, year, rates));

      assertThat(text(compiled.run(assessment))).as(site.id()).isEqualTo(text(walked.run(again)));
    }
  }

  private static SessionRunner runner(KieBase base, PolicySettings settings) {
    return new SessionRunner(base, RuleCatalog::defaults, settings, StrategyAdvisor.MIN_FIRE_LIMIT, Duration.ofSeconds(30),
        stuck -> { });
  }

  /** The rules that fired and each fact inserted, with the rule that inserted it, in order. */
  private static String text(FiringRecord record) {
    StringBuilder text = new StringBuilder(record.rules().toString());
    for (int i = 0; i < record.insertedCount(); i++) {
      text.append('\n').append(record.insertedBy(i)).append(": ").append(record.fact(i));
    }
    return text.toString();
  }

  /** The simple names of the types whose network is compiled in {@code base}. */
  private static List<String> compiled(KieBase base) {
    List<String> types = new ArrayList<>();
    for (ObjectTypeNode node : ((InternalKnowledgeBase) base).getRete().getObjectTypeNodes()) {
      if (node.getObjectSinkPropagator() instanceof CompiledNetwork) {
        String type = node.getObjectType().getClassName();
        types.add(type.substring(type.lastIndexOf('.') + 1));
      }
    }
    return types;
  }
}
