package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.examples.cli.PspProcess.JAVA_HOME;
import static org.psp.examples.cli.PspProcess.LAUNCHER;
import static org.psp.examples.cli.PspProcess.launcher;
import static org.psp.examples.cli.PspProcess.psp;
import static org.psp.examples.cli.PspProcess.pspOnce;
import static org.psp.examples.cli.PspProcess.pspJavaJar;
import static org.psp.examples.cli.PspProcess.pspJavaJarOnce;
import static org.psp.examples.cli.PspProcess.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psp.examples.cli.PspProcess.Run;

/**
 * The launcher the build makes (target/psp with its class-data-sharing archive psp.jsa, and JDK 25's
 * ahead-of-time cache on a Java 25), the options it chooses by the size of the work, the version
 * every command prints, and output that is UTF-8 whatever the locale.
 */
class LauncherIT {
  @Test
  void theLauncherPrintsWhatJavaJarPrints() throws Exception {
    Run launched = pspOnce("advise", "--format", "json");
    Run jar = pspJavaJarOnce("advise", "--format", "json");

    assertThat(launched.exit()).isZero();
    assertThat(launched.err()).isEmpty();
    assertThat(launched.out()).startsWith("{").isEqualTo(jar.out());
  }

  @Test
  void anArchiveThatDoesNotFitTheJavaIsLeftAsideWithoutAWord(@TempDir Path dir) throws Exception {
    Path launcher = launcherIn(dir);
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
  @ValueSource(strings = {"", "advise", "explain", "report", "evidence", "rules", "validate", "test", "screen", "sites"})
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

  @Test
  void pspScreenFindsItsClassesAndApachePoisInTheArchive(@TempDir Path dir) throws Exception {
    Path loaded = dir.resolve("classes.log");
    Run run = run(launcher("screen", "../psp-fbi/src/test/resources/fbi/cius-2016-table-6-excerpt.xls", "--top", "3"),
        Map.of("JAVA_HOME", JAVA_HOME.get("JAVA_HOME"), "JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isNotEmpty();
    assertThat(Files.readString(loaded)).as("the classes psp screen loaded, and from where")
        .contains("org.psp.rules.screen.CityScreen source: shared objects file",
            "org.psp.model.fbi.CityTableReader source: shared objects file",
            "org.apache.poi.hssf.eventusermodel.HSSFEventFactory source: shared objects file");
  }

  @Test
  void aShortRunStartsWithTheSerialCollectorAndC1AloneAndTheArchive() throws Exception {
    Run run = run(launcher("sites"), Map.of("JAVA_HOME", JAVA_HOME.get("JAVA_HOME"), "PSP_SHOW_COMMAND", "1"));

    assertThat(run.exit()).isZero();
    assertThat(command(run)).contains("-XX:SharedArchiveFile=" + LAUNCHER.resolveSibling("psp.jsa"),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1").doesNotContain("Tier3InvocationThreshold");
  }

  @Test
  void aShortRunThatCompilesRulesHasC1WaitLongerBeforeCompiling() throws Exception {
    Map<String, String> environment = Map.of("JAVA_HOME", JAVA_HOME.get("JAVA_HOME"), "PSP_SHOW_COMMAND", "1");
    Run validate = run(launcher("validate", "--help"), environment);
    Run advise = run(launcher("advise", "--rules", "no-such-folder", "--help"), environment);

    for (Run run : List.of(validate, advise)) {
      assertThat(run.exit()).isZero();
      assertThat(command(run)).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:Tier3InvocationThreshold=1000");
    }
  }

  @Test
  void aLongRunHasTheJvmsOwnChoiceOfCollectorAndCompilers() throws Exception {
    // A site file past the size at which a run counts as long (here lowered to 500 bytes).
    String sites = "src/test/resources/cli/mixed-sites.json";
    assertThat(Files.size(Path.of(sites))).isGreaterThan(500);
    Run run = run(launcher("advise", "--sites", sites), Map.of("JAVA_HOME", JAVA_HOME.get("JAVA_HOME"),
        "PSP_SHOW_COMMAND", "1", "PSP_LONG_WORK_BYTES", "500"));
    Run jar = pspJavaJar("advise", "--sites", sites);

    assertThat(command(run)).contains("-XX:SharedArchiveFile=").doesNotContain("UseSerialGC", "TieredStopAtLevel");
    assertThat(run.out()).isNotEmpty().isEqualTo(jar.out());
    assertThat(run.exit()).isEqualTo(jar.exit());
  }

  @Test
  void onJava25TheFirstRunMakesTheAheadOfTimeCacheInTheBackgroundAndTheNextUseIt(@TempDir Path dir) throws Exception {
    Path java25 = java25();
    Assumptions.assumeTrue(java25 != null, "no Java 25 or later under /usr/lib/jvm");
    Path launcher = launcherIn(dir);
    Map<String, String> environment = Map.of("JAVA_HOME", java25.toString(), "PSP_SHOW_COMMAND", "1");

    Run first = run(List.of(launcher.toString(), "advise", "--format", "json"), environment);
    for (int waited = 0; waited < 240 && !Files.exists(dir.resolve("psp.aot")); waited++) {
      Thread.sleep(500);
    }
    while (Files.exists(dir.resolve("psp.aot.lock"))) {
      Thread.sleep(500);
    }
    Run cached = run(List.of(launcher.toString(), "advise", "--format", "json"), environment);
    Run jar = pspJavaJarOnce("advise", "--format", "json");

    assertThat(command(first)).doesNotContain("AOTCache", "SharedArchiveFile").contains("-XX:+UseSerialGC");
    assertThat(first.out()).startsWith("{").isEqualTo(jar.out());
    assertThat(dir.resolve("psp.aot")).isNotEmptyFile();
    assertThat(command(cached)).contains("-XX:AOTCache=" + dir.resolve("psp.aot"), "-XX:+UseSerialGC");
    assertThat(cached.out()).isEqualTo(jar.out());
    assertThat(cached.err().lines()).as("nothing but the command").hasSize(1);
  }

  @Test
  void withoutJavaHomeTheJavaThatMadeTheCachesAtBuildTimeRunsThemWhileItIsThere(@TempDir Path dir) throws Exception {
    Path java25 = java25();
    Assumptions.assumeTrue(java25 != null, "no Java 25 or later under /usr/lib/jvm");
    Path launcher = launcherIn(dir);
    // Not a cache of any Java, which that Java leaves aside without a word; what a build given
    // -Dpsp.aot.jdk writes beside it.
    cache(dir.resolve("psp.aot"), "not an ahead-of-time cache", runtimeVersion(java25));
    Files.writeString(dir.resolve("psp-rules.aot.version"), runtimeVersion(java25) + "\n");
    Path madeBy = java25.resolve("bin/java");
    Files.writeString(dir.resolve("psp.aot.java"), madeBy.toString());
    Map<String, String> noJavaHome = Map.of("JAVA_HOME", "", "PSP_SHOW_COMMAND", "1");

    Run built = run(List.of(launcher.toString(), "sites"), noJavaHome);
    Run noRulesCache = run(List.of(launcher.toString(), "validate", "--help"), noJavaHome);
    Files.write(dir.resolve("psp-rules.aot"), "not an ahead-of-time cache".getBytes(StandardCharsets.UTF_8));
    Run rulesCache = run(List.of(launcher.toString(), "validate", "--help"), noJavaHome);
    Run chosen = run(List.of(launcher.toString(), "sites"), Map.of("JAVA_HOME", JAVA_HOME.get("JAVA_HOME"),
        "PSP_SHOW_COMMAND", "1"));
    Files.writeString(dir.resolve("psp.aot.java"), dir.resolve("removed-jdk/bin/java").toString());
    Run gone = run(List.of(launcher.toString(), "sites"), noJavaHome);
    Files.writeString(dir.resolve("psp.aot.java"), java25.toString()); // a folder, not a java
    Run folder = run(List.of(launcher.toString(), "sites"), noJavaHome);

    assertThat(command(built)).startsWith("psp: exec " + madeBy + " -XX:AOTCache=" + dir.resolve("psp.aot") + " ");
    assertThat(command(noRulesCache)).contains("-XX:AOTCache=" + dir.resolve("psp.aot") + " ");
    assertThat(command(rulesCache)).startsWith("psp: exec " + madeBy + " -XX:AOTCache=" + dir.resolve("psp-rules.aot") + " ");
    assertThat(rulesCache.exit()).isZero();
    assertThat(rulesCache.out()).contains("Usage:");
    assertThat(command(chosen)).startsWith("psp: exec " + Path.of(JAVA_HOME.get("JAVA_HOME"), "bin/java") + " ");
    assertThat(command(gone)).startsWith("psp: exec java ");
    assertThat(command(folder)).startsWith("psp: exec java ");
    for (Run run : List.of(built, chosen, gone, folder)) {
      assertThat(run.exit()).isZero();
      assertThat(run.out()).startsWith("ID ").contains("baltimore-md");
      assertThat(run.err().lines()).as("nothing but the command").hasSize(1);
    }
  }

  @Test
  void aCacheOfAnotherVersionOfTheJavaIsPassedOverAndMadeAgain(@TempDir Path dir) throws Exception {
    Path java25 = java25();
    Assumptions.assumeTrue(java25 != null, "no Java 25 or later under /usr/lib/jvm");
    Path launcher = launcherIn(dir);
    // As a Java upgraded in place leaves them: caches of the version before (whose JVM would leave them aside).
    cache(dir.resolve("psp.aot"), "a cache of 25.0.0", "25.0.0+1-LTS");
    cache(dir.resolve("psp-rules.aot"), "a cache of 25.0.0", "25.0.0+1-LTS");
    Map<String, String> environment = Map.of("JAVA_HOME", java25.toString(), "PSP_SHOW_COMMAND", "1");

    Run passedOver = run(List.of(launcher.toString(), "validate", "--help"), environment);
    for (int waited = 0; waited < 240 && !Files.readString(dir.resolve("psp.aot.version")).equals(runtimeVersion(java25) + "\n");
        waited++) {
      Thread.sleep(500);
    }
    while (Files.exists(dir.resolve("psp.aot.lock"))) {
      Thread.sleep(500);
    }
    Run remade = run(List.of(launcher.toString(), "validate", "--help"), environment);

    assertThat(command(passedOver)).doesNotContain("AOTCache");
    assertThat(passedOver.out()).contains("Usage:");
    assertThat(Files.readString(dir.resolve("psp.aot.version"))).isEqualTo(runtimeVersion(java25) + "\n");
    // psp.aot made again by this Java; psp-rules.aot, still of the other, left to the next build.
    assertThat(command(remade)).contains("-XX:AOTCache=" + dir.resolve("psp.aot") + " ");
    assertThat(remade.out()).contains("Usage:");
    assertThat(remade.err().lines()).as("nothing but the command").hasSize(1);
  }

  /** A stand-in for a cache at {@code file}, holding {@code text}, with the version of Java {@code version} beside it. */
  private static void cache(Path file, String text, String version) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    Files.writeString(file.resolveSibling(file.getFileName() + ".version"), version + "\n");
  }

  /** The exact version of the Java at {@code home}: its release file's JAVA_RUNTIME_VERSION, as the launcher reads it. */
  private static String runtimeVersion(Path home) throws IOException {
    Matcher version = Pattern.compile("(?m)^JAVA_RUNTIME_VERSION=\"(.*)\"$").matcher(Files.readString(home.resolve("release")));
    return version.find() ? version.group(1) : "";
  }

  /** A copy of the launcher and psp.jar in {@code dir}, without the archive or caches; the launcher's path. */
  private static Path launcherIn(Path dir) throws IOException {
    Files.copy(LAUNCHER.resolveSibling("psp.jar"), dir.resolve("psp.jar"));
    return Files.copy(LAUNCHER, dir.resolve("psp"), StandardCopyOption.COPY_ATTRIBUTES);
  }

  /** The java command the launcher ran, as PSP_SHOW_COMMAND prints it. */
  private static String command(Run run) {
    return run.err().lines().filter(l -> l.startsWith("psp: ")).findFirst().orElseThrow();
  }

  /** A Java 25 or later under /usr/lib/jvm, by its release file; null if there is none. */
  private static Path java25() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return null;
    }
    try (var homes = Files.list(jvms)) {
      for (Path home : homes.sorted().toList()) {
        Path release = home.resolve("release");
        if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
          Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
          if (version.find() && Integer.parseInt(version.group(1)) >= 25) {
            return home;
          }
        }
      }
    }
    return null;
  }

  private static String[] with(List<String> prefix, String option) {
    List<String> args = new ArrayList<>(prefix);
    args.add(option);
    return args.toArray(String[]::new);
  }
}
