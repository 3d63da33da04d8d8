package org.psp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.psp.examples.screen.ScreenCsv;
import org.psp.examples.screen.ScreenJson;
import org.psp.examples.screen.ScreenPage;
import org.psp.examples.screen.ScreenResults;
import org.psp.examples.screen.ScreenText;
import org.psp.model.YearlyStatistics;
import org.psp.model.fbi.CityRow;
import org.psp.model.fbi.CityTable;
import org.psp.model.fbi.CityTableException;
import org.psp.model.fbi.CityTableReader;
import org.psp.model.fbi.UsStates;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.screen.CityScreen;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code psp screen}: every city of the FBI's per-city tables through the policy, one evaluation per
 * city and year, ranked by national ratio.
 */
@Command(mixinStandardHelpOptions = true,
    description = {"Screens every city of the FBI's per-city tables (Offenses Known to Law Enforcement by State by City: "
        + "CIUS Table 8, Table 6 for 2016; the .xls files as the FBI publishes them, or a CSV of the same columns) through "
        + "the policy, one evaluation per city and year: rate, national ratio, murder ratio, eligibility, focus, the FBI's "
        + "footnote flags and whether the city is or was a PSP site, ranked by national ratio. Several tables show each "
        + "city's years side by side. A row the table leaves blank is listed as not screened, never read as zero."})
final class ScreenCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { text, json, csv }

  @Spec CommandSpec spec;

  @Mixin RuleOptions ruleOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "FBI city tables: .xls (Excel 97) or .csv.")
  List<Path> files = new ArrayList<>();

  private int minPopulation;

  @Option(names = "--min-population", paramLabel = "N", description = "Only cities of at least N residents (that year's).")
  void minPopulation(int n) {
    if (n < 0) {
      throw new ParameterException(spec.commandLine(), "--min-population must be 0 or more but was " + n);
    }
    minPopulation = n;
  }

  private final Set<String> states = new LinkedHashSet<>();

  @Option(names = "--state", paramLabel = "XX", description = "Only the cities of this state (two-letter USPS code). "
      + "Repeatable.")
  void state(List<String> codes) {
    for (String code : codes) {
      String upper = code.strip().toUpperCase(Locale.ROOT);
      if (!UsStates.isCode(upper)) {
        throw new ParameterException(spec.commandLine(), "--state " + Terminal.safe(code)
            + " is no two-letter USPS code of a state, DC or a territory (e.g. TN)");
      }
      states.add(upper);
    }
  }

  private int top = Integer.MAX_VALUE;

  @Option(names = "--top", paramLabel = "N", description = "Only the N highest-ranked cities.")
  void top(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--top must be 1 or more but was " + n);
    }
    top = n;
  }

  private Integer year;

  @Option(names = "--year", paramLabel = "YYYY", description = "The year of the tables, when neither their sheet, "
      + "title nor name says it; a table that says another year is an error.")
  void year(int year) {
    if (!YearlyStatistics.isYear(year)) {
      throw new ParameterException(spec.commandLine(), "--year must be " + YearlyStatistics.YEAR_RANGE + " but was " + year);
    }
    this.year = year;
  }

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or csv.")
  Format format = Format.text;

  @Option(names = "--out", paramLabel = "FILE.html", description = "Also writes the results as a self-contained HTML "
      + "page (sortable, filterable, no network needed).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CityTableReader reader = year == null ? new CityTableReader() : new CityTableReader().year(year);
    Optional<StrategyAdvisor> advisor = ruleOptions.advisor(spec, false);
    if (advisor.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }
    CityScreen screen = new CityScreen(advisor.get());
    ScreenResults.Collector collector = new ScreenResults.Collector();
    int unreadable = 0;
    int malformed = 0;
    for (Path file : files) {
      try {
        CityTable table = screen.screen(file, reader, this::wanted, collector::add);
        collector.endTable(table);
        malformed += table.skipped().size();
      } catch (CityTableException e) {
        collector.abandonTable();
        err.println("psp screen: " + Terminal.safe(e.getMessage()));
        unreadable++;
      }
    }
    ScreenResults results = collector.results(top);
    try {
      switch (format) {
        case text -> ScreenText.write(results, stdout, Terminal::safe);
        case json -> ScreenJson.write(results, stdout);
        case csv -> ScreenCsv.write(results, stdout);
      }
      stdout.flush();
      if (out != null) {
        try (Writer page = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          ScreenPage.write(results, LocalDate.now(), page);
        }
        err.println("Wrote " + Terminal.safe(out.toString()) + ": " + results.cities().size() + " cities");
      }
    } catch (IOException e) {
      err.println("psp screen: cannot write " + Terminal.safe(out == null ? "the output" : out.toString()) + ": "
          + Terminal.safe(String.valueOf(e.getMessage())));
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
    if (malformed > 0) {
      err.println("psp screen: " + malformed + " malformed row" + (malformed == 1 ? "" : "s")
          + " (listed with the rows not screened); the others were screened");
    }
    err.flush();
    return unreadable == 0 && malformed == 0 ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }

  /** Whether {@code row} passes --state and --min-population (a row without a population is kept: it is reported). */
  private boolean wanted(CityRow row) {
    if (!states.isEmpty() && !states.contains(row.state())) {
      return false;
    }
    return row.population().isEmpty() || row.population().getAsInt() >= minPopulation;
  }
}
