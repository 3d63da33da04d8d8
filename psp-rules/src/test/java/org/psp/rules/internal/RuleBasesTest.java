package org.psp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.drools.model.Rule;
import org.junit.jupiter.api.Test;
import org.psp.rules.RuleInfo;

class RuleBasesTest {

  @Test
  void theDefaultRulesAreLoadedInTheOrderOfTheirFilesEveryOneOfThem() {
    List<String> loaded = RuleBases.models().stream().flatMap(model -> model.getRules().stream()).map(Rule::getName).toList();

    assertThat(loaded).containsExactlyElementsOf(RuleCatalog.defaults().all().stream().map(RuleInfo::name).toList());
  }
}
