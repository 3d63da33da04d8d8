package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SiteOptionsTest {

  @Test
  void theHintLooksForTheOnlySiteOption() {
    List<String> declared = new CommandLine(new AdviseCommand()).getCommandSpec().mixins().get("siteOptions").options()
        .stream().flatMap(option -> Arrays.stream(option.names())).toList();

    assertThat(declared).containsExactly("--sites");
  }

  @Test
  void withoutASiteFileTheBundledSitesMayBeRead() {
    assertThat(SiteOptions.mayBeBundled("advise", "--year", "2019", "--rules", "my-rules")).isTrue();
    assertThat(SiteOptions.mayBeBundled("advise", "--sites", "sites.json")).isFalse();
    assertThat(SiteOptions.mayBeBundled("explain", "REENTRY", "--sites=sites.json")).isFalse();
  }
}
