package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.catalog.Stage;

/**
 * Rules of one stage and salience fire in the order of the .drl files and of their place in each,
 * whatever build made the rule base: so an advice's fired rules, and explain's output, are the same
 * from one build to the next.
 */
class FiringOrderTest {

  @Test
  void eachStagesRulesFireInTheOrderOfTheirFiles() {
    StrategyAdvisor advisor = StrategyAdvisor.withDefaultPolicy();
    List<RuleInfo> inFiles = advisor.rules();
    int checked = 0;
    for (AdviceOutcome outcome : advisor.adviseAll(GeneratedSites.sites(20261201L, 300), AdviceYear.LATEST)) {
      Advice advice = outcome.advice().orElseThrow();
      Map<Stage, List<Integer>> places = new EnumMap<>(Stage.class);
      for (String fired : advice.firedRules()) {
        RuleInfo rule = inFiles.stream().filter(r -> r.name().equals(fired)).findFirst().orElseThrow();
        // "Eligible for PSP" alone has a salience: it fires once the criteria are in.
        if (!rule.name().equals("Eligible for PSP")) {
          places.computeIfAbsent(rule.stage(), s -> new ArrayList<>()).add(inFiles.indexOf(rule));
        }
      }
      for (List<Integer> stage : places.values()) {
        assertThat(stage).as("%s: %s", advice.site().id(), advice.firedRules()).isSorted();
        checked += stage.size() > 1 ? 1 : 0;
      }
    }
    assertThat(checked).as("stages with more than one fired rule").isGreaterThan(300);
  }
}
