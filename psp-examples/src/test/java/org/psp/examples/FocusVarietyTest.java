package org.psp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.StrategyAdvisor;

/**
 * The measure of the ranking in issue 25: on the bundled sites, no single focus — the ordered first
 * three recommendations by rank — is shared by more than a third of the eligible sites. Each site is
 * advised for its latest year, as {@code psp advise} advises it.
 */
class FocusVarietyTest {

  @Test
  void noSingleFocusIsSharedByMoreThanAThirdOfTheEligibleSites() {
    StrategyAdvisor advisor = StrategyAdvisor.withDefaultPolicy();
    Map<List<Strategy>, List<String>> sitesByFocus = new LinkedHashMap<>();
    int eligible = 0;
    for (Site site : BundledSites.load().sites()) {
      Advice advice = advisor.advise(site);
      assertThat(advice.focus()).as(site.id()).hasSize(Math.min(3, advice.recommendations().size()));
      if (advice.eligible()) {
        eligible++;
        sitesByFocus.computeIfAbsent(advice.focus(), f -> new ArrayList<>()).add(site.id());
      }
    }
    int mostShared = sitesByFocus.values().stream().mapToInt(List::size).max().orElseThrow();

    assertThat(eligible).as("eligible bundled sites").isGreaterThanOrEqualTo(10);
    assertThat(mostShared * 3).as("the most shared focus among %d eligible sites: %s", eligible, sitesByFocus)
        .isLessThanOrEqualTo(eligible);
  }
}
