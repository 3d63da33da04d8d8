package org.psp.rules.internal.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.drools.model.Rule;
import org.junit.jupiter.api.Test;
import org.psp.rules.catalog.RuleInfo;

class RuleBasesTest {

  @Test
  void theDefaultRulesAreLoadedInTheOrderOfTheirFilesEveryOneOfThem() {
    List<String> loaded = RuleBases.models().stream().flatMap(model -> model.getRules().stream()).map(Rule::getName).toList();

    assertThat(loaded).containsExactlyElementsOf(RuleCatalog.defaults().all().stream().map(RuleInfo::name).toList());
  }

  /** The order the build writes only orders the compiled rules: one it misses, or one it has that is not compiled, stops loading. */
  @Test
  void anOrderThatDoesNotNameExactlyTheCompiledRulesIsRefusedNamingTheDifference() {
    List<String> compiled = RuleBases.models().stream().flatMap(model -> model.getRules().stream()).map(Rule::getName).toList();
    List<String> missing = new ArrayList<>(compiled.subList(1, compiled.size()));
    List<String> extra = new ArrayList<>(compiled);
    extra.add("A rule no file has");
    List<String> twice = new ArrayList<>(compiled);
    twice.add(compiled.get(2));

    RuleBases.checkOrder(compiled, RuleBases.models());
    assertThatThrownBy(() -> RuleBases.checkOrder(missing, RuleBases.models())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it misses [" + compiled.get(0) + "]");
    assertThatThrownBy(() -> RuleBases.checkOrder(extra, RuleBases.models())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no compiled rule is named [A rule no file has]");
    assertThatThrownBy(() -> RuleBases.checkOrder(twice, RuleBases.models())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it names [" + compiled.get(2) + "] twice");
  }
}
