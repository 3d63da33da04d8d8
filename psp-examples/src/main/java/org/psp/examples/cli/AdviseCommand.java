package org.psp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.psp.model.Advice;
import org.psp.model.json.AdviceJsonWriter;
import org.psp.model.json.SiteFile;
import org.psp.model.json.SiteProblem;
import org.psp.rules.StrategyAdvisor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code psp advise}: advice for each site of a site file, or of the bundled PSP sites. */
@Command(name = "advise", mixinStandardHelpOptions = true,
    description = "Advises each site: eligibility and recommended strategies with their rationale.")
final class AdviseCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { text, json }

  /** Sites at least this many show progress on a terminal. */
  private static final int PROGRESS_FROM = 50;

  @Spec CommandSpec spec;

  @Mixin SiteOptions siteOptions;

  @Mixin RuleOptions ruleOptions;

  @Option(names = "--year", paramLabel = "YYYY", description = "The year to advise on. Default: each site's latest year.")
  Integer year;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  Format format = Format.text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<SiteFile> siteFile = siteOptions.read(spec);
    if (siteFile.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }
    Optional<StrategyAdvisor> advisor = ruleOptions.advisor(spec);
    if (advisor.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }

    List<SiteProblem> errors = new ArrayList<>(siteFile.get().problems());
    List<Advice> results = new ArrayList<>();
    Progress progress = new Progress(err, siteFile.get().sites().size() >= PROGRESS_FROM && stderrIsATerminal());
    int total = siteFile.get().sites().size();
    int[] done = {0};
    advisor.get().adviseEach(siteFile.get().sites(), year == null ? OptionalInt.empty() : OptionalInt.of(year), outcome -> {
      outcome.advice().ifPresent(results::add);
      outcome.error().ifPresent(reason -> errors.add(new SiteProblem(outcome.site().id(), "", reason)));
      progress.show(++done[0], total);
    });
    progress.clear();

    if (format == Format.json) {
      out.print(new AdviceJsonWriter().toJson(results, errors));
    } else {
      results.forEach(a -> out.print(AdviceReport.render(a)));
    }
    out.flush();
    errors.forEach(e -> err.println("error: " + e));
    if (!errors.isEmpty()) {
      long failedSites = errors.stream().map(SiteProblem::site).distinct().count();
      err.println(plural(errors.size(), "error") + " in " + plural(failedSites, "site") + "; "
          + plural(results.size(), "site") + " advised");
    }
    err.flush();
    return errors.isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }

  /**
   * Whether stderr is a terminal. Java 17 cannot ask that of stderr alone: on Linux, stderr's file
   * descriptor links to a tty device; elsewhere, a console means stdin and stdout are terminals.
   */
  private static boolean stderrIsATerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** A one-line counter on stderr, shown only on a terminal. */
  private record Progress(PrintWriter err, boolean shown) {
    void show(int done, int total) {
      if (shown) {
        err.print("\radvising " + done + "/" + total);
        err.flush();
      }
    }

    void clear() {
      if (shown) {
        err.print("\r\033[K");
        err.flush();
      }
    }
  }
}
