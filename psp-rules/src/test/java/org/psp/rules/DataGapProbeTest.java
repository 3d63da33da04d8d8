package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psp.model.Advice;
import org.psp.model.Problem;
import org.psp.model.Site;
import org.psp.model.YearlyStatistics;

/**
 * The data-gap probe runs only the tries that the rules' text says can matter, through the stages
 * that can propose; its gaps must be those of trying every missing figure at both ends through every
 * stage, the contract's definition, which the advisor keeps for this comparison. Over 3,000 generated
 * sites with the default rules (issue 28's measure) and the first 1,500 of them with authors' rules that read the figures in ways the probe
 * follows (a {@code <}, a {@code !=}, a missing figure standing in for a rule that reacts to what is
 * missing, a consequence that decides) and in ways it does not ({@code eval}, a function, {@code
 * from}, {@code not}, a reversed or two-sided comparison); with rules that keep its shortcuts (a guard
 * against proposing twice) and would break careless ones (a figure that makes a site eligible, a
 * later rule that fails on a tried proposal); and with a rule each that reacts to proposals in a way it
 * cannot follow (a {@code not Proposal} that is no guard; a proposal's figure read).
 */
class DataGapProbeTest {
  private static final Path RULES = Path.of("src/test/resources/rules");
  private static final int SITES = 3_000;
  /**
   * The sites an authors' rule set is tried on: enough for each set's own case (the sharing ones fail by
   * the 16th site when the probe shares unsoundly), in half the time.
   */
  private static final int SITES_WITH_AUTHORS_RULES = 1_500;

  @ParameterizedTest
  @ValueSource(strings = {"", "figure-reads-followed", "figure-reads-unfollowed", "data-gap-shortcuts-followed",
      "data-gap-not-a-guard", "data-gap-reads-more-than-the-strategy", "data-gap-sharing-not-proposal",
      "data-gap-sharing-reads-both"})
  void theGapsAreThoseOfTryingEveryEnd(String addedRules) {
    StrategyAdvisor.Builder probing = StrategyAdvisor.builder();
    StrategyAdvisor.Builder everyTry = StrategyAdvisor.builder().everyDataGapTry();
    if (!addedRules.isEmpty()) {
      probing.addRules(RULES.resolve(addedRules));
      everyTry.addRules(RULES.resolve(addedRules));
    }
    StrategyAdvisor probe = probing.build();
    StrategyAdvisor oracle = everyTry.build();

    // Each advisor advises the sites as a batch, on every core: each site in a session of its own, with the
    // advice it gets alone (BatchTest).
    List<Site> sites = addedRules.isEmpty() ? sitesMissingFigures() : sitesMissingFigures().subList(0, SITES_WITH_AUTHORS_RULES);
    List<AdviceOutcome> oracles = oracle.adviseAll(sites, AdviceYear.LATEST);
    List<AdviceOutcome> probed = probe.adviseAll(sites, AdviceYear.LATEST);
    int withGaps = 0;
    for (int i = 0; i < sites.size(); i++) {
      Optional<Problem> failure = oracles.get(i).error();
      if (failure.isPresent()) {
        // A rule that fails on the site's own figures: the probe's advice fails alike.
        assertThat(probed.get(i).error()).as("the failure of %s", sites.get(i)).isEqualTo(failure);
        continue;
      }
      Advice expected = oracles.get(i).advice().orElseThrow();
      assertThat(probed.get(i).advice().orElseThrow().dataGaps()).as("the data gaps of %s", sites.get(i))
          .isEqualTo(expected.dataGaps());
      withGaps += expected.dataGaps().isEmpty() ? 0 : 1;
    }
    // The comparison means something only if many sites have gaps, and some have none.
    assertThat(withGaps).isBetween(sites.size() / 10, sites.size() - sites.size() / 30);
  }

  /** Generated sites, each of whose four probed figures is left out half the time. */
  private static List<Site> sitesMissingFigures() {
    Random random = new Random(28);
    List<Site> sites = new ArrayList<>(SITES);
    for (Site site : GeneratedSites.sites(2028, SITES)) {
      YearlyStatistics latest = site.statistics().stream().filter(s -> s.year() == site.latestYear()).findFirst().orElseThrow();
      YearlyStatistics.Builder year = YearlyStatistics.builder().from(latest);
      if (random.nextBoolean()) {
        year.firearmShare(OptionalDouble.empty());
      }
      if (random.nextBoolean()) {
        year.gangShare(OptionalDouble.empty());
      }
      if (random.nextBoolean()) {
        year.drugShare(OptionalDouble.empty());
      }
      if (random.nextBoolean()) {
        year.homicideClearanceRate(OptionalDouble.empty());
      }
      YearlyStatistics tried = year.build();
      List<YearlyStatistics> statistics = new ArrayList<>();
      site.statistics().forEach(s -> statistics.add(s.year() == tried.year() ? tried : s));
      sites.add(Site.builder().from(site).statistics(statistics).build());
    }
    return sites;
  }
}
