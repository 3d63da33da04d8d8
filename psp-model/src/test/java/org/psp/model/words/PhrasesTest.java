package org.psp.model.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.DataNote;
import org.psp.model.EligibilityReason;
import org.psp.model.FlagKind;
import org.psp.model.Ground;
import org.psp.model.Ground.Comparison;
import org.psp.model.Ground.FigureAgainstSetting;
import org.psp.model.Ground.Purpose;
import org.psp.model.Intervention;
import org.psp.model.InterventionStatus;
import org.psp.model.OnRecord;
import org.psp.model.RankReason;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;

/** The words of every kind of ground, alone and joined, as the advice of the bundled sites says them. */
class PhrasesTest {

  private static final Ground RATE = new Ground.NationalRatio(2019, 1811.4, 366.7);

  private static FigureAgainstSetting atLeast(String figure, double value, String setting, double threshold) {
    return new FigureAgainstSetting(figure, OptionalDouble.of(value), setting, threshold, Comparison.AT_LEAST);
  }

  private static FigureAgainstSetting below(String figure, double value, String setting, double threshold) {
    return new FigureAgainstSetting(figure, OptionalDouble.of(value), setting, threshold, Comparison.BELOW);
  }

  @Test
  void aFigureAgainstItsSettingQuotesBothInTheFiguresUnit() {
    assertThat(Phrases.grounds(List.of(RATE, atLeast("firearmShare", 0.7, "federalProsecutionFirearmShare", 0.4))))
        .isEqualTo("violent crime 1,811.4 per 100,000 in 2019, 4.94× the national 366.7; 70% of violent incidents involved a "
            + "firearm (at least 40%)");
    assertThat(Phrases.grounds(List.of(RATE, atLeast("nationalRatio", 4.94, "hotSpotsRatio", 2))))
        .isEqualTo("violent crime 1,811.4 per 100,000 in 2019, 4.94× the national 366.7 (at least 2×)");
    assertThat(Phrases.ground(below("homicideClearanceRate", 0.3, "investigationsClearanceRate", 0.5)))
        .isEqualTo("30% of homicides cleared (below 50%)");
    // A figure with no words of its own, against a setting of a rule author's own: named as the rule names them,
    // the value in the figure's unit (a count as a number; a share added as CONTRIBUTING.md says reads as a
    // percentage: AddAFigureTest).
    assertThat(Phrases.ground(atLeast("nonFatalShootings", 120, "minimumShootings", 100)))
        .isEqualTo("nonFatalShootings 120 (at least 100, setting minimumShootings)");
    assertThat(Phrases.ground(atLeast("murderRatio", 2.5, "minimumMurderRatio", 2)))
        .isEqualTo("murderRatio 2.5× (at least 2×, setting minimumMurderRatio)");
  }

  private static FigureAgainstSetting setting(String figure, double value, String setting, double threshold, double byDefault,
      List<DataNote> flags) {
    return new FigureAgainstSetting(figure, OptionalDouble.of(value), setting, threshold, Comparison.AT_LEAST,
        OptionalDouble.of(byDefault), flags);
  }

  @Test
  void theEligibilityThresholdIsCalledTheLibrarysDefaultOnlyWhenItIs() {
    Ground rate = new Ground.NationalRatio(2019, 1000, 400);

    assertThat(Phrases.eligibilityReason(new EligibilityReason("E", "violent crime rate", true,
        List.of(rate, setting("nationalRatio", 2.5, "eligibilityRatio", 1.5, 1.5, List.of())))))
        .isEqualTo("met: violent crime 1,000.0 per 100,000 in 2019, 2.50× the national 400.0: at least 1.5×, this library's "
            + "default threshold for \"far above the national average\" (setting eligibilityRatio; DOJ published no number)");
    assertThat(Phrases.eligibilityReason(new EligibilityReason("E", "violent crime rate", true,
        List.of(rate, setting("nationalRatio", 2.5, "eligibilityRatio", 2.5, 1.5, List.of())))))
        .isEqualTo("met: violent crime 1,000.0 per 100,000 in 2019, 2.50× the national 400.0: at least 2.5×, this run's "
            + "threshold (default 1.5×) for \"far above the national average\" (setting eligibilityRatio; DOJ published no number)");
    // A ground whose builder did not say the default never claims it.
    assertThat(Phrases.eligibilityReason(new EligibilityReason("E", "violent crime rate", true,
        List.of(rate, atLeast("nationalRatio", 2.5, "eligibilityRatio", 1.5)))))
        .contains(": at least 1.5×, this run's threshold for \"far above");
  }

  @Test
  void theFbisFlagsOnAYearGoWithEverySentenceThatQuotesItsFigures() {
    List<DataNote> flags = List.of(new DataNote(2019, FlagKind.NOT_COMPARABLE, Optional.of("footnote 5")));
    Ground rate = new Ground.NationalRatio(2019, 735, 366.7, List.of(), flags);
    FigureAgainstSetting hotSpots = setting("nationalRatio", 2.0044, "hotSpotsRatio", 2, 2, flags);

    assertThat(Phrases.grounds(List.of(rate, hotSpots)))
        .isEqualTo("violent crime 735.0 per 100,000 in 2019, 2.00× the national 366.7 (at least 2×; FBI flags 2019 NOT_COMPARABLE)");
    assertThat(Phrases.ground(rate)).isEqualTo("violent crime 735.0 per 100,000 in 2019, 2.00× the national 366.7 "
        + "(FBI flags 2019 NOT_COMPARABLE)");
    assertThat(Phrases.eligibilityReason(new EligibilityReason("E", "violent crime rate", true,
        List.of(rate, setting("nationalRatio", 2.0044, "eligibilityRatio", 1.5, 1.5, flags)))))
        .startsWith("met: violent crime 735.0 per 100,000 in 2019, 2.00× the national 366.7 (FBI flags 2019 NOT_COMPARABLE): "
            + "at least 1.5×, this library's default threshold");
    assertThat(Phrases.rankGrounds(List.of(hotSpots)))
        .isEqualTo("nationalRatio 2.004, 0.2% above its threshold 2 (FBI flags 2019 NOT_COMPARABLE)");
    Ground standsIn = new Ground.MurderRateStandsIn("firearmShare", 2019, 26.9, OptionalDouble.of(5.0), List.of(), flags);
    assertThat(Phrases.grounds(List.of(standsIn, setting("murderRatio", 5.38, "gunViolenceMurderRatio", 2, 2, flags))))
        .endsWith("5.38× the national 5.0 (at least 2×; FBI flags 2019 NOT_COMPARABLE)");
    assertThat(Phrases.ground(new Ground.FigureValue("murderRate", OptionalDouble.of(26.9), 2019, flags)))
        .isEqualTo("murderRate 26.9 in 2019 (FBI flags 2019 NOT_COMPARABLE)");
  }

  @Test
  void aFigureNeverRoundsOntoOrAcrossTheThresholdItIsComparedWith() {
    List<Double> thresholds = List.of(1.5, 2.0);
    // Salisbury, NC in 2015: 1.9954 is below 2, so not "2.00"; 2.0044 (2019) is above it, so not "2.00" either.
    assertThat(Phrases.ground(new Ground.NationalRatio(2015, 743.5, 372.6, thresholds, List.of())))
        .isEqualTo("violent crime 743.5 per 100,000 in 2015, 1.995× the national 372.6");
    assertThat(Phrases.ground(new Ground.NationalRatio(2019, 735.0, 366.7, thresholds, List.of())))
        .isEqualTo("violent crime 735.0 per 100,000 in 2019, 2.004× the national 366.7");
    // Exactly at it, or far from it: two decimals.
    assertThat(Phrases.ratio(2.0, thresholds)).isEqualTo("2.00");
    assertThat(Phrases.ratio(4.94, thresholds)).isEqualTo("4.94");
    assertThat(Phrases.ratio(1.4999, thresholds)).isEqualTo("1.4999");
    assertThat(Phrases.ratio(1.5049, thresholds)).isEqualTo("1.505");
    assertThat(Phrases.places(1.9954, 2, thresholds)).isEqualTo(3);
    // The ranking's words: the value, and how far beyond, never "2, 0% above its threshold 2" for 2.0044.
    assertThat(Phrases.rankGrounds(List.of(atLeast("nationalRatio", 2.0044, "hotSpotsRatio", 2))))
        .isEqualTo("nationalRatio 2.004, 0.2% above its threshold 2");
    assertThat(Phrases.rankGrounds(List.of(atLeast("nationalRatio", 2, "hotSpotsRatio", 2))))
        .isEqualTo("nationalRatio 2, 0% above its threshold 2");
    // A share both ways: 0.396 is below 40%, not "40%"; 0.497 of homicides cleared is below 50%, not "50%".
    assertThat(Phrases.ground(atLeast("firearmShare", 0.396, "federalProsecutionFirearmShare", 0.4)))
        .isEqualTo("39.6% of violent incidents involved a firearm (at least 40%)");
    assertThat(Phrases.ground(atLeast("firearmShare", 0.4, "federalProsecutionFirearmShare", 0.4)))
        .isEqualTo("40% of violent incidents involved a firearm (at least 40%)");
    assertThat(Phrases.ground(below("homicideClearanceRate", 0.497, "investigationsClearanceRate", 0.5)))
        .isEqualTo("49.7% of homicides cleared (below 50%)");
    assertThat(Phrases.ground(below("homicideClearanceRate", 0.3, "investigationsClearanceRate", 0.5)))
        .isEqualTo("30% of homicides cleared (below 50%)");
  }

  @Test
  void aSecondShareNamesOnlyWhatWasInvolvedAndASingleOneSaysOfWhat() {
    FigureAgainstSetting gangs = atLeast("gangShare", 0.4, "taskForceGangShare", 0.2);
    FigureAgainstSetting drugs = atLeast("drugShare", 0.35, "taskForceDrugShare", 0.3);

    assertThat(Phrases.grounds(List.of(gangs, drugs)))
        .isEqualTo("40% of violent incidents involved a gang (at least 20%); 35% involved drugs (at least 30%)");
    assertThat(Phrases.grounds(List.of(drugs))).isEqualTo("35% of violent incidents involved drugs (at least 30%)");
  }

  @Test
  void theMurderRateStandsInForAMissingFirearmShareWithItsSetting() {
    Ground standsIn = new Ground.MurderRateStandsIn("firearmShare", 2019, 26.9, OptionalDouble.of(5.0));

    assertThat(Phrases.grounds(List.of(standsIn, atLeast("murderRatio", 5.38, "gunViolenceMurderRatio", 2))))
        .isEqualTo("no firearm share for 2019, so the murder rate stands in for it: 26.9 murders per 100,000 in 2019, 5.38× "
            + "the national 5.0 (at least 2×)");
  }

  @Test
  void anAimIsJoinedToTheFactsThatBroughtIt() {
    assertThat(Phrases.grounds(List.of(below("population", 80_000, "grantAssistancePopulation", 100_000),
        new Ground.Aim(Purpose.SMALL_SITE_GRANTS))))
        .isEqualTo("80,000 residents, fewer than 100,000: a small site gains most from help with federal grants");
    assertThat(Phrases.grounds(List.of(new Ground.Aim(Purpose.PREVENTION_WITH_ENFORCEMENT),
        new Ground.ConditionOnRecord(Condition.LOW_COMMUNITY_TRUST, OnRecord.HOLDS, 2019))))
        .isEqualTo("prevention and outreach must accompany enforcement: community trust is low");
    assertThat(Phrases.grounds(List.of(new Ground.Aim(Purpose.RETURN_TO_OPPORTUNITY),
        new Ground.Accompanies(Strategy.FEDERAL_PROSECUTION),
        new Ground.CapabilityOnRecord(Capability.REENTRY_PROGRAM, OnRecord.ABSENT, 2019, Optional.empty()))))
        .isEqualTo("people prosecuted and removed must return to opportunity (FEDERAL_PROSECUTION is recommended); "
            + "the site has no reentry program");
    assertThat(Phrases.grounds(List.of(new Ground.Joined(2017), new Ground.Aim(Purpose.LEARNING_FROM_PEERS))))
        .isEqualTo("the site joined PSP in 2017 and can learn from its peer sites");
  }

  @Test
  void whatNobodyRecordedIsNeverStatedAsFact() {
    assertThat(Phrases.ground(new Ground.CapabilityOnRecord(Capability.CRIME_ANALYSIS_UNIT, OnRecord.NOT_ON_RECORD, 2019,
        Optional.empty()))).isEqualTo("no crime analysis unit is on record for 2019");
    assertThat(Phrases.ground(new Ground.CapabilityOnRecord(Capability.REENTRY_PROGRAM, OnRecord.ABSENT, 2019,
        Optional.of(Strategy.REENTRY))))
        .isEqualTo("besides its ACTIVE REENTRY intervention, the site has no standing reentry program");
    assertThat(Phrases.ground(new Ground.CapabilityOnRecord(Capability.NIBIN_ACCESS, OnRecord.HOLDS, 2019, Optional.empty())))
        .isEqualTo("the site has NIBIN access");
    assertThat(Phrases.ground(new Ground.ConditionOnRecord(Condition.DECLINES_IMMIGRATION_COOPERATION, OnRecord.NOT_ON_RECORD,
        2019))).isEqualTo("no refusal of federal immigration cooperation is on record for 2019");
    assertThat(Phrases.ground(new Ground.ConditionOnRecord(Condition.WARRANT_BACKLOG, OnRecord.NOT_ON_RECORD, 2019)))
        .isEqualTo("whether a warrant backlog applies to the site in 2019 is not on record");
    assertThat(Phrases.ground(new Ground.NotOnRecordFor(Strategy.CRIME_ANALYSIS, List.of(Capability.CRIME_ANALYSIS_UNIT), true,
        2019))).isEqualTo("check whether the site had a crime analysis unit in 2019 (capabilities) and whether it carried out "
            + "an ACTIVE CRIME_ANALYSIS intervention then (interventions): neither is on record");
  }

  @Test
  void theSiteItsPartnersAndItsInterventions() {
    assertThat(Phrases.ground(new Ground.KindOfSite(SiteKind.REGION))).isEqualTo("the site is a region spanning several agencies");
    assertThat(Phrases.ground(new Ground.PartnerWorks(Agency.REGIONAL_CRIME_CENTER, 2019)))
        .isEqualTo("a regional crime center works with the site in 2019");
    assertThat(Phrases.ground(new Ground.ActiveIntervention(Strategy.REENTRY, OptionalInt.of(2018))))
        .isEqualTo("the site has an ACTIVE REENTRY intervention since 2018");
    Intervention undated = Intervention.builder().strategy(Strategy.REENTRY).status(InterventionStatus.ACTIVE).build();
    assertThat(Phrases.ground(new Ground.InterventionKept(undated, 2019, Optional.empty())))
        .isEqualTo("the site carries out an ACTIVE REENTRY intervention (no start year on record, so no review of it): the "
            + "program strengthens what a site already does");
    assertThat(Phrases.ground(new Ground.CoordinateWith(Condition.CONSENT_DECREE, Strategy.HOT_SPOTS_POLICING)))
        .isEqualTo("the police department is under a consent decree: coordinate HOT_SPOTS_POLICING with the decree and the "
            + "Justice Department that oversees it");
  }

  @Test
  void eligibilityCriteriaSayWhetherTheyAreMet() {
    assertThat(Phrases.eligibilityReason(new EligibilityReason("E", "violent crime rate", false,
        List.of(RATE, setting("nationalRatio", 1.2, "eligibilityRatio", 1.5, 1.5, List.of())))))
        .isEqualTo("not met: violent crime 1,811.4 per 100,000 in 2019, 4.94× the national 366.7: below 1.5×, this library's "
            + "default threshold for \"far above the national average\" (setting eligibilityRatio; DOJ published no number)");
    Ground declines = new Ground.ConditionOnRecord(Condition.DECLINES_IMMIGRATION_COOPERATION, OnRecord.HOLDS, 2019);
    assertThat(Phrases.eligibilityReason(new EligibilityReason("E", "immigration cooperation", false,
        List.of(declines, new Ground.RequiredIn(2019, 2017, 2020)))))
        .isEqualTo("not met: the site declines federal immigration cooperation, required for 2019 (policy of 2017-2020)");
    assertThat(Phrases.eligibilityReason(new EligibilityReason("E", "commitment", true, List.of(new Ground.Commitment(true,
        true))))).isEqualTo("met: leadership is committed to reducing violent crime");
  }

  @Test
  void aCriterionMetOnlyForWhatNobodyRecordedIsAssumedNotMet() {
    assertThat(Phrases.eligibilityReason(new EligibilityReason("E", "commitment", true, List.of(new Ground.Commitment(true,
        false))))).isEqualTo("assumed: leadership's commitment to reducing violent crime is not on record; taken as given");
    Ground noRefusal = new Ground.ConditionOnRecord(Condition.DECLINES_IMMIGRATION_COOPERATION, OnRecord.NOT_ON_RECORD, 2019);
    assertThat(Phrases.eligibilityReason(new EligibilityReason("E", "immigration cooperation", true,
        List.of(noRefusal, new Ground.RequiredIn(2019, 2017, 2020)))))
        .isEqualTo("assumed: no refusal of federal immigration cooperation is on record for 2019, required for 2019");
    Ground cooperates = new Ground.ConditionOnRecord(Condition.DECLINES_IMMIGRATION_COOPERATION, OnRecord.ABSENT, 2019);
    assertThat(Phrases.eligibilityReason(new EligibilityReason("E", "immigration cooperation", true,
        List.of(cooperates, new Ground.RequiredIn(2019, 2017, 2020)))))
        .isEqualTo("met: the site cooperates with federal immigration enforcement, required for 2019");
  }

  @Test
  void aRankReasonWeighsTheFigureByHowFarBeyondItsSettingItIs() {
    assertThat(Phrases.rankReason(RankReason.score("Rank: need", "need", 0.66,
        List.of(atLeast("murderRatio", 5.84, "gunViolenceMurderRatio", 2)))))
        .isEqualTo("need +0.66: murderRatio 5.84, 192% above its threshold 2");
    assertThat(Phrases.rankReason(RankReason.score("Rank: capacity", "capacity", 0.25,
        List.of(new Ground.EffortOnRecord(Strategy.REENTRY, Ground.Capacity.NOT_ON_RECORD, 2019)))))
        .isEqualTo("capacity +0.25: whether the site already has a REENTRY effort in 2019 is not on record");
    assertThat(Phrases.signed(-0.104)).isEqualTo("-0.10");
  }

  @Test
  void numbersAreRoundedHalfUpAndGrouped() {
    assertThat(Phrases.number(1234.5)).isEqualTo("1,234.5");
    assertThat(Phrases.number(100_000)).isEqualTo("100,000");
    assertThat(Phrases.percent(0.255)).isEqualTo("26%");
    assertThat(Phrases.change(-0.1234)).isEqualTo("down 12.3%");
    assertThat(Phrases.change(0.05)).isEqualTo("up 5.0%");
    // Houston 2016 to 2018: 1,026.41 to 1,026.10 per 100,000 read "down 0.0%".
    assertThat(Phrases.change(-0.0003)).isEqualTo("down 0.03%");
  }
}
