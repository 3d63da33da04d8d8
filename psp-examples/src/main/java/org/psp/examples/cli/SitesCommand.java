package org.psp.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.psp.examples.BundledSites;
import org.psp.model.Site;
import org.psp.model.json.SiteFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code psp sites}: the bundled PSP sites. */
@Command(mixinStandardHelpOptions = true,
    description = "Lists the bundled real PSP sites: id, name, state, cohorts and the years with FBI figures.")
final class SitesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SiteFile bundled = BundledSites.load();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-18s %-16s %-5s %-31s %s%n", "ID", "NAME", "STATE", "COHORTS", "YEARS");
    for (Site site : bundled.sites()) {
      String cohorts = site.engagements().stream()
          .map(e -> e.cohort() + e.track().map(t -> " " + t.name()).orElse(""))
          .collect(Collectors.joining(", "));
      String years = site.statisticsByYear().keySet().stream().map(String::valueOf).collect(Collectors.joining(" "));
      out.printf("%-18s %-16s %-5s %-31s %s%n", site.id(), site.name(), site.state(), cohorts, years);
    }
    out.println(bundled.sites().size() + " sites; sources: data/README.md in the project");
    out.flush();
    bundled.problems().forEach(p -> spec.commandLine().getErr().println("error: " + Terminal.safe(p.toString())));
    spec.commandLine().getErr().flush();
    return bundled.isValid() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }
}
