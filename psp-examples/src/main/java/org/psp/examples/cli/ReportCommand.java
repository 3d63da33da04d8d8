package org.psp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.psp.examples.report.HtmlReport;
import org.psp.model.Problem;
import org.psp.model.json.SiteFile;
import org.psp.rules.AdviceOutcome;
import org.psp.rules.StrategyAdvisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code psp report}: the advice on every site as one self-contained HTML page. */
@Command(mixinStandardHelpOptions = true,
    description = "Writes one self-contained HTML page (no network needed to view it) with an overview of every site and, "
        + "per site, its violent crime rate by year against the nation as a chart, its advice, outcome, data gaps and "
        + "assumptions.")
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SiteOptions siteOptions;

  @Mixin RuleOptions ruleOptions;

  @Mixin YearOption year;

  @Option(names = "--out", paramLabel = "FILE.html", required = true, description = "The HTML file to write.")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    checkOut();
    Optional<SiteFile> siteFile = siteOptions.read(spec);
    if (siteFile.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }
    Optional<StrategyAdvisor> advisor = ruleOptions.advisor(spec);
    if (advisor.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }
    List<Problem> errors = new ArrayList<>(siteFile.get().problems());
    int[] advised = {0};
    HtmlReport html = new HtmlReport(advisor.get().nationalRates(), advisor.get().settings().eligibilityRatio());
    Optional<String> failed = write(writer -> {
      try (HtmlReport.Report report = html.open(writer, LocalDate.now())) {
        // Each site's part of the page is written as it is advised: no advice is kept.
        Consumer<AdviceOutcome> add = outcome -> {
          outcome.error().ifPresent(errors::add);
          outcome.advice().ifPresent(a -> {
            try {
              report.add(a);
              advised[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
        };
        advisor.get().adviseEach(siteFile.get().sites(), year.adviceYear(), add);
        report.finish(errors);
      }
    });
    if (failed.isPresent()) {
      err.println("psp report: cannot write " + Terminal.safe(out.toString()) + ": " + Terminal.safe(failed.get())
          + (Files.exists(out) ? "; the report there before is left as it was" : ""));
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
    ErrorLines.print(errors, err);
    spec.commandLine().getOut().println("Wrote " + Terminal.safe(out.toString()) + ": " + plural(advised[0], "site")
        + (errors.isEmpty() ? "" : ", " + plural(errors.size(), "error")));
    spec.commandLine().getOut().flush();
    err.flush();
    return errors.isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }

  /**
   * A usage error when {@code --out} cannot be the report: empty, a folder, or one of the command's
   * inputs (the site file, a rule file, the settings or the national rates), which the report would
   * replace.
   */
  private void checkOut() {
    String usage = null;
    if (out.toString().isBlank()) {
      usage = "--out must name the HTML file to write";
    } else if (Files.isDirectory(out)) {
      usage = "--out " + out + " is a folder: name the HTML file to write in it";
    } else {
      List<Path> inputs = new ArrayList<>(ruleOptions.inputs());
      if (siteOptions.sites != null) {
        inputs.add(siteOptions.sites);
      }
      for (Path input : inputs) {
        if (sameFile(out, input)) {
          usage = "--out " + out + " is an input of the report (" + input + "): writing the report there would "
              + "replace it; name another file";
          break;
        }
      }
    }
    if (usage != null) {
      throw new ParameterException(spec.commandLine(), Terminal.safe(usage));
    }
  }

  /** Whether {@code a} and {@code b} are one file: the same file on disk, or, for one that is not there yet, the same path. */
  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // compared by path below
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** What writes the page. */
  private interface PageWriter {
    void write(Writer writer) throws IOException;
  }

  /**
   * Writes the page to a temporary file beside {@code --out}, then renames it into place: a reader
   * (or a failure: a full disk, a killed process) never sees half a report, and a report already
   * there stays until the new one is whole. Empty when written; otherwise why not, with its cause.
   */
  private Optional<String> write(PageWriter page) {
    Path target = out.toAbsolutePath();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return Optional.of("the folder " + folder + " does not exist");
    }
    Path temporary = null;
    try {
      temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        page.write(writer);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // Mustache wraps the writer's IOException in its own words ("Failed to get value for title @[...]"): the cause is said.
      return Optional.of(cause(e));
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // a temporary file left beside the report, named as such: nothing a user's data depends on
        }
      }
    }
  }

  /** The innermost cause of {@code e} in words: "No space left on device", say, or the kind of failure. */
  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    if (root instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (root instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
