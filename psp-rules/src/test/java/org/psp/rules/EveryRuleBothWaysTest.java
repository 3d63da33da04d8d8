package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psp.model.Site;
import org.psp.rules.catalog.RuleInfo;

/**
 * Every rule of the default policy, as the engine lists it (never a list kept by hand), fires for
 * some generated site and not for another: no rule is dead, none fires whatever the site. The
 * boundary of each is tested in its file's own test (policy/*RulesTest).
 */
class EveryRuleBothWaysTest {

  @Test
  void everyDefaultRuleFiresForSomeSitesAndNotForOthers() {
    StrategyAdvisor advisor = StrategyAdvisor.builder().dataGaps(false).build();
    List<Site> sites = GeneratedSites.sites(20_261_201L, 3_000);
    Map<String, Integer> firedFor = new HashMap<>();
    int[] advised = {0};
    advisor.adviseEach(sites, AdviceYear.LATEST, outcome -> outcome.advice().ifPresent(a -> {
      advised[0]++;
      a.firedRules().forEach(rule -> firedFor.merge(rule, 1, Integer::sum));
    }));

    assertThat(advised[0]).isGreaterThan(2_000);
    for (RuleInfo rule : advisor.rules()) {
      assertThat(firedFor.getOrDefault(rule.name(), 0)).as("sites rule \"%s\" (%s:%d) fired for, of %d", rule.name(),
          rule.file(), rule.line(), advised[0]).isPositive().isLessThan(advised[0]);
    }
  }
}
