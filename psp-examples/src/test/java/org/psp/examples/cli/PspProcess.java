package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real psp as a separate process, as a user would: through the launcher the build makes
 * (the README's command), with the Java that runs the tests; or as {@code java -jar psp.jar}.
 */
final class PspProcess {
  private static final Path JAR = Path.of(System.getProperty("psp.jar", "target/psp.jar"));

  private PspProcess() {}

  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {
    void hasNoStackTrace() {
      assertThat(err).doesNotContain("Exception", "\tat ");
      assertThat(out).doesNotContain("Exception", "\tat ");
    }
  }

  /** The launcher the build makes beside psp.jar: a shell script that starts the JVM with psp.jsa. */
  static final Path LAUNCHER = Path.of(System.getProperty("psp.launcher", "target/psp"));

  /** The launcher runs with the Java that runs the tests, as it would with JAVA_HOME set to it. */
  static final Map<String, String> JAVA_HOME = Map.of("JAVA_HOME", System.getProperty("java.home"));

  /** Runs {@code psp ARGS...} through the launcher and waits for it, two minutes at most. */
  static Run psp(String... args) throws IOException, InterruptedException {
    return run(launcher(args), JAVA_HOME);
  }

  /** The runs of {@link #pspOnce} and {@link #pspJavaJarOnce}, by their command lines. */
  private static final Map<List<String>, Run> RUN_ONCE = new HashMap<>();

  /**
   * Runs {@code psp ARGS...} as {@link #psp} does, once in this test JVM: the tests that look at
   * different parts of what one command prints share its run. Only for a command that reads nothing
   * the tests change (the bundled data, the test resources) and writes no file, so that each run of it
   * would print the same.
   */
  static Run pspOnce(String... args) throws IOException, InterruptedException {
    return once(launcher(args), JAVA_HOME);
  }

  /** Runs {@code java -jar psp.jar ARGS...} once in this test JVM, as {@link #pspOnce} runs the launcher. */
  static Run pspJavaJarOnce(String... args) throws IOException, InterruptedException {
    return once(javaJar(args), Map.of());
  }

  private static synchronized Run once(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    Run run = RUN_ONCE.get(command);
    if (run == null) {
      run = run(command, environment);
      RUN_ONCE.put(command, run);
    }
    return run;
  }

  /** Runs {@code java -jar psp.jar ARGS...} and waits for it, two minutes at most. */
  static Run pspJavaJar(String... args) throws IOException, InterruptedException {
    return run(javaJar(args), Map.of());
  }

  /**
   * Runs {@code psp ARGS...} with its standard output sent to {@code stdout} (a device such as {@code
   * /dev/full}, say), and waits for it, two minutes at most; the run's {@code out} is empty.
   */
  static Run pspWritingTo(File stdout, String... args) throws IOException, InterruptedException {
    return run(launcher(args), JAVA_HOME, null, stdout);
  }

  /** Runs {@code psp ARGS...} with its standard input read from {@code stdin}, and waits, two minutes at most. */
  static Run pspReading(File stdin, String... args) throws IOException, InterruptedException {
    return run(launcher(args), JAVA_HOME, stdin);
  }

  /** Runs {@code command} with {@code environment} added to this one's, and waits, two minutes at most. */
  static Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
    return run(command, environment, (File) null);
  }

  private static Run run(List<String> command, Map<String, String> environment, File stdin)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("psp-out", ".txt");
    try {
      Run run = run(command, environment, stdin, out.toFile());
      return new Run(run.exit(), Files.readString(out, StandardCharsets.UTF_8), run.err());
    } finally {
      Files.delete(out);
    }
  }

  private static Run run(List<String> command, Map<String, String> environment, File stdin, File stdout)
      throws IOException, InterruptedException {
    Path err = Files.createTempFile("psp-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout).redirectError(err.toFile());
      builder.environment().putAll(environment);
      if (stdin != null) {
        builder.redirectInput(stdin);
      }
      Process process = builder.start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("psp finished in time").isTrue();
      return new Run(process.exitValue(), "", Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(err);
    }
  }

  /** {@code target/psp ARGS...}: the launcher's command line (run it with {@link #JAVA_HOME}). */
  static List<String> launcher(String... args) {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** {@code java -jar psp.jar ARGS...}, with the Java that runs the tests. */
  private static List<String> javaJar(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return command;
  }
}
