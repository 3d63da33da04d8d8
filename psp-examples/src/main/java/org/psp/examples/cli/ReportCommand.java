package org.psp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.psp.examples.report.HtmlReport;
import org.psp.model.json.SiteFile;
import org.psp.model.json.SiteProblem;
import org.psp.rules.AdviceOutcome;
import org.psp.rules.StrategyAdvisor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
    Optional<SiteFile> siteFile = siteOptions.read(spec);
    if (siteFile.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }
    Optional<StrategyAdvisor> advisor = ruleOptions.advisor(spec);
    if (advisor.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }
    List<SiteProblem> errors = new ArrayList<>(siteFile.get().problems());
    int[] advised = {0};
    HtmlReport html = new HtmlReport(advisor.get().nationalRates(), advisor.get().settings().eligibilityRatio());
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        HtmlReport.Report report = html.open(writer, LocalDate.now())) {
      // Each site's part of the page is written as it is advised: no advice is kept.
      Consumer<AdviceOutcome> add = outcome -> {
        outcome.error().ifPresent(reason -> errors.add(new SiteProblem(outcome.site().id(), "", reason)));
        outcome.advice().ifPresent(a -> {
          try {
            report.add(a);
            advised[0]++;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      };
      year.adviseEach(advisor.get(), siteFile.get().sites(), add);
      report.finish(errors);
    } catch (UncheckedIOException e) {
      err.println("psp report: cannot write " + Terminal.safe(out.toString()) + ": "
          + Terminal.safe(String.valueOf(e.getCause().getMessage())));
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    } catch (IOException e) {
      err.println("psp report: cannot write " + Terminal.safe(out.toString()) + ": " + Terminal.safe(String.valueOf(e.getMessage())));
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
    errors.forEach(e -> err.println("error: " + Terminal.safe(e.toString())));
    spec.commandLine().getOut().println("Wrote " + Terminal.safe(out.toString()) + ": " + advised[0] + " sites"
        + (errors.isEmpty() ? "" : ", " + errors.size() + " errors"));
    spec.commandLine().getOut().flush();
    err.flush();
    return errors.isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }
}
