package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psp.model.Strategy.*;

import org.junit.jupiter.api.Test;

class StrategyTest {

  @Test
  void theEnforcementStrategiesAreTheSevenOfThePolicy() {
    assertThat(Strategy.enforcementStrategies()).containsExactlyInAnyOrder(
        FEDERAL_PROSECUTION, ENFORCEMENT_TASK_FORCE, FOCUSED_DETERRENCE, HOT_SPOTS_POLICING,
        CRIME_GUN_INTELLIGENCE, DRUG_TRAFFICKING_ENFORCEMENT, FUGITIVE_APPREHENSION);
  }

  @Test
  void eachStrategyHasItsCoreAreaAndUsualLeads() {
    assertThat(ENFORCEMENT_TASK_FORCE.coreArea()).isEqualTo(CoreArea.FEDERAL_PARTNERSHIPS);
    assertThat(ENFORCEMENT_TASK_FORCE.usualLeads()).containsExactly(Agency.FBI, Agency.ATF, Agency.DEA, Agency.USMS);
    assertThat(VICTIM_SERVICES.usualLeads()).containsExactly(Agency.OVW, Agency.OJP);
    assertThat(TREATMENT_AND_SERVICES.usualLeads()).isEmpty();
  }
}
