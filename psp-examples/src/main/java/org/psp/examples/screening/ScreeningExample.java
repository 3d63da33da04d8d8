package org.psp.examples.screening;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.psp.model.fbi.CityTable;
import org.psp.model.fbi.CityTableException;
import org.psp.model.fbi.CityTableReader;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.screen.CityScreen;
import org.psp.rules.screen.ScreenedCity;

/**
 * Screens one of the FBI's city tables with the default policy and prints the eligible cities of
 * 100,000 residents or more, highest national ratio first, with their PSP cohorts:
 *
 * <pre>java -cp psp-examples/target/psp.jar org.psp.examples.screening.ScreeningExample data/fbi/cius-2016-table-6.xls</pre>
 */
public final class ScreeningExample {

  private ScreeningExample() {}

  /** Screens the table named by the first argument. */
  public static void main(String[] args) throws CityTableException {
    run(Path.of(args.length > 0 ? args[0] : "data/fbi/cius-2016-table-6.xls"), System.out);
  }

  /** Screens {@code table}, printing to {@code out}; returns how many cities it printed. */
  public static int run(Path table, PrintStream out) throws CityTableException {
    // Screening lists no data gaps: without them each city takes one evaluation, not nine.
    CityScreen screen = new CityScreen(StrategyAdvisor.builder().dataGaps(false).build());
    List<ScreenedCity> eligible = new ArrayList<>();
    CityTableReader reader = new CityTableReader();
    // The table is read on a thread of its own while the rows read before are advised; the filter and
    // the consumer run on this thread, in the table's order.
    CityTable read = screen.screen(table, reader,
        row -> row.population().orElse(0) >= 100_000,   // a blank population is not reported: left out here
        city -> {
          if (city.eligible()) {
            eligible.add(city);
          }
        });
    out.printf("%s: %d, %d city rows%n", table.getFileName(), read.year(), read.rows());
    eligible.sort(Comparator.comparingDouble((ScreenedCity c) -> c.nationalRatio().getAsDouble()).reversed());
    for (ScreenedCity city : eligible) {
      out.printf("%-28s %5.2f× the national rate  %s%s%n", city.row().city() + ", " + city.row().state(),
          city.nationalRatio().getAsDouble(), city.focus(),
          city.psp().isEmpty() ? "" : "  PSP " + city.psp().get(0).cohort());
    }
    return eligible.size();
  }
}
