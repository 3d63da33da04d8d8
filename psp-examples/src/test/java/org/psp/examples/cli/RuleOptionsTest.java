package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psp.rules.StrategyAdvisor;
import picocli.CommandLine;

class RuleOptionsTest {

  @Test
  void theNamesAreThoseOfEveryRuleOption() {
    List<String> declared = new CommandLine(new AdviseCommand()).getCommandSpec().mixins().get("ruleOptions").options()
        .stream().flatMap(option -> Arrays.stream(option.names())).toList();

    assertThat(RuleOptions.NAMES).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void theTimeLimitsDefaultIsTheLibrarys() {
    String declared = new CommandLine(new AdviseCommand()).getCommandSpec().findOption("--time-limit").defaultValue();

    assertThat(Duration.ofMillis(Math.round(Double.parseDouble(declared) * 1000))).isEqualTo(StrategyAdvisor.DEFAULT_TIME_LIMIT);
  }

  @Test
  void argumentsThatGiveNoRuleOptionMayLeaveThemAllAtTheirDefaults() {
    assertThat(RuleOptions.mayAllBeDefault()).isTrue();
    assertThat(RuleOptions.mayAllBeDefault("advise", "--sites", "sites.json", "--year", "2019")).isTrue();
  }

  @Test
  void anyRuleOptionInEitherFormIsSeen() {
    assertThat(RuleOptions.mayAllBeDefault("advise", "--rules", "my-rules")).isFalse();
    assertThat(RuleOptions.mayAllBeDefault("advise", "--rules=my-rules")).isFalse();
    assertThat(RuleOptions.mayAllBeDefault("test", "scenarios", "--disable", "Eligible for PSP")).isFalse();
    assertThat(RuleOptions.mayAllBeDefault("advise", "--settings=policy.properties")).isFalse();
    assertThat(RuleOptions.mayAllBeDefault("advise", "--national-rates", "rates.csv")).isFalse();
    assertThat(RuleOptions.mayAllBeDefault("advise", "--time-limit", "5")).isFalse();
  }
}
