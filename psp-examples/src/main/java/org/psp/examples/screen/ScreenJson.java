package org.psp.examples.screen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.psp.model.Problem;
import org.psp.model.Strategy;
import org.psp.model.fbi.FbiFlag;
import org.psp.model.fbi.PspRoster;
import org.psp.model.words.Phrases;

/**
 * {@code psp screen --format json}, as the contract gives it: {@code { "tables": [ { "file", "year",
 * "rows", "skipped": [ { "row", "reason" } ] } ], "cities": [ { "state", "city", "year", "population",
 * "violentCrimeRate", "nationalRatio", "murderRatio", "eligible", "focus", "flags", "psp": [ {
 * "cohort", "program" } ] } ] }} — the cities ranked, each city's years one after another in year
 * order; the rate to one decimal, the ratios to two, as {@code psp advise} writes them.
 */
public final class ScreenJson {

  private ScreenJson() {}

  /** Writes {@code results} to {@code out}, which it leaves open. */
  public static void write(ScreenResults results, Writer out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeArrayFieldStart("tables");
      for (ScreenResults.Table table : results.tables()) {
        json.writeStartObject();
        json.writeStringField("file", table.file().toString());
        json.writeNumberField("year", table.year());
        json.writeNumberField("rows", table.rows());
        json.writeArrayFieldStart("skipped");
        for (Problem skipped : table.skipped()) {
          json.writeStartObject();
          json.writeNumberField("row", skipped.line());
          json.writeStringField("reason", skipped.message());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("cities");
      for (ScreenResults.City city : results.cities()) {
        for (ScreenResults.CityYear year : city.years()) {
          write(year, json);
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void write(ScreenResults.CityYear year, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("state", year.state());
    json.writeStringField("city", year.city());
    json.writeNumberField("year", year.year());
    json.writeNumberField("population", year.population());
    json.writeNumberField("violentCrimeRate", rounded(year.violentCrimeRate(), 1));
    json.writeNumberField("nationalRatio", ratio(year.nationalRatio(), year));
    if (year.murderRatio().isPresent()) {
      json.writeNumberField("murderRatio", ratio(year.murderRatio().getAsDouble(), year));
    } else {
      json.writeNullField("murderRatio");
    }
    json.writeBooleanField("eligible", year.eligible());
    json.writeArrayFieldStart("focus");
    for (Strategy strategy : year.focus()) {
      json.writeString(strategy.name());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("flags");
    for (FbiFlag.Kind kind : year.flagKinds()) {
      json.writeString(kind.name());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("psp");
    for (PspRoster.Entry entry : year.psp()) {
      json.writeStartObject();
      json.writeNumberField("cohort", entry.cohort());
      json.writeStringField("program", entry.program());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** {@code value} to {@code decimals} places, half up, as {@code psp advise --format json} writes figures. */
  /** A ratio with the decimals the text gives it: two, more where two would round it onto or across a threshold. */
  static BigDecimal ratio(double value, ScreenResults.CityYear year) {
    return rounded(value, Phrases.places(value, 2, year.thresholds()));
  }

  static BigDecimal rounded(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }
}
