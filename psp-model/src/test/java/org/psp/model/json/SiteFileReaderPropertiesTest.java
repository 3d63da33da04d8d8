package org.psp.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.psp.model.Site;

/**
 * Generated invalid input: every field given every kind of bad value, in a file of valid sites;
 * truncated and random text. The reader never throws, names the site and path of every problem and
 * never loses a valid site.
 */
class SiteFileReaderPropertiesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final SiteFileReader READER = new SiteFileReader();

  /** An illustrative valid site with every kind of field, numbered so that ids stay unique. */
  private static ObjectNode validSite(int n) {
    try {
      return (ObjectNode) MAPPER.readTree("""
          { "id": "site-%d", "name": "Site %d (illustrative)", "state": "OH", "kind": "CITY", "population": 100000,
            "commitment": true,
            "engagements": [ { "cohort": 2019, "track": "OPERATIONS", "start": "2019-06-03" } ],
            "statistics": [ { "year": 2019, "murders": 10, "rapes": 20, "robberies": 30, "aggravatedAssaults": 40,
                              "population": 99000, "firearmShare": 0.5, "gangShare": 0.2, "drugShare": 0.1,
                              "nonFatalShootings": 12, "homicideClearanceRate": 0.4 } ],
            "partners": [ { "agency": "ATF", "name": "ATF field office", "role": "tracing" } ],
            "capabilities": [ "NIBIN_ACCESS" ], "conditions": [ "CONSENT_DECREE" ],
            "interventions": [ { "strategy": "REENTRY", "status": "ACTIVE", "since": 2018, "leads": [ "OJP" ] } ] }
          """.formatted(n, n));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each field, as a path into the site, and the bad values it may be given. */
  private static final Map<String, List<Object>> BAD_VALUES = Map.ofEntries(
      Map.entry("id", List.of("Not A Slug", 42, "", false)),
      Map.entry("name", List.of(" ", 7, List.of())),
      Map.entry("state", List.of("ZZ", "ohio", 5)),
      Map.entry("kind", List.of("TOWN", "city", 1)),
      Map.entry("population", List.of(0, -1, "many", 1.5, 1e30, new java.math.BigInteger("99999999999999999999"))),
      Map.entry("commitment", List.of("yes", 1)),
      Map.entry("engagements[0].cohort", List.of(2013, "2019", 3.5)),
      Map.entry("engagements[0].track", List.of("FULL", 2)),
      Map.entry("engagements[0].start", List.of("2019-13-01", "soon", 20190603)),
      Map.entry("statistics[0].year", List.of(1989, 2101, "2019")),
      Map.entry("statistics[0].murders", List.of(-1, 2.5, "ten", Long.MAX_VALUE)),
      Map.entry("statistics[0].rapes", List.of(-1, "x")),
      Map.entry("statistics[0].robberies", List.of(-4, true)),
      Map.entry("statistics[0].aggravatedAssaults", List.of(-1, List.of(1))),
      Map.entry("statistics[0].population", List.of(0, -5, "x")),
      Map.entry("statistics[0].firearmShare", List.of(1.5, -0.1, "half", 1e308)),
      Map.entry("statistics[0].gangShare", List.of(2, -1)),
      Map.entry("statistics[0].drugShare", List.of(1.01, "x")),
      Map.entry("statistics[0].nonFatalShootings", List.of(-3, 0.5)),
      Map.entry("statistics[0].homicideClearanceRate", List.of(1.2, -0.5)),
      Map.entry("partners[0].agency", List.of("CIA", 3)),
      Map.entry("partners[0].name", List.of(" ", 4)),
      Map.entry("capabilities[0]", List.of("DRONES", 1)),
      Map.entry("conditions[0]", List.of("CONSENT_DEGREE", false)),
      Map.entry("interventions[0].strategy", List.of("SAFE_STREETS")),
      Map.entry("interventions[0].status", List.of("DONE")),
      Map.entry("interventions[0].since", List.of(1900, "x")),
      Map.entry("interventions[0].leads[0]", List.of("MAYOR")),
      Map.entry("typo", List.of(1, "x")),
      Map.entry("statistics[0].typo", List.of(1)));

  record Mutation(String path, Object value) {}

  @Provide
  Arbitrary<Mutation> mutations() {
    return Arbitraries.of(BAD_VALUES.keySet().stream().sorted().toList())
        .flatMap(path -> Arbitraries.of(BAD_VALUES.get(path)).map(value -> new Mutation(path, value)));
  }

  @Property(tries = 1_000)
  void everyBadValueIsReportedWithItsSiteAndPathAndNoValidSiteIsLost(
      @ForAll("mutations") Mutation mutation, @ForAll @IntRange(min = 0, max = 5) int validBefore,
      @ForAll @IntRange(min = 0, max = 5) int validAfter) {
    ArrayNode sites = NODES.arrayNode();
    for (int i = 0; i < validBefore; i++) {
      sites.add(validSite(i));
    }
    ObjectNode bad = validSite(99);
    set(bad, mutation.path(), MAPPER.valueToTree(mutation.value()));
    sites.add(bad);
    for (int i = 0; i < validAfter; i++) {
      sites.add(validSite(100 + i));
    }

    SiteFile file = READER.parse(NODES.objectNode().set("sites", sites).toString(), "generated");

    assertThat(file.sites()).extracting(Site::id).hasSize(validBefore + validAfter).doesNotContain("site-99");
    assertThat(file.problems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.site()).isIn("site-99", "sites[" + validBefore + "]");
      assertThat(p.message()).isNotBlank();
    });
    String field = mutation.path().equals("id") ? "id" : mutation.path();
    assertThat(file.problems()).anySatisfy(p -> assertThat(p.path()).startsWith(field));
  }

  @Property(tries = 500)
  void aTruncatedFileIsAProblemNeverAnException(@ForAll @IntRange(min = 0, max = 2_000) int cut) {
    String json = NODES.objectNode().set("sites", NODES.arrayNode().add(validSite(1)).add(validSite(2))).toString();
    String truncated = json.substring(0, Math.min(cut, json.length() - 1));

    SiteFile file = READER.parse(truncated, "truncated");

    // The file is read site by site: a site read whole before the cut is kept, and the cut is a problem.
    assertThat(file.problems()).isNotEmpty();
    assertThat(file.sites()).hasSizeLessThanOrEqualTo(2);
    file.sites().forEach(site -> assertThat(truncated).contains("\"" + site.id() + "\""));
  }

  @Property(tries = 1_000)
  void arbitraryTextNeverThrows(@ForAll String text) {
    SiteFile file = READER.parse(text, "random");

    assertThat(file.sites().size() + file.problems().size()).isPositive();
  }

  @Property(tries = 200)
  void deepNestingIsRefusedSayingTheLimit(@ForAll @IntRange(min = 33, max = 5_000) int depth) {
    String json = "{\"sites\": [" + "[".repeat(depth) + "]".repeat(depth) + "]}";

    assertThat(READER.parse(json, "deep").problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("nested deeper than 32 levels"));
  }

  @Provide
  Arbitrary<String> jsonValues() {
    return Combinators.combine(Arbitraries.of("sites", "id", "statistics"), Arbitraries.strings().ofMaxLength(20))
        .as((key, value) -> "{\"" + key + "\": " + MAPPER.valueToTree(value) + "}");
  }

  @Property(tries = 300)
  void wrongShapesAreProblemsNeverExceptions(@ForAll("jsonValues") String json) {
    assertThat(READER.parse(json, "shapes").problems()).isNotEmpty();
  }

  /** Sets the value at a path such as {@code statistics[0].robberies} or {@code capabilities[0]}. */
  private static void set(ObjectNode site, String path, JsonNode value) {
    String[] steps = path.split("\\.");
    JsonNode node = site;
    for (int i = 0; i < steps.length; i++) {
      boolean last = i == steps.length - 1;
      String step = steps[i];
      int bracket = step.indexOf('[');
      if (bracket < 0) {
        if (last) {
          ((ObjectNode) node).set(step, value);
        } else {
          node = node.get(step);
        }
      } else {
        String name = step.substring(0, bracket);
        int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
        ArrayNode array = (ArrayNode) node.get(name);
        if (last) {
          array.set(index, value);
        } else {
          node = array.get(index);
        }
      }
    }
  }
}
