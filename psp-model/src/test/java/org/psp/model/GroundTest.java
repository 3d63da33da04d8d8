package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.psp.model.Ground.Comparison;

/** The checks of the grounds' parts: each refuses what no figure or year can be, naming the part and the value. */
class GroundTest {

  @Test
  void aCriterionRequiredInSomeYearsRunsForwards() {
    assertThat(new Ground.RequiredIn(2019, 2017, 2020).lastYear()).isEqualTo(2020);
    assertThat(new Ground.RequiredIn(2019, 2019, 2019).firstYear()).isEqualTo(2019);

    assertThatThrownBy(() -> new Ground.RequiredIn(2019, 2021, 2020))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstYear 2021 of a criterion required in some years must not be after its lastYear 2020");
  }

  @Test
  void theMurderRateStandingInRefusesWhatNoRateCanBe() {
    assertThatThrownBy(() -> new Ground.MurderRateStandsIn("firearmShare", 2019, Double.NaN, OptionalDouble.of(5.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("murderRate standing in for firearmShare must be a finite number >= 0 but was NaN");
    assertThatThrownBy(() -> new Ground.MurderRateStandsIn("firearmShare", 2019, 26.9, OptionalDouble.of(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nationalMurderRate must be a finite number >= 0 but was OptionalDouble[NaN]");
    assertThatThrownBy(() -> new Ground.MurderRateStandsIn(" ", 2019, 26.9, OptionalDouble.of(5.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missing (the figure the murder rate stands in for) must not be blank but was \" \"");
    assertThat(new Ground.MurderRateStandsIn("firearmShare", 2019, 26.9, OptionalDouble.empty()).murderRatio()).isEmpty();
  }

  @Test
  void theThresholdsARatioIsPrintedClearOfAreSettingsValuesAndTheListsAreGiven() {
    assertThatThrownBy(() -> new Ground.NationalRatio(2019, 735.0, 366.7, List.of(1.5, Double.NaN), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("thresholds must be finite numbers >= 0 but were [1.5, NaN]");
    assertThatThrownBy(() -> new Ground.MurderRateStandsIn("firearmShare", 2019, 26.9, OptionalDouble.of(5.0), List.of(-2.0),
        List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("thresholds must be finite numbers >= 0 but were [-2.0]");
    assertThatThrownBy(() -> new Ground.NationalRatio(2019, 735.0, 366.7, null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("thresholds");
    assertThatThrownBy(() -> new Ground.FigureValue("gangShare", OptionalDouble.of(0.3), 2019, null))
        .isInstanceOf(NullPointerException.class).hasMessage("flags");
  }

  @Test
  void aFigureAsItIsRefusesNaNAsAFigureAgainstASettingDoes() {
    assertThatThrownBy(() -> new Ground.FigureValue("gangShare", OptionalDouble.of(Double.NaN), 2019))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of gangShare must be a finite number but was OptionalDouble[NaN]");
    assertThatThrownBy(() -> new Ground.FigureAgainstSetting("gangShare", OptionalDouble.of(Double.NaN), "taskForceGangShare",
        0.2, Comparison.AT_LEAST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of gangShare must be a finite number but was OptionalDouble[NaN]");
    assertThat(new Ground.FigureValue("gangShare", OptionalDouble.empty(), 2019).value()).isEmpty();
  }

  @Test
  void aBlankNameIsNamedWithItsValue() {
    assertThatThrownBy(() -> new Ground.FigureAgainstSetting("", OptionalDouble.of(0.3), "taskForceGangShare", 0.2,
        Comparison.AT_LEAST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("figure must not be blank but was \"\"");
    assertThatThrownBy(() -> new Ground.FigureAgainstSetting("gangShare", OptionalDouble.of(0.3), "  ", 0.2,
        Comparison.AT_LEAST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("setting of gangShare must not be blank but was \"  \"");
    assertThatThrownBy(() -> new Ground.FigureValue(" ", OptionalDouble.of(0.3), 2019))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("figure must not be blank but was \" \"");
  }
}
