package org.psp.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.Agency;
import org.psp.model.Problem;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.Track;

class SiteFileReaderTest {
  private final SiteFileReader reader = new SiteFileReader();

  private static final String ANNISTON = """
      { "id": "anniston-al", "name": "Anniston", "state": "AL", "population": 21955,
        "engagements": [ { "cohort": 2019, "track": "OPERATIONS", "start": "2019-06-03" } ],
        "statistics": [ { "year": 2017, "murders": 14, "rapes": 47, "robberies": 71, "aggravatedAssaults": 622 } ],
        "partners": [ { "agency": "ATF" } ] }""";

  private SiteFile parse(String json) {
    return reader.parse(json, "test.json");
  }

  @Test
  void readsAValidSite() {
    SiteFile file = parse("{ \"sites\": [" + ANNISTON + "] }");

    assertThat(file.isValid()).isTrue();
    Site site = file.sites().get(0);
    assertThat(site.id()).isEqualTo("anniston-al");
    assertThat(site.engagements().get(0).track()).hasValue(Track.OPERATIONS);
    assertThat(site.hasPartner(Agency.ATF, 2017)).isTrue();
    assertThat(site.violentCrimeRate(2017)).isBetween(3434.2, 3434.4);
  }

  @Test
  void anAbsentPartIsNotRecordedAnEmptyOneIsCheckedNoneAndTheWriterKeepsTheDifference() {
    Site site = parse("{ \"sites\": [" + ANNISTON.replace("\"partners\": [ { \"agency\": \"ATF\" } ]",
        "\"partners\": [], \"conditions\": [], \"commitment\": true") + "] }").sites().get(0);

    assertThat(site.notRecorded()).containsExactlyInAnyOrder(SiteField.CAPABILITIES, SiteField.INTERVENTIONS);
    assertThat(site.isRecorded(SiteField.PARTNERS)).isTrue();
    String written = new SiteFileWriter().toJson(List.of(site));
    assertThat(written).contains("\"partners\" : [ ]", "\"conditions\" : [ ]", "\"commitment\" : true")
        .doesNotContain("capabilities", "interventions");
    assertThat(parse(written).sites()).containsExactly(site);
  }

  @Test
  void nullIsNoWayToSayAPartIsNotRecorded() {
    SiteFile file = parse("{ \"sites\": [" + ANNISTON.replace("\"partners\": [ { \"agency\": \"ATF\" } ]",
        "\"partners\": null, \"commitment\": null") + "] }");

    assertThat(file.sites()).isEmpty();
    assertThat(file.problems()).extracting(Problem::toString).containsExactly(
        "anniston-al: partners: must be an array (or left out when not recorded) but was null",
        "anniston-al: commitment: must be true or false (or left out when not recorded) but was null");
  }

  @Test
  void reportsEveryProblemOfEverySiteAndKeepsTheValidOnes() {
    String json = """
        { "sites": [
          { "id": "bad-one", "name": "Bad", "state": "AL", "population": 0,
            "statistics": [ { "year": 2017, "murders": 1, "rapes": 1, "robberies": -4, "aggravatedAssaults": 1,
                              "firearmShare": 1.5 } ] },
          %s,
          { "id": "Bad Two", "name": "Two", "state": "ZZ", "population": 10, "kind": "TOWN",
            "statistics": [ { "year": 2017, "murders": 1, "rapes": 1, "robberies": 1, "aggravatedAssaults": 1, "guns": 3 } ],
            "conditions": [ "CONSENT_DECREE", "LOW_TRUST" ] }
        ] }""".formatted(ANNISTON);

    SiteFile file = parse(json);

    assertThat(file.sites()).extracting(Site::id).containsExactly("anniston-al");
    assertThat(file.problems()).extracting(Problem::toString).containsExactly(
        "bad-one: statistics[0].robberies: must be >= 0 but was -4",
        "bad-one: statistics[0].firearmShare: must be between 0 and 1 but was 1.5",
        "bad-one: population: must be > 0 but was 0",
        "sites[2]: kind: must be one of CITY, COUNTY, REGION but was \"TOWN\"",
        "sites[2]: statistics[0].guns: unknown field \"guns\"; known fields: year, murders, rapes, robberies, "
            + "aggravatedAssaults, population, firearmShare, gangShare, drugShare, nonFatalShootings, homicideClearanceRate, flags, notes",
        "sites[2]: conditions[1]: must be one of CONSENT_DECREE, DECLINES_IMMIGRATION_COOPERATION, LOW_COMMUNITY_TRUST, "
            + "HIGH_PROFILE_INCIDENT, ANALYTICS_DEFICIT, TECHNOLOGY_DEFICIT, WARRANT_BACKLOG but was \"LOW_TRUST\"",
        "sites[2]: id: must be a lowercase slug of a-z, 0-9 and - but was \"Bad Two\"",
        "sites[2]: state: must be a two-letter USPS code such as MD but was \"ZZ\"");
  }

  /** A repeat names the value and where it was given first; no problem says its path twice. */
  @Test
  void aRepeatedYearOrCohortNamesItsFirstPlaceAndNoProblemRepeatsItsPath() {
    String year = "{ \"year\": %d, \"murders\": 1, \"rapes\": 1, \"robberies\": 1, \"aggravatedAssaults\": 1 }";
    String json = """
        { "sites": [ { "id": "x", "name": "X", "state": "OH", "population": 10000,
            "engagements": [ { "cohort": 2019 }, { "cohort": 2019 } ],
            "statistics": [ %s, %s, %s ], "notReported": [ { "year": 2018 }, { "year": 2017 }, { "year": 2017 } ],
            "capabilities": [ "NIBIN_ACCESS", { "value": "NIBIN_ACCESS", "since": 2019, "absent": true } ] } ] }"""
        .formatted(year.formatted(2019), year.formatted(2018), year.formatted(2019));

    List<Problem> problems = parse(json).problems();

    assertThat(problems).extracting(Problem::toString).containsExactly(
        "x: statistics[2].year: repeats 2019, the year of statistics[0]: give each year's figures once",
        "x: notReported[0].year: repeats 2018, the year of statistics[1], which has figures: a year either has figures "
            + "or is not reported",
        "x: notReported[2].year: repeats 2017, the year of notReported[1]: give each year once",
        "x: capabilities[1]: records NIBIN_ACCESS absent, which capabilities[0] records held in some of the same years: "
            + "one of them is wrong, or their years are",
        "x: engagements[1].cohort: repeats 2019, the cohort of engagements[0]: a site joins a cohort once");
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotStartWith(p.path())
        .doesNotStartWith(p.path().substring(p.path().lastIndexOf('.') + 1) + " "));
  }

  @Test
  void siteLevelChecksAreReportedBesideFieldProblems() {
    String json = """
        { "sites": [ { "id": "x", "name": "X", "state": "ZZ", "population": 10000, "kind": "TOWN",
            "statistics": [ { "year": 2017, "murders": 1, "rapes": 1, "robberies": 1, "aggravatedAssaults": 1 } ] } ] }""";

    assertThat(parse(json).problems()).extracting(Problem::toString).containsExactly(
        "x: kind: must be one of CITY, COUNTY, REGION but was \"TOWN\"",
        "x: state: must be a two-letter USPS code such as MD but was \"ZZ\"");
  }

  @Test
  void missingRequiredFieldsAndWrongTypesAreNamed() {
    String json = """
        { "sites": [ { "id": "x", "state": "AL", "population": "many", "commitment": "yes",
            "statistics": [ { "year": 2017, "murders": 1.5, "rapes": 1, "aggravatedAssaults": 99999999999 } ] } ] }""";

    assertThat(parse(json).problems()).extracting(Problem::path, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("name", "is required but missing"),
        org.assertj.core.groups.Tuple.tuple("population", "must be a whole number but was \"many\""),
        org.assertj.core.groups.Tuple.tuple("commitment", "must be true or false but was \"yes\""),
        org.assertj.core.groups.Tuple.tuple("statistics[0].murders", "must be a whole number but was 1.5"),
        org.assertj.core.groups.Tuple.tuple("statistics[0].robberies", "is required but missing"),
        org.assertj.core.groups.Tuple.tuple("statistics[0].aggravatedAssaults",
            "must be a whole number of at most 2147483647 but was 99999999999"));
  }

  @Test
  void aNonTextIdIsAProblemNotAnException() {
    SiteFile file = parse("{ \"sites\": [" + ANNISTON.replace("\"anniston-al\"", "42") + "] }");

    assertThat(file.sites()).isEmpty();
    assertThat(file.problems()).extracting(Problem::toString).containsExactly("sites[0]: id: must be a string but was 42");
  }

  @Test
  void aSyntaxErrorNamesItsLineAndColumn() {
    SiteFile file = parse("{ \"sites\": [\n  { \"id\": \"x\",, } ] }");

    assertThat(file.sites()).isEmpty();
    assertThat(file.problems()).singleElement().satisfies(p -> {
      assertThat(p.site()).isEmpty();
      assertThat(p.message()).startsWith("test.json: malformed JSON at line 2, column 15:");
    });
  }

  /**
   * A number of 100,000 digits is said as such, with its site and field, and ends the reading (the
   * parser cannot go on past it); a name of 100,000 characters is its site's problem, and the next
   * site is read.
   */
  @Test
  void aValueTooLongIsNamedByItsFieldInTheProjectsWords() {
    String huge = "1".repeat(100_000);
    SiteFile number = parse("{ \"sites\": [" + ANNISTON + ",\n" + ANNISTON.replace("anniston-al", "second")
        .replace("\"year\": 2017, \"murders\": 14", "\"year\": 2017, \"population\": " + huge + ", \"murders\": 14") + "] }");
    SiteFile name = parse("{ \"sites\": [" + ANNISTON.replace("\"Anniston\"", "\"" + "N".repeat(100_000) + "\"") + ",\n"
        + ANNISTON.replace("anniston-al", "second") + "] }");
    SiteFileReader.SiteResult inOneSite = reader.readSite(ANNISTON.replace("21955", huge));

    assertThat(number.sites()).extracting(Site::id).containsExactly("anniston-al");
    assertThat(number.problems()).extracting(Problem::toString).singleElement().asString()
        .startsWith("sites[1]: statistics[0].population: a number of 100,000 digits, more than the 100 a number may have "
            + "(line 7, column ").endsWith("); the file is read no further").doesNotContain("String", "Constraints");
    assertThat(name.sites()).extracting(Site::id).containsExactly("second");
    assertThat(name.problems()).extracting(Problem::toString).containsExactly(
        "anniston-al: name: must be at most 65,536 characters (far more than a name or an id needs) but was a text of 100,000");
    assertThat(inOneSite.problems()).extracting(Problem::toString).singleElement().asString()
        .startsWith("population: a number of 100,000 digits, more than the 100 a number may have (line 1, column ");
  }

  @Test
  void oneSiteIsReadFromItsJsonTextAsInASiteFile() {
    SiteFileReader reader = new SiteFileReader();

    SiteFileReader.SiteResult read = reader.readSite(ANNISTON);
    SiteFileReader.SiteResult bad = reader.readSite(ANNISTON.replace("\"AL\"", "\"ZZ\""));
    SiteFileReader.SiteResult notJson = reader.readSite("{ \"id\": ");

    assertThat(read.site()).hasValueSatisfying(site -> assertThat(site.id()).isEqualTo("anniston-al"));
    assertThat(read.problems()).isEmpty();
    assertThat(bad.site()).isEmpty();
    assertThat(bad.id()).hasValue("anniston-al");
    assertThat(bad.problems()).extracting(Problem::path).containsExactly("state");
    assertThat(notJson.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("the site: malformed JSON at line 1"));
  }

  @Test
  void aControlCharacterIsNamedInPlainWords() {
    assertThat(parse("{ \"sites\": [\u0001] }").problems()).singleElement().satisfies(p -> assertThat(p.message())
        .startsWith("test.json: malformed JSON at line 1, column 14: a control character (code 1): only regular white space")
        .doesNotContain("CTRL-CHAR", "Illegal"));
  }

  @Test
  void aTruncatedFileIsASyntaxError() {
    assertThat(parse("{ \"sites\": [" + ANNISTON.substring(0, 40)).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).startsWith("test.json: malformed JSON at line 1"));
  }

  @Test
  void aDuplicateKeyIsASyntaxError() {
    assertThat(parse("{ \"sites\": [], \"sites\": [] }").problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("Duplicate field 'sites'"));
  }

  @Test
  void theRootMustBeAnObjectWithASitesArray() {
    assertThat(parse("[]").problems()).extracting(Problem::toString)
        .containsExactly("test.json: must be an object but was []");
    assertThat(parse("{}").problems()).extracting(Problem::toString)
        .containsExactly("sites: is required but missing");
    assertThat(parse("{ \"sites\": {}, \"extra\": 1 }").problems()).extracting(Problem::toString)
        .containsExactly("sites: must be an array but was {}", "extra: unknown field \"extra\"; known fields: sites");
    assertThat(parse("").problems()).extracting(Problem::message)
        .containsExactly("test.json: the file is empty; expected {\"sites\": [...]}");
  }

  @Test
  void aDuplicateIdIsReportedAndOnlyTheFirstKept() {
    SiteFile file = parse("{ \"sites\": [" + ANNISTON + "," + ANNISTON + "] }");

    assertThat(file.sites()).hasSize(1);
    assertThat(file.problems()).extracting(Problem::toString)
        .containsExactly("anniston-al: id: duplicate id \"anniston-al\": sites[0] has it already");
  }

  @Test
  void deepNestingIsRefusedSayingTheLimit() {
    String deep = "[".repeat(200) + "]".repeat(200);

    assertThat(parse("{ \"sites\": " + deep + " }").problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("nested deeper than 32 levels"));
  }

  @Test
  void anOversizedStreamIsRefusedSayingTheLimit() throws IOException {
    // Spaces without end, as a device or a pipe may give: read up to the limit, never held.
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) ' ');
        return len;
      }
    };

    SiteFile file = reader.read(endless, "endless.json");

    assertThat(file.problems()).singleElement().satisfies(p -> assertThat(p.message())
        .isEqualTo("endless.json is larger than " + SiteFileReader.MAX_FILE_BYTES + " bytes, the most a site file may have; split it"));
  }

  @Test
  void streamsSitesAndProblemsInFileOrder() throws IOException {
    String json = "{ \"sites\": [" + ANNISTON + ", { \"id\": \"broken\" }, "
        + ANNISTON.replace("anniston-al", "anniston-2") + "] }";
    List<String> events = new ArrayList<>();

    reader.stream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "s.json",
        site -> events.add("site " + site.id()), problem -> events.add("problem " + problem.site()));

    assertThat(events).startsWith("site anniston-al").endsWith("site anniston-2")
        .filteredOn(e -> e.startsWith("problem")).isNotEmpty().allMatch(e -> e.equals("problem broken"));
  }

  @Test
  void anOpenedFileIsReadAsItsSitesAreAskedFor(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(file, "{ \"sites\": [" + ANNISTON + ", { \"id\": \"broken\" }, "
        + ANNISTON.replace("anniston-al", "anniston-2") + "], \"extra\": 1 }");
    List<String> events = new ArrayList<>();

    try (SiteStream sites = reader.open(file, problem -> events.add("problem " + problem.site() + " " + problem.path()))) {
      Iterator<Site> each = sites.iterator();
      events.add("site " + each.next().id());
      assertThat(events).as("nothing past the first site is read yet").containsExactly("site anniston-al");
      events.add("site " + each.next().id());
      assertThat(each.hasNext()).isFalse();
      assertThatThrownBy(sites::iterator).isInstanceOf(IllegalStateException.class).hasMessage("a site stream is read once");
    }

    // The broken element's problems come as the second site is asked for, before it; the unknown field last.
    assertThat(events.stream().map(e -> e.startsWith("problem broken") ? "problem broken" : e).distinct())
        .containsExactly("site anniston-al", "problem broken", "site anniston-2", "problem  extra");
    List<String> pushed = new ArrayList<>();
    reader.stream(file, site -> pushed.add("site " + site.id()), problem -> pushed.add("problem " + problem.site() + " "
        + problem.path()));
    assertThat(pushed).as("push and pull read alike").containsExactlyElementsOf(events);
  }

  @Test
  void aSyntaxErrorEndsAnOpenedFileAfterTheSitesBeforeIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cut.json");
    Files.writeString(file, "{ \"sites\": [" + ANNISTON + ", { \"id\": ");
    List<Problem> problems = new ArrayList<>();

    List<String> ids = new ArrayList<>();
    try (SiteStream sites = reader.open(file, problems::add)) {
      sites.forEach(site -> ids.add(site.id()));
    }

    assertThat(ids).containsExactly("anniston-al");
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith(file + ": "));
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() throws IOException {
    byte[] text = ("{ \"sites\": [" + ANNISTON + "] }").getBytes(StandardCharsets.UTF_8);
    byte[] withMark = new byte[text.length + 3];
    withMark[0] = (byte) 0xef;
    withMark[1] = (byte) 0xbb;
    withMark[2] = (byte) 0xbf;
    System.arraycopy(text, 0, withMark, 3, text.length);

    SiteFile file = reader.read(new ByteArrayInputStream(withMark), "bom.json");

    assertThat(file.problems()).isEmpty();
    assertThat(file.sites()).hasSize(1);
  }

  @Test
  void aByteThatIsNotUtf8IsAProblemNamingItsOffset() throws IOException {
    byte[] text = "{ \"sites\": [ { \"id\": \"caf\u00e9\" } ] }".getBytes(StandardCharsets.ISO_8859_1);

    SiteFile file = reader.read(new ByteArrayInputStream(text), "latin1.json");

    assertThat(file.sites()).isEmpty();
    assertThat(file.problems()).singleElement().satisfies(p -> assertThat(p.message())
        .startsWith("latin1.json is not UTF-8 text: byte ").endsWith("save the file as UTF-8"));
  }

  @Test
  void aMissingFileIsAnIoError(@TempDir Path dir) {
    org.junit.jupiter.api.Assertions.assertThrows(NoSuchFileException.class, () -> reader.read(dir.resolve("none.json")));
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("sites.json"), "{ \"sites\": [" + ANNISTON + "] }");

    SiteFile read = reader.read(file);

    assertThat(read.source()).isEqualTo(file.toString());
    assertThat(read.sites()).hasSize(1);
  }
}
