package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psp.model.json.SiteFile;
import org.psp.model.json.SiteFileReader;
import org.psp.model.json.SiteFileWriter;

/**
 * Every figure a year can give is declared once, as a {@link Figure}: these tests run over all of them,
 * so that a new figure is read, written, checked and documented with no test written for it.
 */
class FigureTest {
  /** The README, from this module's folder (where Maven runs its tests). */
  private static final Path README = Path.of("..", "README.md");
  /** Anniston, AL in 2017 (FBI CIUS 2017 Table 8), its offenses. */
  private static final Map<String, Object> ANNISTON_2017 = Map.of("murders", 14, "rapes", 47, "robberies", 71,
      "aggravatedAssaults", 622);

  static List<Figure> figures() {
    return Figure.all();
  }

  @ParameterizedTest
  @MethodSource("figures")
  void aValueInRangeIsSetReadAndKeptByTheSiteFile(Figure figure) {
    double value = inRange(figure);
    YearlyStatistics year = figure.set(Sites.anniston2017(), value).build();
    assertThat(figure.of(year)).hasValue(value);

    SiteFile file = new SiteFileReader().parse(siteFile(figure.key(), json(value, figure)), "figures.json");
    assertThat(file.problems()).isEmpty();
    assertThat(figure.of(file.sites().get(0).statistics().get(0))).hasValue(value);

    String written = new SiteFileWriter().toJson(file.sites());
    assertThat(written).contains("\"" + figure.key() + "\" : " + json(value, figure));
    assertThat(new SiteFileReader().parse(written, "written.json").sites()).isEqualTo(file.sites());
  }

  @ParameterizedTest
  @MethodSource("figures")
  void aValueOutOfRangeIsAProblemNamingTheFigureAndItsPath(Figure figure) {
    for (double value : outOfRange(figure)) {
      assertThat(figure.unit().accepts(value)).as("%s accepts %s", figure, value).isFalse();
      assertThatThrownBy(() -> figure.set(Sites.anniston2017(), value).build())
          .isInstanceOf(InvalidValueException.class).hasMessageContaining(figure.key() + " must be");

      List<Problem> problems = new SiteFileReader().parse(siteFile(figure.key(), json(value, figure)), "bad.json")
          .problems();
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.path()).isEqualTo("statistics[0]." + figure.key());
        assertThat(p.message()).startsWith("must be").endsWith("but was " + json(value, figure));
      });
    }
  }

  @ParameterizedTest
  @MethodSource("figures")
  void aRequiredFigureMustBeGivenAnOptionalOneIsMissingNeverZero(Figure figure) {
    String json = siteFile(figure.key(), null);
    SiteFile file = new SiteFileReader().parse(json, "missing.json");
    if (figure.required()) {
      assertThat(file.problems()).extracting(Problem::path).containsExactly("statistics[0]." + figure.key());
    } else {
      assertThat(file.problems()).isEmpty();
      assertThat(figure.of(file.sites().get(0).statistics().get(0))).isEmpty();
    }
  }

  @Test
  void aWholeFigureTakesNoFraction() {
    assertThatThrownBy(() -> Figure.MURDERS.set(Sites.anniston2017(), 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("murders must be a whole number but was 1.5");
  }

  @Test
  void eachFigureIsFoundByItsKeyAndTheProbeTriesTheOptionalShares() {
    for (Figure figure : Figure.all()) {
      assertThat(Figure.byKey(figure.key())).hasValue(figure);
    }
    assertThat(Figure.byKey("firearmshare")).isEmpty();
    assertThat(Figure.probed()).extracting(Figure::key)
        .containsExactly("firearmShare", "gangShare", "drugShare", "homicideClearanceRate");
  }

  /** The README's table of a year's figures lists each figure, in order, with its need, unit and range. */
  @Test
  void theReadmeTableIsTheFigures() throws IOException {
    String readme = Files.readString(README);
    int table = readme.indexOf("| figure | | unit | range | what it counts |");
    assertThat(table).as("the README's table of a year's figures").isPositive();
    Matcher row = Pattern.compile("\\G\\| `(\\w+)` \\| (\\w+) \\| (\\w+) \\| ([^|]+) \\| ([^|\\n]+) \\|\\n")
        .matcher(readme);
    int at = readme.indexOf('\n', readme.indexOf('\n', table) + 1) + 1;
    Map<String, String> documented = new LinkedHashMap<>();
    List<String> meanings = new ArrayList<>();
    while (row.find(at)) {
      documented.put(row.group(1), row.group(2) + " | " + row.group(3) + " | " + row.group(4).strip());
      meanings.add(row.group(5).strip());
      at = row.end();
    }
    Map<String, String> declared = Figure.all().stream().collect(Collectors.toMap(Figure::key,
        f -> (f.required() ? "required" : "optional") + " | " + f.unit().name().toLowerCase() + " | " + rangeWords(f.unit()),
        (a, b) -> a, LinkedHashMap::new));
    assertThat(documented).containsExactlyEntriesOf(declared);
    assertThat(meanings).allSatisfy(m -> assertThat(m).isNotBlank());
  }

  private static String rangeWords(Figure.Unit unit) {
    return switch (unit) {
      case OFFENSES, COUNT -> "≥ 0";
      case RESIDENTS -> "> 0";
      case SHARE -> "0 to 1";
      case RATE, RATIO -> throw new AssertionError("a year gives no figure of unit " + unit);
    };
  }

  /** A value of the figure's range that keeps Anniston's year plausible. */
  private static double inRange(Figure figure) {
    return switch (figure.unit()) {
      case SHARE -> 0.25;
      case RESIDENTS -> 30_000;
      case OFFENSES, COUNT -> 7;
      case RATE, RATIO -> throw new AssertionError("a year gives no figure of unit " + figure.unit());
    };
  }

  /** Values just outside the figure's range, at each end it has. */
  private static List<Double> outOfRange(Figure figure) {
    Figure.Unit unit = figure.unit();
    List<Double> values = new ArrayList<>();
    values.add(unit.lowestIncluded() ? unit.lowest() - (unit.isWhole() ? 1 : 0.01) : unit.lowest());
    if (unit.isBounded()) {
      values.add(unit.highest() + 0.5);
    }
    return values;
  }

  /** The value as the site file and the messages write it: a whole figure without a point. */
  private static String json(double value, Figure figure) {
    return figure.unit().isWhole() ? String.valueOf((long) value) : String.valueOf(value);
  }

  /** A site file of Anniston, whose 2017 gives {@code key} as {@code value}, or leaves it out when null. */
  private static String siteFile(String key, String value) {
    Map<String, Object> year = new LinkedHashMap<>();
    year.put("year", 2017);
    year.putAll(ANNISTON_2017);
    year.remove(key);
    if (value != null) {
      year.put(key, value);
    }
    String fields = year.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
        .collect(Collectors.joining(", "));
    return "{ \"sites\": [ { \"id\": \"anniston-al\", \"name\": \"Anniston\", \"state\": \"AL\", \"population\": 21955,"
        + " \"statistics\": [ { " + fields + " } ] } ] }";
  }

  @Test
  void aYearGivesAMissingOptionalFigureAsEmpty() {
    YearlyStatistics year = Sites.anniston2017().build();
    assertThat(Figure.FIREARM_SHARE.of(year)).isEqualTo(OptionalDouble.empty());
    assertThat(Figure.MURDERS.of(year)).hasValue(14);
  }
}
