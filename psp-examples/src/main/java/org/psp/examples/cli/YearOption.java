package org.psp.examples.cli;

import org.psp.model.YearlyStatistics;
import org.psp.rules.AdviceYear;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --year YYYY} of advise, explain and report: the year advised on, each site's latest unless given. */
final class YearOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  private AdviceYear adviceYear = AdviceYear.LATEST;

  @Option(names = "--year", paramLabel = "YYYY", description = "The year to advise on. Default: each site's latest year.")
  void year(int year) {
    if (!YearlyStatistics.isYear(year)) {
      throw new ParameterException(mixee.commandLine(), "--year must be " + YearlyStatistics.YEAR_RANGE + " but was " + year);
    }
    adviceYear = AdviceYear.of(year);
  }

  /** The year given, or each site's latest. */
  AdviceYear adviceYear() {
    return adviceYear;
  }
}
