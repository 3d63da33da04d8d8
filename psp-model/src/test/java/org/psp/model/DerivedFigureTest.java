package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figures rules read that no year gives are declared once, as {@link DerivedFigure}s, beside the
 * year's {@link Figure}s: {@link Measure} names both, and each derived figure is worked out from the
 * figures it says, and from no other (the data-gap probe relies on it).
 */
class DerivedFigureTest {
  /** Anniston, AL's population (FBI CIUS 2017 Table 8). */
  private static final int ANNISTON = 21_955;
  private static final NationalRate NATIONAL_2017 = new NationalRate(2017, 382.9, 5.3, "FBI CIUS 2017 Table 1");
  private static final NationalRate NO_MURDER_RATE = new NationalRate(2017, 382.9, OptionalDouble.empty(),
      NationalRate.Basis.FIRST_PUBLISHED, "illustrative: a table that gives no murder rate", "");

  /** Anniston, AL in 2017 (FBI CIUS 2017 Table 8): its offenses and nothing else. */
  private static YearlyStatistics.Builder anniston2017() {
    return YearlyStatistics.builder().year(2017).murders(14).rapes(47).robberies(71).aggravatedAssaults(622);
  }

  static List<Figure> figuresOfAYear() {
    return Figure.all();
  }

  @ParameterizedTest
  @EnumSource(DerivedFigure.class)
  void aDerivedFigureIsNamedByItsKeyAndKnownWithTheYearsFigures(DerivedFigure figure) {
    assertThat(Measure.named(figure.key())).contains(figure);
    assertThat(Measure.keys()).containsOnlyOnce(figure.key());
    assertThat(figure.unit()).isIn(Figure.Unit.RATE, Figure.Unit.RATIO, Figure.Unit.RESIDENTS);
  }

  @ParameterizedTest
  @MethodSource("figuresOfAYear")
  void aFigureOfAYearIsNamedByItsKeyUnlessADerivedOneStandsForIt(Figure figure) {
    Measure named = Measure.named(figure.key()).orElseThrow();

    assertThat(named == figure || named == DerivedFigure.POPULATION).as(figure.key()).isTrue();
    assertThat(Measure.named("firarmShare")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(DerivedFigure.class)
  void aDerivedFigureMovesWithTheFiguresItIsWorkedFromAndNoOther(DerivedFigure derived) {
    OptionalDouble base = derived.of(anniston2017().build(), ANNISTON, NATIONAL_2017);

    for (Figure figure : Figure.all()) {
      YearlyStatistics.Builder changed = anniston2017();
      // Anniston's 2017 gives the offenses alone: one more of each, and a value for every other figure.
      figure.set(changed, figure.unit() == Figure.Unit.SHARE ? 0.25 : figure.of(anniston2017().build()).orElse(30_000) + 1);
      OptionalDouble moved = derived.of(changed.build(), ANNISTON, NATIONAL_2017);
      if (derived.workedFrom().contains(figure)) {
        assertThat(moved).as("%s when %s changes", derived.key(), figure.key()).isNotEqualTo(base);
      } else {
        assertThat(moved).as("%s when %s changes", derived.key(), figure.key()).isEqualTo(base);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DerivedFigure.class)
  void onlyWhatTheNationalTableMayLeaveOutIsMissing(DerivedFigure derived) {
    assertThat(derived.of(anniston2017().build(), ANNISTON, NATIONAL_2017)).isPresent();
    assertThat(derived.of(anniston2017().build(), ANNISTON, NO_MURDER_RATE).isEmpty()).isEqualTo(derived.mayBeMissing());
  }

  @ParameterizedTest
  @EnumSource(value = DerivedFigure.class, names = {"VIOLENT_CRIME_RATE", "NATIONAL_RATIO", "MURDER_RATE", "MURDER_RATIO"})
  void theRatesAndRatiosAreThePolicysRAndM(DerivedFigure derived) {
    double rate = (14 + 47 + 71 + 622) * 100_000.0 / ANNISTON;
    double murderRate = 14 * 100_000.0 / ANNISTON;
    double expected = switch (derived) {
      case VIOLENT_CRIME_RATE -> rate;
      case NATIONAL_RATIO -> rate / 382.9;
      case MURDER_RATE -> murderRate;
      default -> murderRate / 5.3;
    };

    assertThat(derived.of(anniston2017().build(), ANNISTON, NATIONAL_2017)).hasValue(expected);
  }
}
