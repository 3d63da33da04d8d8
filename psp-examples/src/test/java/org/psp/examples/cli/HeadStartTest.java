package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadStartTest {

  @Test
  void theHelpAndVersionNamesItLooksForArePicoclisForEveryCommand() {
    var commands = Psp.commandLine().getSubcommands();
    assertThat(commands).isNotEmpty();
    commands.forEach((name, command) -> {
      List<String> declared = command.getCommandSpec().options().stream()
          .filter(option -> option.usageHelp() || option.versionHelp())
          .flatMap(option -> Arrays.stream(option.names())).toList();

      assertThat(declared).as(name).containsExactlyInAnyOrderElementsOf(HeadStart.HELP_AND_VERSION);
    });
  }
}
