package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.Advice;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.internal.SiteTies;

/**
 * Batches advise many sites in one session: each site must get exactly the advice it gets alone, and
 * a site whose rules fail or loop must not take the others of its session with it.
 */
class SharedSessionTest {
  private static final StrategyAdvisor DEFAULT = StrategyAdvisor.withDefaultPolicy();

  @Test
  void everySiteOfABatchGetsTheAdviceItGetsAlone() {
    List<Site> sites = GeneratedSites.sites(7, 3_000);

    List<AdviceOutcome> batch = DEFAULT.adviseAll(sites, OptionalInt.empty());

    for (int i = 0; i < sites.size(); i++) {
      Advice alone = DEFAULT.advise(sites.get(i));
      Advice together = batch.get(i).advice().orElseThrow();
      assertThat(together).as(sites.get(i).id()).isEqualTo(alone);
      assertThat(List.copyOf(together.firedRules())).as("firing order of %s", sites.get(i).id())
          .isEqualTo(List.copyOf(alone.firedRules()));
    }
  }

  @Test
  void theSameSiteTwiceInOneSessionGetsTheSameAdviceTwice() {
    Site site = GeneratedSites.sites(9, 1).get(0);
    List<Site> sites = List.of(site, GeneratedSites.site(10), site);

    List<AdviceOutcome> outcomes = DEFAULT.adviseAll(sites, OptionalInt.empty());

    assertThat(outcomes.get(0).advice()).hasValue(DEFAULT.advise(site));
    assertThat(outcomes.get(2).advice()).isEqualTo(outcomes.get(0).advice());
  }

  @Test
  void aRuleOnFactsOfNoSiteFiresForEverySiteAsItWouldAlone(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(Files.writeString(dir.resolve("settings-only.drl"), """
        package org.psp.test.shared;
        import org.psp.rules.PolicySettings;
        rule "Looks at the settings only"
        when
            PolicySettings( eligibilityRatio > 1 )
        then
        end
        """)).build();
    List<Site> sites = GeneratedSites.sites(4, 10);

    List<AdviceOutcome> outcomes = advisor.adviseAll(sites, OptionalInt.empty());

    for (int i = 0; i < sites.size(); i++) {
      assertThat(outcomes.get(i).advice()).hasValue(advisor.advise(sites.get(i)));
      assertThat(outcomes.get(i).advice().orElseThrow().firedRules()).contains("Looks at the settings only");
    }
  }

  @Test
  void aRuleThatFailsForOneSiteFailsThatSiteOnly(@TempDir Path dir) throws IOException {
    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(Files.writeString(dir.resolve("fails.drl"), """
        package org.psp.test.shared;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Fails for one site"
        when
            $a : Assessment( siteId == "generated-17" )
        then
            insert( new Proposal( $a, null, "no strategy" ) );
        end
        """)).build();
    List<Site> sites = GeneratedSites.sites(3, 100);

    List<AdviceOutcome> outcomes = advisor.adviseAll(sites, OptionalInt.empty());

    assertThat(outcomes.get(17).site().id()).isEqualTo("generated-17");
    assertThat(outcomes.get(17).error()).hasValue("rule \"Fails for one site\" failed: NullPointerException: strategy");
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
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;
        rule "Loops for one site"
        when
            $a : Assessment( siteId == "generated-40" )
            $r : Proposal( assessment == $a, priority >= 1 )
        then
            modify( $r ) { setPriority( 1 ) }
        end
        """)).build();
    List<Site> sites = GeneratedSites.sites(3, 100);

    List<AdviceOutcome> outcomes = advisor.adviseAll(sites, OptionalInt.empty());

    assertThat(outcomes.get(40).error()).hasValueSatisfying(e -> assertThat(e).startsWith("rule \"Loops for one site\" seems to loop"));
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

    List<AdviceOutcome> outcomes = advisor.adviseAll(sites, OptionalInt.empty());

    assertThat(outcomes.get(target).error())
        .hasValue("rule \"Cautions what it never proposes\" added a caution to REENTRY, which no rule recommends");
    assertThat(outcomes).filteredOn(o -> o.error().isPresent()).hasSize(1);
  }

  @Test
  void everyDefaultRuleTiesTheFactsItMatchesToOneSite() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of("src/main/resources/org/psp/rules/policy"))) {
      files = listed.sorted().toList();
    }
    List<RuleProblem> problems = new ArrayList<>();
    for (Path file : files) {
      problems.addAll(SiteTies.check(file.toString(), Files.readString(file)));
    }

    assertThat(files).hasSize(9);
    assertThat(problems).isEmpty();
  }
}
