package org.psp.examples.screen;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.psp.model.Strategy;
import org.psp.model.fbi.PspRoster;

/**
 * {@code psp screen}'s text: a line per table, then a line per city, ranked — its national ratio in
 * each year side by side ({@code *} when eligible, {@code -} when the table does not have the city),
 * then its latest year's population, rate, murder ratio, focus, the FBI's flags and its PSP cohorts —
 * then the rows not screened.
 */
public final class ScreenText {

  private ScreenText() {}

  /** Writes {@code results}; each name from the tables is passed through {@code safe} (control characters). */
  public static void write(ScreenResults results, PrintWriter out, Function<String, String> safe) {
    for (ScreenResults.Table table : results.tables()) {
      out.printf(Locale.US, "%s: %d, %,d city rows, %,d not screened%n", safe.apply(table.file().toString()), table.year(),
          table.rows(), table.skipped().size());
    }
    List<Integer> years = results.years();
    out.println();
    out.println(results.cities().isEmpty() ? "No city to list." : "Ranked by national ratio (the city's rate / the "
        + "nation's) in its latest year; * eligible for PSP under the policy.");
    if (!results.cities().isEmpty()) {
      StringBuilder header = new StringBuilder(String.format(Locale.US, "%5s  %-30s", "Rank", "City"));
      years.forEach(y -> header.append(String.format(Locale.US, "  %7d", y)));
      header.append(String.format(Locale.US, "  %11s  %9s  %6s  %s", "Population", "Rate", "Murder", "Focus | FBI flags | PSP"));
      out.println(header);
    }
    int rank = 0;
    for (ScreenResults.City city : results.cities()) {
      Map<Integer, ScreenResults.CityYear> byYear = city.years().stream()
          .collect(Collectors.toMap(ScreenResults.CityYear::year, y -> y));
      StringBuilder line = new StringBuilder(String.format(Locale.US, "%5d  %-30s", ++rank,
          safe.apply(city.city() + ", " + city.state())));
      for (int year : years) {
        ScreenResults.CityYear y = byYear.get(year);
        line.append(y == null ? String.format("  %7s", "-")
            : String.format(Locale.US, "  %6s%s", y.nationalRatioText(), y.eligible() ? "*" : " "));
      }
      ScreenResults.CityYear latest = city.latest();
      line.append(String.format(Locale.US, "  %,11d  %,9.1f  %6s  %s | %s | %s", latest.population(),
          latest.violentCrimeRate(), latest.murderRatioText().orElse("n/a"),
          latest.focus().isEmpty() ? "-" : latest.focus().stream().map(Strategy::name).collect(Collectors.joining(", ")),
          latest.flagKinds().isEmpty() ? "-" : latest.flagKinds().stream().map(Enum::name).collect(Collectors.joining(", ")),
          cohorts(city.psp())));
      out.println(line.toString().stripTrailing());
    }
    for (ScreenResults.Table table : results.tables()) {
      if (!table.skipped().isEmpty()) {
        out.println();
        out.println("Not screened, " + safe.apply(table.file().toString()) + ":");
        table.skipped().forEach(s -> out.println("  row " + s.line() + ": " + safe.apply(s.message())));
      }
    }
  }

  /** The cohorts, e.g. {@code PSP 2017 (DIAGNOSTIC), PSP 2018 (OPERATIONS)}; {@code -} for none. */
  static String cohorts(List<PspRoster.Entry> psp) {
    if (psp.isEmpty()) {
      return "-";
    }
    return psp.stream().map(e -> e.program() + " " + e.cohort() + e.track().map(t -> " (" + t + ")").orElse(""))
        .collect(Collectors.joining(", "));
  }
}
