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
        + "notes on them (flags; other footnotes, which are no flag; years not reported).")
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
    out.println(bundled.sites().size() + " sites; sources: data/README.md in the project. A note is an FBI footnote that is no "
        + "flag (arson, property crime, population): its words are in the site file and in the advice.");
    out.flush();
    bundled.problems().forEach(p -> spec.commandLine().getErr().println("error: " + Terminal.safe(p.toString())));
    spec.commandLine().getErr().flush();
    return bundled.isValid() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }

  /**
   * "2016 LEGACY_RAPE_DEFINITION, 2018 note, 2017 not reported (NOT_COMPARABLE UNDERREPORTED + note)": each
   * flagged, noted or unreported year.
   */
  static String notes(Site site) {
    TreeMap<Integer, String> byYear = new TreeMap<>();
    for (YearlyStatistics year : site.statistics()) {
      String said = said(year.flags(), year.notes());
      if (!said.isEmpty()) {
        byYear.put(year.year(), year.year() + " " + said);
      }
    }
    for (UnreportedYear year : site.notReported()) {
      String said = said(year.flags(), year.notes());
      byYear.put(year.year(), year.year() + " not reported" + (said.isEmpty() ? "" : " (" + said + ")"));
    }
    return String.join(", ", byYear.values());
  }

  /** "NOT_COMPARABLE UNDERREPORTED + 2 notes": the kinds of the flags and how many notes. */
  private static String said(List<DataFlag> flags, List<String> notes) {
    String kinds = flags.stream().map(f -> f.kind().name()).distinct().collect(Collectors.joining(" "));
    String count = notes.isEmpty() ? "" : notes.size() == 1 ? "note" : notes.size() + " notes";
    return kinds.isEmpty() || count.isEmpty() ? kinds + count : kinds + " + " + count;
  }
}
