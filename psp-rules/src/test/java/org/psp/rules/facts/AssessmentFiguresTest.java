package org.psp.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psp.model.Figure;
import org.psp.model.NationalRate;
import org.psp.model.Site;
import org.psp.model.YearlyStatistics;
import org.psp.rules.settings.PolicySettings;

/**
 * A rule reads each figure a year may leave out as a property of the {@link Assessment} under the
 * figure's key, null when the year does not give it (a null meets no threshold); the year's own
 * population falls back to the site's. A new figure without its property fails here, naming it.
 */
class AssessmentFiguresTest {

  static List<Figure> optionalFigures() {
    return Figure.all().stream().filter(f -> !f.required()).toList();
  }

  @ParameterizedTest
  @MethodSource("optionalFigures")
  void anOptionalFigureIsAPropertyUnderItsKeyNullWhenMissing(Figure figure) throws ReflectiveOperationException {
    String getter = "get" + Character.toUpperCase(figure.key().charAt(0)) + figure.key().substring(1);
    Method property = Assessment.class.getMethod(getter);
    double value = figure.unit() == Figure.Unit.SHARE ? 0.25 : 30_000;

    YearlyStatistics.Builder giving = anniston2017();
    figure.set(giving, value);
    assertThat(((Number) property.invoke(assessment(giving.build()))).doubleValue()).isEqualTo(value);

    Object missing = property.invoke(assessment(anniston2017().build()));
    if (figure == Figure.POPULATION) {
      assertThat(missing).as("the site's population stands in for the year's").isEqualTo(21_955);
    } else {
      assertThat(property.getReturnType().isPrimitive()).as("%s returns a type that can be null", getter).isFalse();
      assertThat(missing).as("%s of a year that does not give it", getter).isNull();
    }
    assertThat(figure.of(anniston2017().build())).isEqualTo(OptionalDouble.empty());
  }

  /** Anniston, AL in 2017 (FBI CIUS 2017 Table 8): its offenses and nothing else. */
  private static YearlyStatistics.Builder anniston2017() {
    return YearlyStatistics.builder().year(2017).murders(14).rapes(47).robberies(71).aggravatedAssaults(622);
  }

  private static Assessment assessment(YearlyStatistics year) {
    Site site = Site.builder().id("anniston-al").name("Anniston").state("AL").population(21_955).addStatistic(year).build();
    return new Assessment(site, new NationalRate(2017, 382.9, 5.3, "illustrative"), PolicySettings.defaults());
  }
}
