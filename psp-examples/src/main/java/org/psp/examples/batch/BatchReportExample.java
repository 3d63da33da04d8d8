package org.psp.examples.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.psp.examples.BundledSites;
import org.psp.model.Advice;
import org.psp.model.Problem;
import org.psp.model.json.AdviceJsonWriter;
import org.psp.model.json.SiteFile;
import org.psp.rules.AdviceOutcome;
import org.psp.rules.AdviceYear;
import org.psp.rules.StrategyAdvisor;

/**
 * Advises every bundled PSP site for its latest year and writes one JSON report, in the format of
 * {@code psp advise --format json}.
 *
 * <pre>java -cp psp-examples/target/psp.jar org.psp.examples.batch.BatchReportExample report.json</pre>
 */
public final class BatchReportExample {

  private BatchReportExample() {}

  /** Writes the report to the file named by the only argument (default {@code psp-report.json}). */
  public static void main(String[] args) throws IOException {
    Path report = Path.of(args.length > 0 ? args[0] : "psp-report.json");
    Summary summary = write(report);
    System.out.println("advised " + summary.advised() + " sites, " + summary.errors() + " errors: " + report);
  }

  /** How many sites were advised and how many could not be. */
  public record Summary(int advised, int errors) {}

  /** Advises every bundled site and writes the JSON report to {@code report}. */
  public static Summary write(Path report) throws IOException {
    SiteFile sites = BundledSites.load();
    List<Problem> errors = new ArrayList<>(sites.problems());
    List<Advice> results = new ArrayList<>();
    for (AdviceOutcome outcome : StrategyAdvisor.withDefaultPolicy().adviseAll(sites.sites(), AdviceYear.LATEST)) {
      outcome.advice().ifPresent(results::add);
      outcome.error().ifPresent(errors::add);
    }
    Files.writeString(report, new AdviceJsonWriter().toJson(results, errors), StandardCharsets.UTF_8);
    return new Summary(results.size(), errors.size());
  }
}
