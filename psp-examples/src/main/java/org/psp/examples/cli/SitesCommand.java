package org.psp.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.psp.examples.BundledSites;
import org.psp.model.DataFlag;
import org.psp.model.Site;
import org.psp.model.UnreportedYear;
import org.psp.model.YearlyStatistics;
import org.psp.model.json.SiteFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code psp sites}: the bundled PSP sites. */
@Command(mixinStandardHelpOptions = true,
    description = "Lists the bundled real PSP sites: id, name, state, cohorts, the years with FBI figures and the FBI's "
        + "notes on them (flags, years not reported).")
final class SitesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SiteFile bundled = BundledSites.load();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-18s %-16s %-5s %-31s %-29s %s%n", "ID", "NAME", "STATE", "COHORTS", "YEARS", "FBI NOTES");
    for (Site site : bundled.sites()) {
      String cohorts = site.engagements().stream()
          .map(e -> e.cohort() + e.track().map(t -> " " + t.name()).orElse(""))
          .collect(Collectors.joining(", "));
      String years = site.statisticsByYear().keySet().stream().map(String::valueOf).collect(Collectors.joining(" "));
      out.printf("%-18s %-16s %-5s %-31s %-29s %s%n", site.id(), site.name(), site.state(), cohorts, years, notes(site));
    }
    out.println(bundled.sites().size() + " sites; sources: data/README.md in the project");
    out.flush();
    bundled.problems().forEach(p -> spec.commandLine().getErr().println("error: " + Terminal.safe(p.toString())));
    spec.commandLine().getErr().flush();
    return bundled.isValid() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }

  /** "2016 LEGACY_RAPE_DEFINITION, 2017 not reported (NOT_COMPARABLE, UNDERREPORTED)": each flagged or unreported year. */
  static String notes(Site site) {
    TreeMap<Integer, String> byYear = new TreeMap<>();
    for (YearlyStatistics year : site.statistics()) {
      if (!year.flags().isEmpty()) {
        byYear.put(year.year(), year.year() + " " + kinds(year.flags()));
      }
    }
    for (UnreportedYear year : site.notReported()) {
      byYear.put(year.year(), year.year() + " not reported" + (year.flags().isEmpty() ? "" : " (" + kinds(year.flags()) + ")"));
    }
    return String.join(", ", byYear.values());
  }

  private static String kinds(List<DataFlag> flags) {
    return flags.stream().map(f -> f.kind().name()).distinct().collect(Collectors.joining(" "));
  }
}
