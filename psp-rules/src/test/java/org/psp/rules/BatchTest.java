package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.Advice;
import org.psp.model.Condition;
import org.psp.model.OnRecord;
import org.psp.model.Problem;
import org.psp.model.Site;
import org.psp.model.Strategy;

/**
 * Batches advise many sites, each in a session of its own, on every core: each site must get exactly
 * the advice it gets alone, a rule written about one site needs no tie to it, and a site whose rules
 * fail or loop must not take the others with it.
 */
class BatchTest {
  private static final StrategyAdvisor DEFAULT = StrategyAdvisor.withDefaultPolicy();

  @Test
  void everySiteOfABatchGetsTheAdviceItGetsAlone() {
    List<Site> sites = GeneratedSites.sites(7, 3_000);

    List<AdviceOutcome> batch = DEFAULT.adviseAll(sites, AdviceYear.LATEST);

    for (int i = 0; i < sites.size(); i++) {
      Advice alone = DEFAULT.advise(sites.get(i));
      Advice together = batch.get(i).advice().orElseThrow();
      assertThat(together).as(sites.get(i).id()).isEqualTo(alone);
      assertThat(List.copyOf(together.firedRules())).as("firing order of %s", sites.get(i).id())
          .isEqualTo(List.copyOf(alone.firedRules()));
    }
  }

  /**
   * A batch called on a fork-join pool's thread runs on that pool's threads (a pool of one: the calling
   * thread alone), each taking the next site: every outcome still in the sites' order, over more than
   * one chunk of 1,024 sites.
   */
  @Test
  void aBatchCalledInAForkJoinPoolGivesEveryOutcomeInTheSitesOrder() throws Exception {
    List<Site> sites = GeneratedSites.sites(11, 1_500);
    List<AdviceOutcome> onEveryCore = DEFAULT.adviseAll(sites, AdviceYear.LATEST);

    for (int threads : new int[] {1, 3}) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        List<AdviceOutcome> inPool = pool.submit(() -> DEFAULT.adviseAll(sites, AdviceYear.LATEST)).get();

        assertThat(inPool).as("a pool of %d", threads).isEqualTo(onEveryCore);
      } finally {
        pool.shutdown();
      }
    }
  }

  /** The rule a new author writes, with no tie between its patterns; before, a batch refused it. */
  @Test
  void aRuleAboutOneSiteDecidesEachSiteOfALargeBatchOnItsOwnFacts(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(Files.writeString(dir.resolve("victims.drl"), """
        package org.psp.test.batch;
        import org.psp.model.Condition;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Victim services: high-profile incident at any site"
        when
            $a : Assessment( hasCondition( Condition.HIGH_PROFILE_INCIDENT ) )
            not Proposal( strategy == Strategy.VICTIM_SERVICES )
        then
            insert( new Proposal( $a, Strategy.VICTIM_SERVICES, "a high-profile incident occurred" ) );
        end
        """)).build();
    List<Site> sites = GeneratedSites.sites(11, 800);

    List<AdviceOutcome> outcomes = advisor.adviseAll(sites, AdviceYear.LATEST);

    // The rule runs with the default strategy rules (it names no stage), so where the default rule
    // proposes victim services too, either may come first; where it does not, only a site's own
    // incident decides.
    int decided = 0;
    for (int i = 0; i < sites.size(); i++) {
      Site site = sites.get(i);
      Advice advice = outcomes.get(i).advice().orElseThrow();
      boolean incident = site.condition(Condition.HIGH_PROFILE_INCIDENT, advice.year()) == OnRecord.HOLDS;
      boolean byDefault = DEFAULT.advise(site).strategies().contains(Strategy.VICTIM_SERVICES);
      boolean fired = advice.firedRules().contains("Victim services: high-profile incident at any site");
      String what = site.id() + " (incident " + incident + ", victim services by default " + byDefault + ")";
      if (!incident) {
        assertThat(fired).as("the new rule on %s", what).isFalse();
      } else if (!byDefault) {
        assertThat(fired).as("the new rule on %s", what).isTrue();
        decided++;
      }
      assertThat(advice.strategies().contains(Strategy.VICTIM_SERVICES)).as(what).isEqualTo(incident || byDefault);
      assertThat(advice).as(what).isEqualTo(advisor.advise(site));
    }
    assertThat(decided).as("sites where the new rule decides").isGreaterThan(20).isLessThan(sites.size() - 20);
  }

  @Test
  void theSameSiteTwiceInOneBatchGetsTheSameAdviceTwice() {
    Site site = GeneratedSites.sites(9, 1).get(0);
    List<Site> sites = List.of(site, GeneratedSites.site(10), site);

    List<AdviceOutcome> outcomes = DEFAULT.adviseAll(sites, AdviceYear.LATEST);

    assertThat(outcomes.get(0).advice()).hasValue(DEFAULT.advise(site));
    assertThat(outcomes.get(2).advice()).isEqualTo(outcomes.get(0).advice());
  }

  @Test
  void aRuleOnTheSettingsAloneFiresForEverySiteAsItWouldAlone(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(Files.writeString(dir.resolve("settings-only.drl"), """
        package org.psp.test.shared;
        import org.psp.rules.settings.PolicySettings;
        rule "Looks at the settings only"
        when
            PolicySettings( eligibilityRatio > 1 )
        then
        end
        """)).build();
    List<Site> sites = GeneratedSites.sites(4, 10);

    List<AdviceOutcome> outcomes = advisor.adviseAll(sites, AdviceYear.LATEST);

    for (int i = 0; i < sites.size(); i++) {
      assertThat(outcomes.get(i).advice()).hasValue(advisor.advise(sites.get(i)));
      assertThat(outcomes.get(i).advice().orElseThrow().firedRules()).contains("Looks at the settings only");
    }
  }

  @Test
  void aRuleThatFailsForOneSiteFailsThatSiteOnly(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(Files.writeString(dir.resolve("fails.drl"), """
        package org.psp.test.shared;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Fails for one site"
        when
            $a : Assessment( siteId == "generated-17" )
        then
            insert( new Proposal( $a, Strategy.REENTRY, " " ) );
        end
        """)).build();
    List<Site> sites = GeneratedSites.sites(3, 100);

    List<AdviceOutcome> outcomes = advisor.adviseAll(sites, AdviceYear.LATEST);

    assertThat(outcomes.get(17).site().id()).isEqualTo("generated-17");
    assertThat(outcomes.get(17).error().map(Problem::message))
        .hasValue("rule \"Fails for one site\" failed in its consequence at " + dir.resolve("fails.drl") + ":9: "
            + "rationale of a proposal of REENTRY must not be blank");
    for (int i = 0; i < sites.size(); i++) {
      if (i != 17) {
        assertThat(outcomes.get(i).advice()).hasValue(DEFAULT.advise(sites.get(i)));
      }
    }
  }

  @Test
  void aRuleThatLoopsForOneSiteFailsThatSiteOnly(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = StrategyAdvisor.builder().fireLimit(500).addRules(Files.writeString(dir.resolve("loops.drl"), """
        package org.psp.test.shared;
        import org.psp.model.Mode;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Loops for one site"
        when
            Assessment( siteId == "generated-40" )
            $r : Proposal( mode != null )
        then
            modify( $r ) { setMode( Mode.STRENGTHEN ) }
        end
        """)).build();
    List<Site> sites = GeneratedSites.sites(3, 100);

    List<AdviceOutcome> outcomes = advisor.adviseAll(sites, AdviceYear.LATEST);

    assertThat(outcomes.get(40).error()).hasValueSatisfying(e -> assertThat(e.message()).startsWith("rule \"Loops for one site\" ("
        + dir.resolve("loops.drl") + ":5) seems to loop").contains("it modified facts"));
    assertThat(outcomes).filteredOn(o -> o.error().isPresent()).hasSize(1);
    assertThat(outcomes.get(41).advice()).hasValue(DEFAULT.advise(sites.get(41)));
  }

  @Test
  void aCautionOnAStrategyNoRuleRecommendsFailsThatSiteOnly(@TempDir Path dir) throws IOException {
    List<Site> sites = GeneratedSites.sites(3, 100);
    int target = 0;
    while (DEFAULT.advise(sites.get(target)).strategies().contains(Strategy.REENTRY)) {
      target++;
    }
    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(Files.writeString(dir.resolve("caution.drl"), """
        package org.psp.test.shared;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Caution;
        import org.psp.rules.facts.Proposal;
        rule "Cautions what it never proposes"
        when
            $a : Assessment( siteId == "%s" )
        then
            insert( new Caution( new Proposal( $a, Strategy.REENTRY, "never inserted" ), "careful" ) );
        end
        """.formatted(sites.get(target).id()))).build();

    List<AdviceOutcome> outcomes = advisor.adviseAll(sites, AdviceYear.LATEST);

    assertThat(outcomes.get(target).error().map(Problem::message))
        .hasValue("rule \"Cautions what it never proposes\" added a caution to REENTRY, which no rule recommends");
    assertThat(outcomes).filteredOn(o -> o.error().isPresent()).hasSize(1);
  }
}
