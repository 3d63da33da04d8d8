package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EngagementTest {
  private static final LocalDate JUNE_3_2019 = LocalDate.of(2019, 6, 3);

  @Test
  void anOperationsEngagementRunsThreeYears() {
    Engagement e = Engagement.builder().cohort(2019).track(Track.OPERATIONS).start(JUNE_3_2019).build();

    assertThat(e.end()).hasValue(LocalDate.of(2022, 6, 3));
  }

  @Test
  void aDiagnosticEngagementRunsEighteenMonths() {
    Engagement e = Engagement.builder().cohort(2019).track(Track.DIAGNOSTIC).start(JUNE_3_2019).build();

    assertThat(e.end()).hasValue(LocalDate.of(2020, 12, 3));
  }

  @Test
  void withoutATrackOrAStartTheEndIsUnknown() {
    assertThat(Engagement.builder().cohort(2019).start(JUNE_3_2019).build().end()).isEmpty();
    assertThat(Engagement.builder().cohort(2019).track(Track.OPERATIONS).build().end()).isEmpty();
  }

  @Test
  void theFirstCohortIsTheViolenceReductionNetworks2014() {
    assertThat(Engagement.builder().cohort(2014).build().cohort()).isEqualTo(2014);
    assertThatThrownBy(() -> Engagement.builder().cohort(2013).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cohort must be a year from 2014 (the first cohort, the Violence Reduction Network's) to 2100 "
            + "but was 2013");
  }

  @Test
  void anEngagementStartsNoEarlierThanItsCohortYear() {
    assertThat(Engagement.builder().cohort(2019).start(LocalDate.of(2019, 1, 1)).build().start()).isPresent();
    assertThatThrownBy(() -> Engagement.builder().cohort(2019).start(LocalDate.of(2018, 12, 31)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("start must not be before the cohort year 2019 (a site starts once it has joined) but was "
            + "\"2018-12-31\"");
  }
}
