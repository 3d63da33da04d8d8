package org.psp.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.DataFlag;
import org.psp.model.FlagKind;
import org.psp.model.OnRecord;
import org.psp.model.Problem;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.Strategy;

/** The site file's facts in time, FBI flags, years not reported and partial sections (CONTRACT §2), each with its errors. */
class SiteFileFactsInTimeTest {
  private final SiteFileReader reader = new SiteFileReader();

  /** One site with {@code extra} keys; its 2017 and 2019 figures are illustrative. */
  private static String site(String extra) {
    return """
        { "sites": [ { "id": "test-md", "name": "Test", "state": "MD", "population": 100000,
          "statistics": [ { "year": 2017, "murders": 1, "rapes": 1, "robberies": 1, "aggravatedAssaults": 1 %s },
                          { "year": 2019, "murders": 1, "rapes": 1, "robberies": 1, "aggravatedAssaults": 1 } ]
          %s } ] }""".formatted(extra.startsWith("YEAR") ? extra.substring(4) : "", extra.startsWith("YEAR") ? "" : extra);
  }

  private Site valid(String extra) {
    SiteFile file = reader.parse(site(extra), "test.json");
    assertThat(file.problems()).isEmpty();
    return file.sites().get(0);
  }

  private List<String> problems(String extra) {
    SiteFile file = reader.parse(site(extra), "test.json");
    assertThat(file.sites()).isEmpty();
    return file.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aConditionWithYearsHoldsInThoseYearsOnly() {
    Site site = valid("""
        , "conditions": [ { "value": "DECLINES_IMMIGRATION_COOPERATION", "since": 2017, "until": 2017,
        "source": "Washington Post 2019-07-17" }, "CONSENT_DECREE" ]""");

    assertThat(site.condition(Condition.DECLINES_IMMIGRATION_COOPERATION, 2017)).isEqualTo(OnRecord.HOLDS);
    assertThat(site.condition(Condition.DECLINES_IMMIGRATION_COOPERATION, 2019)).isEqualTo(OnRecord.ABSENT);
    assertThat(site.condition(Condition.CONSENT_DECREE, 2019)).isEqualTo(OnRecord.HOLDS);
    assertThat(site.conditions().get(0).source()).hasValue("Washington Post 2019-07-17");
  }

  @Test
  void anAbsentEntryRecordsAnAbsenceAndAPartialSectionLeavesTheRestNotOnRecord() {
    Site site = valid("""
        , "capabilities": [ { "value": "NIBIN_ACCESS", "since": 2018 },
        { "value": "REAL_TIME_CRIME_CENTER", "until": 2017, "absent": true } ], "partial": [ "capabilities" ]""");

    assertThat(site.capability(Capability.NIBIN_ACCESS, 2019)).isEqualTo(OnRecord.HOLDS);
    assertThat(site.capability(Capability.NIBIN_ACCESS, 2017)).isEqualTo(OnRecord.NOT_ON_RECORD);
    assertThat(site.capability(Capability.REAL_TIME_CRIME_CENTER, 2017)).isEqualTo(OnRecord.ABSENT);
    assertThat(site.capability(Capability.REAL_TIME_CRIME_CENTER, 2019)).isEqualTo(OnRecord.NOT_ON_RECORD);
    assertThat(site.capability(Capability.CRIME_ANALYSIS_UNIT, 2019)).isEqualTo(OnRecord.NOT_ON_RECORD);
    assertThat(site.partial()).containsExactly(SiteField.CAPABILITIES);
  }

  @Test
  void withoutPartialARecordedSectionIsCompleteAndWithoutTheKeyNothingIsOnRecord() {
    assertThat(valid(", \"capabilities\": []").capability(Capability.NIBIN_ACCESS, 2019)).isEqualTo(OnRecord.ABSENT);
    assertThat(valid("").capability(Capability.NIBIN_ACCESS, 2019)).isEqualTo(OnRecord.NOT_ON_RECORD);
  }

  @Test
  void partnersAndInterventionsTakeYearsAndASource() {
    Site site = valid("""
        , "partners": [ { "agency": "ATF", "since": 2018, "source": "a newsletter" } ],
        "interventions": [ { "strategy": "CRIME_GUN_INTELLIGENCE", "status": "ACTIVE", "since": 2018, "until": 2018,
          "source": "an award" } ]""");

    assertThat(site.hasPartner(Agency.ATF, 2017)).isFalse();
    assertThat(site.hasPartner(Agency.ATF, 2019)).isTrue();
    assertThat(site.partners().get(0).source()).hasValue("a newsletter");
    assertThat(site.intervention(Strategy.CRIME_GUN_INTELLIGENCE, 2018)).isEqualTo(OnRecord.HOLDS);
    assertThat(site.intervention(Strategy.CRIME_GUN_INTELLIGENCE, 2019)).isEqualTo(OnRecord.ABSENT);
    assertThat(site.interventions().get(0).source()).hasValue("an award");
  }

  @Test
  void aYearsFlagsAreKindsOrKindsWithANote() {
    Site site = valid("YEAR, \"flags\": [ \"LEGACY_RAPE_DEFINITION\", { \"kind\": \"NOT_COMPARABLE\", \"note\": \"FBI footnote 6\" } ]");

    assertThat(site.flags(2017)).containsExactly(DataFlag.of(FlagKind.LEGACY_RAPE_DEFINITION),
        DataFlag.of(FlagKind.NOT_COMPARABLE, "FBI footnote 6"));
    assertThat(site.flags(2019)).isEmpty();
  }

  /** The FBI's other footnotes, which are no flag (arson, data left out where only other offences are blank). */
  @Test
  void aYearsNotesAreTheFbisOtherFootnotesBesideItsFlags() {
    Site site = valid("YEAR, \"notes\": [ \"FBI footnote 6: The FBI determined that the agency's data were underreported.\" ]");

    assertThat(site.notes(2017)).containsExactly("FBI footnote 6: The FBI determined that the agency's data were underreported.");
    assertThat(site.flags(2017)).isEmpty();
    assertThat(site.notes(2019)).isEmpty();
    assertThat(problems("YEAR, \"notes\": [ 6 ]")).containsExactly("test-md: statistics[0].notes[0]: must be a string but was 6");
    assertThat(problems("YEAR, \"notes\": [ \" \" ]")).containsExactly(
        "test-md: statistics[0].notes: must not be blank but was \" \"");
  }

  @Test
  void aYearNotReportedHasAReasonAndFlagsButNoFigures() {
    Site site = valid("""
        , "notReported": [ { "year": 2018, "reason": "withheld as underreported",
        "flags": [ "UNDERREPORTED", "NOT_COMPARABLE" ] } ]""");

    assertThat(site.notReported().get(0).reason()).hasValue("withheld as underreported");
    assertThat(site.flags(2018)).extracting(DataFlag::kind).containsExactly(FlagKind.UNDERREPORTED, FlagKind.NOT_COMPARABLE);
    assertThat(site.statisticsFor(2018)).isEmpty();
  }

  @Test
  void aBadFactNamesItsPathAndValue() {
    assertThat(problems(", \"capabilities\": [ { \"value\": \"NIBIN\" } ]")).containsExactly(
        "test-md: capabilities[0].value: must be one of CRIME_ANALYSIS_UNIT, REAL_TIME_CRIME_CENTER, NIBIN_ACCESS, "
            + "CRIME_GUN_INTELLIGENCE_CENTER, VIOLENT_CRIME_TASK_FORCE, FUGITIVE_TASK_FORCE, COMMUNITY_POLICING_PROGRAM, "
            + "REENTRY_PROGRAM, VICTIM_SERVICES_PROGRAM but was \"NIBIN\"");
    assertThat(problems(", \"conditions\": [ { \"value\": \"CONSENT_DECREE\", \"since\": 2019, \"until\": 2017 } ]"))
        .containsExactly("test-md: conditions[0].until: must not be before since, 2019 but was 2017");
    assertThat(problems(", \"conditions\": [ { \"value\": \"CONSENT_DECREE\", \"from\": 2019 } ]"))
        .containsExactly("test-md: conditions[0].from: unknown field \"from\"; known fields: value, since, until, absent, source");
    assertThat(problems(", \"conditions\": [ { \"since\": 2019 } ]"))
        .containsExactly("test-md: conditions[0].value: is required but missing");
    assertThat(problems(", \"capabilities\": [ { \"value\": \"NIBIN_ACCESS\", \"absent\": \"yes\" } ]"))
        .containsExactly("test-md: capabilities[0].absent: must be true or false but was \"yes\"");
    assertThat(problems(", \"partners\": [ { \"agency\": \"ATF\", \"since\": 1800, \"source\": \" \" } ]"))
        .containsExactly("test-md: partners[0].since: must be a year from 1990 to 2100 but was 1800",
            "test-md: partners[0].source: must not be blank but was \" \"");
    assertThat(problems(", \"interventions\": [ { \"strategy\": \"REENTRY\", \"status\": \"ACTIVE\", \"until\": \"soon\" } ]"))
        .containsExactly("test-md: interventions[0].until: must be a whole number but was \"soon\"");
  }

  @Test
  void aContradictionIsAnError() {
    assertThat(problems("""
        , "capabilities": [ { "value": "NIBIN_ACCESS", "since": 2018 },
        { "value": "NIBIN_ACCESS", "until": 2018, "absent": true } ]""")).containsExactly(
        "test-md: capabilities[1]: records NIBIN_ACCESS absent, which capabilities[0] records held in some of the "
            + "same years: one of them is wrong, or their years are");
  }

  @Test
  void aBadFlagOrYearNotReportedNamesItsPathAndValue() {
    assertThat(problems("YEAR, \"flags\": [ \"ESTIMATED\" ]")).containsExactly(
        "test-md: statistics[0].flags[0]: must be one of NOT_COMPARABLE, UNDERREPORTED, GUIDELINES_NOT_FOLLOWED, "
            + "LEGACY_RAPE_DEFINITION but was \"ESTIMATED\"");
    assertThat(problems("YEAR, \"flags\": [ { \"kind\": \"UNDERREPORTED\", \"text\": \"x\" } ]")).containsExactly(
        "test-md: statistics[0].flags[0].text: unknown field \"text\"; known fields: kind, note");
    assertThat(problems(", \"notReported\": [ { \"year\": 2019 } ]")).containsExactly(
        "test-md: notReported[0].year: repeats 2019, the year of statistics[1], which has figures: a year either "
            + "has figures or is not reported");
    assertThat(problems(", \"notReported\": [ { \"reason\": \"x\" } ]")).containsExactly(
        "test-md: notReported[0].year: is required but missing");
  }

  @Test
  void partialNamesRecordedSectionsOnce() {
    assertThat(problems(", \"partial\": [ \"capabilities\" ]")).containsExactly(
        "test-md: partial: must name only recorded sections: capabilities is not recorded (its key is absent), "
            + "so none of it is on record anyway but was \"capabilities\"");
    assertThat(problems(", \"capabilities\": [], \"partial\": [ \"capabilities\", \"capabilities\" ]")).containsExactly(
        "test-md: partial[1]: must name each section once but repeats \"capabilities\"");
    assertThat(problems(", \"partial\": null")).containsExactly("test-md: partial: must be an array (or left out) but was null");
    assertThat(problems(", \"notReported\": null")).containsExactly(
        "test-md: notReported: must be an array (or left out) but was null");
    assertThat(problems(", \"partial\": [ \"commitment\" ]")).containsExactly(
        "test-md: partial[0]: must be one of partners, capabilities, conditions, interventions but was \"commitment\"");
  }
}
