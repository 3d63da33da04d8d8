package org.psp.rules.internal.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoundVariablesTest {
  @Test
  void aPatternsVariableAndThoseOfItsConstraintsInOrderButNotAUnification() {
    Set<String> bound = new LinkedHashSet<>();
    BoundVariables.addTo(bound, "$a : Assessment( $p : settings, $y := year, nationalRatio >= $p.eligibilityRatio )");
    assertThat(bound).containsExactly("$a", "$p");
  }
}
