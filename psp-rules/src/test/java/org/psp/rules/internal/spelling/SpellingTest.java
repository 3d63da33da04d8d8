package org.psp.rules.internal.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SpellingTest {

  @Test
  void aDistanceWithinTheBoundIsExact() {
    assertThat(Spelling.distance("kitten", "sitting", 3)).isEqualTo(3);
    assertThat(Spelling.distance("flaw", "lawn", 2)).isEqualTo(2);
    assertThat(Spelling.distance("same", "same", 0)).isZero();
  }

  @Test
  void twoNeighbouringLettersSwappedAreOneEdit() {
    assertThat(Spelling.distance("nationalratoi", "nationalratio", 2)).isEqualTo(1);
    assertThat(Spelling.distance("ab", "ba", 1)).isEqualTo(1);
    assertThat(Spelling.distance("nationalratoi", "nationalrate", 2)).isEqualTo(2);
  }

  @Test
  void aDistanceBeyondTheBoundIsSaidToBeBeyondIt() {
    assertThat(Spelling.distance("kitten", "sitting", 2)).isGreaterThan(2);
    assertThat(Spelling.distance("eligibility", "outcome", 2)).isGreaterThan(2);
  }

  @Test
  void theNearestNamesComeNearestFirstIgnoringCaseAndNeverTheNameItself() {
    List<String> names = List.of("Eligible for PSP", "eligible for psp", "Eligible for PSB", "Eligible for a PSP grant",
        "Eligibility: leadership committed");

    assertThat(Spelling.nearest("Eligible for PSP", names)).containsExactly("eligible for psp", "Eligible for PSB");
  }

  @Test
  void aNameFarLongerOrShorterIsNotNear() {
    assertThat(Spelling.nearest("Hot spots", List.of("Hot spots policing: violent crime well above the national rate")))
        .isEmpty();
    assertThat(Spelling.didYouMean("eligibiltyRatio", List.of("eligibilityRatio", "treatmentDrugShare")))
        .isEqualTo("; did you mean \"eligibilityRatio\"?");
  }

  private static final List<String> RULES = List.of("Federal prosecution: gun violence at an eligible site",
      "Federal prosecution: murder rate standing in for a missing firearm share", "Hot spots policing: high rate",
      "Victim services: eligible site", "Grant assistance: small eligible site", "Peer exchange: engaged site");

  @Test
  void aRuleNameTypedInPartSuggestsTheNamesThatContainIt() {
    assertThat(Spelling.didYouMeanRule("federal Prosecution", RULES)).isEqualTo("; did you mean "
        + "\"Federal prosecution: gun violence at an eligible site\" or "
        + "\"Federal prosecution: murder rate standing in for a missing firearm share\"?");
    assertThat(Spelling.didYouMeanRule("  hot spots ", RULES)).isEqualTo("; did you mean \"Hot spots policing: high rate\"?");
  }

  @Test
  void aPartInMoreThanThreeNamesSuggestsThreeAndSaysHowManyContainIt() {
    assertThat(Spelling.didYouMeanRule("site", RULES)).isEqualTo("; did you mean "
        + "\"Federal prosecution: gun violence at an eligible site\" or \"Victim services: eligible site\" or "
        + "\"Grant assistance: small eligible site\"? (4 rules' names contain \"site\")");
  }

  @Test
  void aNearSpellingComesBeforeNamesThatContainThePart() {
    assertThat(Spelling.didYouMeanRule("Victim services: eligible sit", RULES))
        .isEqualTo("; did you mean \"Victim services: eligible site\"?");
  }

  @Test
  void aPartShorterThanThreeCharactersOrInNoNameSuggestsNothing() {
    assertThat(Spelling.didYouMeanRule("Fe", RULES)).isEmpty();
    assertThat(Spelling.didYouMeanRule("Consent decree", RULES)).isEmpty();
    assertThat(Spelling.didYouMeanRule("Fed", RULES)).startsWith("; did you mean \"Federal prosecution");
  }

  @Property(tries = 500)
  void theLetterCountDistanceIsNeverMoreThanTheEditDistance(@ForAll @StringLength(max = 12) @CharRange(from = 'a', to = 'f')
      @CharRange(from = '\u00e0', to = '\u00e3') String a, @ForAll @StringLength(max = 12) @CharRange(from = 'a', to = 'f')
      @CharRange(from = '\u00e0', to = '\u00e3') String b) {
    // A bound past any distance, so that the distance is exact; letters beyond ASCII share buckets.
    assertThat(Spelling.letterCountDistance(a, b)).isLessThanOrEqualTo(Spelling.distance(a, b, 24));
  }

  @Test
  void theLetterCountDistanceCountsLettersNotTheirOrder() {
    assertThat(Spelling.letterCountDistance("listen", "silent")).isZero();
    assertThat(Spelling.letterCountDistance("eligible", "eligble")).isEqualTo(1);
    assertThat(Spelling.letterCountDistance("abc", "xyz")).isEqualTo(3);
  }
}
