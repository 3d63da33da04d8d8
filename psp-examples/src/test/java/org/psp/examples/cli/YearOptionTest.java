package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psp.rules.AdviceYear;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code --year} of advise, explain and report: a year of the model's range, or each site's latest. */
class YearOptionTest {

  @Test
  void withoutTheOptionEachSitesLatestYearIsAdvised() {
    AdviseCommand advise = new AdviseCommand();
    new CommandLine(advise).parseArgs();

    assertThat(advise.year.adviceYear()).isEqualTo(AdviceYear.LATEST);
  }

  @Test
  void theYearGivenIsTheYearAdvisedOnAtTheRangesEnds() {
    for (String year : new String[] {"1990", "2100"}) {
      ReportCommand report = new ReportCommand();
      new CommandLine(report).parseArgs("--out", "report.html", "--year", year);

      assertThat(report.year.adviceYear()).isEqualTo(AdviceYear.of(Integer.parseInt(year)));
    }
  }

  @Test
  void aYearBeyondTheRangeIsAUsageErrorNamingTheOptionAndTheValue() {
    assertThatThrownBy(() -> new CommandLine(new ExplainCommand()).parseArgs("--year", "1989"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("--year must be a year from 1990 to 2100 but was 1989");
    assertThatThrownBy(() -> new CommandLine(new AdviseCommand()).parseArgs("--year", "20190"))
        .isInstanceOf(ParameterException.class).hasMessageEndingWith("but was 20190");
  }
}
