package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.examples.cli.PspProcess.JAVA_HOME;
import static org.psp.examples.cli.PspProcess.LAUNCHER;
import static org.psp.examples.cli.PspProcess.psp;
import static org.psp.examples.cli.PspProcess.pspJavaJar;
import static org.psp.examples.cli.PspProcess.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psp.examples.cli.PspProcess.Run;

/**
 * The launcher the build makes (target/psp with its class-data-sharing archive psp.jsa), the version
 * every command prints, and output that is UTF-8 whatever the locale.
 */
class LauncherIT {
  @Test
  void theLauncherPrintsWhatJavaJarPrints() throws Exception {
    Run launched = psp("advise", "--format", "json");
    Run jar = pspJavaJar("advise", "--format", "json");

    assertThat(launched.exit()).isZero();
    assertThat(launched.err()).isEmpty();
    assertThat(launched.out()).startsWith("{").isEqualTo(jar.out());
  }

  @Test
  void anArchiveThatDoesNotFitTheJavaIsLeftAsideWithoutAWord(@TempDir Path dir) throws Exception {
    Path launcher = Files.copy(LAUNCHER, dir.resolve("psp"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(LAUNCHER.resolveSibling("psp.jar"), dir.resolve("psp.jar"));
    // Not an archive of this Java (nor of any): what another Java's archive looks like to this one.
    Files.write(dir.resolve("psp.jsa"), "not a class-data-sharing archive".getBytes(StandardCharsets.UTF_8));

    Run misfit = run(List.of(launcher.toString(), "sites"), JAVA_HOME);
    Files.delete(dir.resolve("psp.jsa"));
    Run missing = run(List.of(launcher.toString(), "sites"), JAVA_HOME);

    for (Run run : List.of(misfit, missing)) {
      assertThat(run.exit()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).startsWith("ID ").contains("baltimore-md").doesNotContain("cds", "warning");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "advise", "explain", "report", "evidence", "rules", "validate", "test", "sites"})
  void everyCommandAnswersHelpAndVersionWithTheVersionOfTheJar(String command) throws Exception {
    List<String> prefix = command.isEmpty() ? List.of() : List.of(command);
    Run help = psp(with(prefix, "--help"));
    Run version = psp(with(prefix, "--version"));

    assertThat(help.exit()).isZero();
    assertThat(help.out()).startsWith("Usage: psp" + (command.isEmpty() ? "" : " " + command));
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("psp " + System.getProperty("psp.version") + "\nJava ");
  }

  @Test
  void outputIsUtf8WhateverTheLocale() throws Exception {
    Run run = run(List.of(LAUNCHER.toString(), "advise", "--sites", "src/test/resources/cli/mixed-sites.json"),
        Map.of("JAVA_HOME", JAVA_HOME.get("JAVA_HOME"), "LC_ALL", "C", "LANG", "C"));

    assertThat(run.out()).contains("2.73× the national 366.7").doesNotContain("?");
  }

  private static String[] with(List<String> prefix, String option) {
    List<String> args = new ArrayList<>(prefix);
    args.add(option);
    return args.toArray(String[]::new);
  }
}
