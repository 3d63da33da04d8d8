package org.psp.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.model.DataFlag;
import org.psp.model.DataNote;
import org.psp.model.EligibilityReason;
import org.psp.model.Engagement;
import org.psp.model.EvidenceTable;
import org.psp.model.FlagKind;
import org.psp.model.Ground;
import org.psp.model.Mode;
import org.psp.model.NationalRates;
import org.psp.model.Outcome;
import org.psp.model.Problem;
import org.psp.model.RankReason;
import org.psp.model.Reason;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.model.YearlyStatistics;
import org.psp.model.words.AdviceText;
import org.psp.model.words.Phrases;

class AdviceJsonWriterTest {

  @Test
  void writesTheContractsFieldsWithRoundedFigures() throws Exception {
    // Baltimore 2018, FBI CIUS 2018 Table 8, against the national 368.9: 1,833.4 per 100,000, 4.97x.
    Site baltimore = Site.builder().id("baltimore-md").name("Baltimore").state("MD").population(605_436)
        .addStatistic(YearlyStatistics.builder().year(2018).murders(309).rapes(361).robberies(5066).aggravatedAssaults(5364).build())
        .partners(List.of()).capabilities(List.of()).conditions(List.of()).interventions(List.of()).commitment(true)
        .build();
    Advice advice = Advice.builder().site(baltimore).year(2018)
        .national(NationalRates.bundled().rate(2018).orElseThrow()).eligible(true)
        .addEligibilityReason(new EligibilityReason("Eligibility", "commitment", true, List.of(new Ground.Commitment(true, true))))
        .addRecommendation(Recommendation.builder().strategy(Strategy.FEDERAL_PROSECUTION).rank(1).priority(1).mode(Mode.ESTABLISH)
            .addRationale(Reason.of("Prosecution, guns", new Ground.Words("why"))).addRationale(Reason.of("Another", new Ground.Words("also")))
            .addRankReason(RankReason.score("Rank: need", "need", 0.71, List.of(new Ground.FigureAgainstSetting("murderRatio",
                OptionalDouble.of(10.21), "gunViolenceMurderRatio", 2, Ground.Comparison.AT_LEAST)))).build())
        .addFocus(Strategy.FEDERAL_PROSECUTION)
        .addFiredRule("R")
        .build();

    JsonNode json = new ObjectMapper().readTree(new AdviceJsonWriter().toJson(List.of(advice),
        List.of(Problem.inSite("x", "robberies must be >= 0 but was -4").about("statistics[0].robberies"))));

    JsonNode result = json.get("results").get(0);
    assertThat(result.get("site").asText()).isEqualTo("baltimore-md");
    assertThat(result.get("violentCrimeRate").decimalValue()).isEqualByComparingTo("1833.4");
    assertThat(result.get("nationalRatio").decimalValue()).isEqualByComparingTo("4.97");
    // 309 murders in 605,436 residents: 51.0 per 100,000, against the national 5.0 of 2018.
    assertThat(result.get("murderRatio").decimalValue()).isEqualByComparingTo("10.21");
    assertThat(result.get("assumptions")).isEmpty();
    assertThat(result.get("cautions")).isEmpty();
    assertThat(result.get("dataGaps")).isEmpty();
    JsonNode r = result.get("recommendations").get(0);
    assertThat(r.get("strategy").asText()).isEqualTo("FEDERAL_PROSECUTION");
    assertThat(r.get("coreArea").asText()).isEqualTo("GUN_VIOLENCE");
    assertThat(r.get("leadPartners").get(0).asText()).isEqualTo("USAO");
    assertThat(r.get("cautions")).isEmpty();
    // The rules as a list (a rule's name may hold ", "), the rationale as words, the reasons as structure.
    assertThat(r.get("rules")).extracting(JsonNode::asText).containsExactly("Prosecution, guns", "Another");
    assertThat(r.get("rationale").asText()).isEqualTo("why; also. Usual leads: USAO; USAO does not work with the site yet.");
    assertThat(r.get("flags")).isEmpty();
    assertThat(result.get("focus")).extracting(JsonNode::asText).containsExactly("FEDERAL_PROSECUTION");
    assertThat(r.get("rank").asInt()).isEqualTo(1);
    assertThat(r.get("priority").asInt()).isEqualTo(1);
    assertThat(r.get("rankReasons")).extracting(JsonNode::asText)
        .containsExactly("need +0.71: murderRatio 10.21, 411% above its threshold 2");
    assertThat(result.get("eligibilityReasons")).extracting(JsonNode::asText)
        .containsExactly("met: leadership is committed to reducing violent crime");
    assertThat(r.get("modeReasons")).isEmpty();
    assertThat(r.get("evidence").asText()).isEqualTo(Phrases.evidence(EvidenceTable.bundled().summary(Strategy.FEDERAL_PROSECUTION)));
    assertThat(json.get("errors").get(0).get("path").asText()).isEqualTo("statistics[0].robberies");
  }

  @Test
  void writesTheDataNotesAndTheOutcomesInterimAndFlags() throws Exception {
    // Illustrative: joined 2019, a 2018 baseline the FBI flagged as underreported.
    Site site = Site.builder().id("flagged-md").name("Flagged (illustrative)").state("MD").population(100_000)
        .addEngagement(Engagement.builder().cohort(2019).build())
        .addStatistic(YearlyStatistics.builder().year(2018).murders(1).rapes(1).robberies(1).aggravatedAssaults(997)
            .addFlag(DataFlag.of(FlagKind.UNDERREPORTED, "FBI footnote 6")).build())
        .addStatistic(YearlyStatistics.builder().year(2019).murders(1).rapes(1).robberies(1).aggravatedAssaults(897).build())
        .build();
    NationalRates rates = NationalRates.bundled();
    Advice advice = Advice.builder().site(site).year(2019).national(rates.rate(2019).orElseThrow()).eligible(true)
        .outcome(Outcome.of(site, 2019, rates, 0.05)).build();

    JsonNode result = new ObjectMapper().readTree(new AdviceJsonWriter().toJson(List.of(advice), List.of())).get("results").get(0);

    assertThat(result.get("dataNotes")).hasSize(1);
    assertThat(result.get("dataNotes").get(0).get("year").asInt()).isEqualTo(2018);
    assertThat(result.get("dataNotes").get(0).get("kind").asText()).isEqualTo("UNDERREPORTED");
    assertThat(result.get("dataNotes").get(0).get("note").asText()).isEqualTo("FBI footnote 6");
    JsonNode outcome = result.get("outcome");
    assertThat(outcome.get("cohort").asInt()).isEqualTo(2019);
    assertThat(outcome.get("interim").asBoolean()).isTrue();
    assertThat(outcome.get("verdict").asText()).isEqualTo("NOT_COMPARABLE");
    assertThat(outcome.get("flags")).extracting(JsonNode::asText).containsExactly("2018 UNDERREPORTED");
    assertThat(outcome.get("change").decimalValue()).isEqualByComparingTo("-0.100");
    assertThat(result.get("yearNotes")).isEmpty();
  }

  @Test
  void aRecommendationListsTheFlagsOfTheFiguresItsRationaleQuotes() throws Exception {
    // Salisbury, NC in 2019, as the bundled site file gives it (FBI CIUS 2019 Table 8, footnote 5: not comparable):
    // 249 violent crimes in 33,877 residents, 735.0 per 100,000, 2.004x the national 366.7.
    List<DataNote> flags = List.of(new DataNote(2019, FlagKind.NOT_COMPARABLE, Optional.of("FBI footnote 5")));
    Site site = Site.builder().id("salisbury-nc").name("Salisbury").state("NC").population(33_877)
        .addStatistic(YearlyStatistics.builder().year(2019).murders(2).rapes(15).robberies(69).aggravatedAssaults(163)
            .addFlag(DataFlag.of(FlagKind.NOT_COMPARABLE, "FBI footnote 5")).build())
        .build();
    Advice advice = Advice.builder().site(site).year(2019).national(NationalRates.bundled().rate(2019).orElseThrow())
        .eligible(true).thresholds(List.of(1.5, 2.0))
        .addRecommendation(Recommendation.builder().strategy(Strategy.HOT_SPOTS_POLICING).rank(1).priority(1).mode(Mode.ESTABLISH)
            .addRationale(Reason.of("Hot spots", new Ground.NationalRatio(2019, 735.0, 366.7, List.of(1.5, 2.0), flags),
                new Ground.FigureAgainstSetting("nationalRatio", OptionalDouble.of(2.0044), "hotSpotsRatio", 2,
                    Ground.Comparison.AT_LEAST, OptionalDouble.of(2), flags))).build())
        .addFocus(Strategy.HOT_SPOTS_POLICING)
        .build();

    JsonNode result = new ObjectMapper().readTree(new AdviceJsonWriter().toJson(List.of(advice), List.of())).get("results").get(0);

    JsonNode r = result.get("recommendations").get(0);
    assertThat(r.get("flags")).extracting(JsonNode::asText).containsExactly("2019 NOT_COMPARABLE");
    assertThat(r.get("rationale").asText()).startsWith("violent crime 735.0 per 100,000 in 2019, 2.004× the national 366.7 "
        + "(at least 2×; FBI flags 2019 NOT_COMPARABLE)");
    // Not "2.0": two decimals would put 2.0044 onto the threshold 2.
    assertThat(result.get("nationalRatio").decimalValue()).hasToString("2.004");
  }

  /**
   * An FBI footnote that is no flag (Cincinnati 2019's "underreported; not included", where the table
   * leaves only arson blank) is written beside the flags, in {@code yearNotes}, for the year advised and
   * the outcome's baseline year, and changes no verdict.
   */
  @Test
  void writesTheFootnotesThatAreNoFlagAsYearNotesAndTheyChangeNoVerdict() throws Exception {
    // Illustrative figures; the notes' words are the FBI's (2018 and 2019 tables, footnote 6; 2016, footnote 11).
    String underreported = "FBI footnote 6: The FBI determined that the agency's data were underreported. Consequently, those"
        + " data are not included in this table. (no flag here: the row gives every violent crime figure and leaves arson blank)";
    Site site = Site.builder().id("noted-oh").name("Noted (illustrative)").state("OH").population(100_000)
        .addEngagement(Engagement.builder().cohort(2017).build())
        .addStatistic(YearlyStatistics.builder().year(2016).murders(1).rapes(1).robberies(1).aggravatedAssaults(997)
            .addNote("FBI footnote 11: Arson offenses are reported by the Toledo Fire Department; therefore, those figures "
                + "are not included in this report.").build())
        .addStatistic(YearlyStatistics.builder().year(2018).murders(1).rapes(1).robberies(1).aggravatedAssaults(997)
            .addNote(underreported).build())
        .addStatistic(YearlyStatistics.builder().year(2019).murders(1).rapes(1).robberies(1).aggravatedAssaults(697)
            .addNote(underreported).build())
        .build();
    NationalRates rates = NationalRates.bundled();
    Advice advice = Advice.builder().site(site).year(2019).national(rates.rate(2019).orElseThrow()).eligible(true)
        .outcome(Outcome.of(site, 2019, rates, 0.05)).build();

    JsonNode result = new ObjectMapper().readTree(new AdviceJsonWriter().toJson(List.of(advice), List.of())).get("results").get(0);

    assertThat(result.get("dataNotes")).isEmpty();
    assertThat(result.get("yearNotes")).hasSize(2);
    assertThat(result.get("yearNotes").get(0).get("year").asInt()).isEqualTo(2016);
    assertThat(result.get("yearNotes").get(0).get("note").asText()).startsWith("FBI footnote 11: Arson offenses");
    assertThat(result.get("yearNotes").get(1).get("year").asInt()).isEqualTo(2019);
    assertThat(result.get("yearNotes").get(1).get("note").asText()).isEqualTo(underreported);
    assertThat(result.get("outcome").get("verdict").asText()).isEqualTo("IMPROVING");
    assertThat(result.get("outcome").get("flags")).isEmpty();
    assertThat(AdviceText.yearNotes(advice)).containsExactly("2016: " + advice.yearNotes().get(0).note(), "2019: " + underreported);
  }
}
