package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real psp.jar as a separate process, as a user would. */
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

  /** Runs {@code psp ARGS...} and waits for it, two minutes at most. */
  static Run psp(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("psp-out", ".txt");
    Path err = Files.createTempFile("psp-err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("psp finished in time").isTrue();
    Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }
}
