package org.psp.examples.cli;

import java.util.function.Consumer;
import org.psp.model.Site;
import org.psp.rules.AdviceOutcome;
import org.psp.rules.Advisor;
import picocli.CommandLine.Option;

/** {@code --year YYYY} of advise, explain and report: the year advised on, each site's latest unless given. */
final class YearOption {

  @Option(names = "--year", paramLabel = "YYYY", description = "The year to advise on. Default: each site's latest year.")
  Integer year;

  /** The year to advise {@code site} on. */
  int of(Site site) {
    return year == null ? site.latestYear() : year;
  }

  /** Advises every site for the year given, or each for its latest, handing each outcome to {@code consumer}. */
  void adviseEach(Advisor advisor, Iterable<Site> sites, Consumer<? super AdviceOutcome> consumer) {
    if (year == null) {
      advisor.adviseEach(sites, consumer);
    } else {
      advisor.adviseEach(sites, year, consumer);
    }
  }
}
