package org.psp.examples.cli;

import org.psp.rules.AdviceYear;
import picocli.CommandLine.Option;

/** {@code --year YYYY} of advise, explain and report: the year advised on, each site's latest unless given. */
final class YearOption {

  @Option(names = "--year", paramLabel = "YYYY", description = "The year to advise on. Default: each site's latest year.")
  Integer year;

  /** The year given, or each site's latest. */
  AdviceYear adviceYear() {
    return year == null ? AdviceYear.LATEST : AdviceYear.of(year);
  }
}
