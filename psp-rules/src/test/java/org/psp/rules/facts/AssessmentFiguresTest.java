package org.psp.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.psp.model.DerivedFigure;
import org.psp.model.Figure;
import org.psp.model.NationalRate;
import org.psp.model.Site;
import org.psp.model.YearlyStatistics;
import org.psp.rules.settings.PolicySettings;

/**
 * A rule reads each figure a year may leave out as a property of the {@link Assessment} under the
 * figure's key, null when the year does not give it (a null meets no threshold); the year's own
 * population falls back to the site's. A new figure without its property fails here, naming it; so
 * does a derived figure whose property gives another number than its declaration works out.
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

  @ParameterizedTest
  @EnumSource(DerivedFigure.class)
  void aDerivedFigureIsThePropertyOfItsKeyAndWhatBecauseReads(DerivedFigure figure) throws ReflectiveOperationException {
    String getter = "get" + Character.toUpperCase(figure.key().charAt(0)) + figure.key().substring(1);
    Method property = Assessment.class.getMethod(getter);
    YearlyStatistics year = anniston2017().population(22_000).firearmShare(0.4).build();
    NationalRate noMurderRate = new NationalRate(2017, 382.9, OptionalDouble.empty(), NationalRate.Basis.FIRST_PUBLISHED,
        "illustrative: a table that gives no murder rate", "");

    for (NationalRate national : List.of(NATIONAL, noMurderRate)) {
      Assessment given = assessment(year, national);
      Assessment tried = assessment(anniston2017().build(), national).withStatistics(year);
      OptionalDouble expected = figure.of(year, 21_955, national);
      for (Assessment a : List.of(given, tried)) {
        Object value = property.invoke(a);
        assertThat(value == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) value).doubleValue()))
            .as("%s of %s", getter, national.source()).isEqualTo(expected).isEqualTo(Because.value(a, figure.key()));
      }
    }
  }

  /** Anniston, AL in 2017 (FBI CIUS 2017 Table 8): its offenses and nothing else. */
  private static YearlyStatistics.Builder anniston2017() {
    return YearlyStatistics.builder().year(2017).murders(14).rapes(47).robberies(71).aggravatedAssaults(622);
  }

  private static final NationalRate NATIONAL = new NationalRate(2017, 382.9, 5.3, "illustrative");

  private static Assessment assessment(YearlyStatistics year) {
    return assessment(year, NATIONAL);
  }

  private static Assessment assessment(YearlyStatistics year, NationalRate national) {
    Site site = Site.builder().id("anniston-al").name("Anniston").state("AL").population(21_955).addStatistic(year).build();
    return new Assessment(site, national, PolicySettings.defaults());
  }
}
