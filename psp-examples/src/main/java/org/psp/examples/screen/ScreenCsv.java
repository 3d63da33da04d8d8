package org.psp.examples.screen;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.psp.model.Strategy;

/**
 * {@code psp screen --format csv}: the JSON's cities as rows ({@value #HEADER}); lists joined by
 * {@code |}, {@code psp} as {@code COHORT PROGRAM} entries; a murder ratio the year has not is blank.
 */
public final class ScreenCsv {

  /** The columns. */
  public static final String HEADER =
      "state,city,year,population,violentCrimeRate,nationalRatio,murderRatio,eligible,focus,flags,psp";

  private ScreenCsv() {}

  /** Writes {@code results}, the header first. */
  public static void write(ScreenResults results, PrintWriter out) {
    out.println(HEADER);
    for (ScreenResults.City city : results.cities()) {
      for (ScreenResults.CityYear y : city.years()) {
        out.println(String.join(",", y.state(), quote(y.city()), Integer.toString(y.year()), Integer.toString(y.population()),
            ScreenJson.rounded(y.violentCrimeRate(), 1).toPlainString(), ScreenJson.ratio(y.nationalRatio(), y).toPlainString(),
            y.murderRatio().isPresent() ? ScreenJson.ratio(y.murderRatio().getAsDouble(), y).toPlainString() : "",
            Boolean.toString(y.eligible()), join(y.focus().stream().map(Strategy::name).toList()),
            join(y.flagKinds().stream().map(Enum::name).toList()),
            quote(join(y.psp().stream().map(e -> e.cohort() + " " + e.program()).toList()))));
      }
    }
  }

  private static String join(List<String> values) {
    return values.stream().collect(Collectors.joining("|"));
  }

  private static String quote(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
