package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psp.examples.BundledSites;
import org.psp.model.Advice;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.words.Phrases;
import org.psp.rules.AdviceYear;
import org.psp.rules.StrategyAdvisor;

class ExplainCommandTest {

  private static final List<Site> BUNDLED = BundledSites.load().sites();

  @Test
  void anIdTypedInPartSuggestsTheIdsThatContainIt() {
    assertThat(ExplainCommand.noSuchSite(" Baltimore", BUNDLED))
        .isEqualTo("no site with id \" Baltimore\"; did you mean \"baltimore-md\"?");
    assertThat(ExplainCommand.noSuchSite("-oh", BUNDLED))
        .isEqualTo("no site with id \"-oh\"; did you mean \"toledo-oh\" or \"cincinnati-oh\" or \"cleveland-oh\"?");
    assertThat(ExplainCommand.noSuchSite("-AL", BUNDLED))
        .isEqualTo("no site with id \"-AL\"; did you mean \"birmingham-al\" or \"anniston-al\" or \"oxford-al\"?");
  }

  @Test
  void anIdInMoreThanThreeIdsSuggestsThreeAndSaysHowManyContainIt() {
    assertThat(ExplainCommand.noSuchSite("an", BUNDLED)).isEqualTo("no site with id \"an\"; did you mean "
        + "\"oakland-ca\" or \"new-orleans-la\" or \"indianapolis-in\"? (8 ids contain \"an\")");
  }

  @Test
  void withNoIdNearEveryIdIsListedWhenThereAreFew() {
    List<Site> few = BUNDLED.subList(BUNDLED.size() - ExplainCommand.LISTED_IDS, BUNDLED.size());

    assertThat(ExplainCommand.noSuchSite("nowhere-xx", few))
        .startsWith("no site with id \"nowhere-xx\"; the sites are " + few.get(0).id() + ", " + few.get(1).id() + ", ")
        .endsWith(", amarillo-tx");
    assertThat(ExplainCommand.noSuchSite("nowhere-xx", BUNDLED))
        .isEqualTo("no site with id \"nowhere-xx\" among the file's 39 sites, nor one whose id contains it");
  }

  @Test
  void withNoIdNearAndManySitesOnlyTheirNumberIsSaid() {
    List<Site> many = new ArrayList<>();
    for (int i = 0; i < ExplainCommand.LISTED_IDS + 1; i++) {
      many.add(Site.builder().from(BUNDLED.get(0)).id("site-" + i).build());
    }

    assertThat(ExplainCommand.noSuchSite("nowhere-xx", many))
        .isEqualTo("no site with id \"nowhere-xx\" among the file's 31 sites, nor one whose id contains it");
  }

  @Test
  void aRecommendedStrategySaysItsRankWhyAndWhatWouldMoveItUp() {
    StrategyAdvisor advisor = StrategyAdvisor.withDefaultPolicy();
    Site site = BUNDLED.stream().filter(s -> s.id().equals("wichita-ks")).findFirst().orElseThrow();
    Advice advice = advisor.advise(site);
    Recommendation second = advice.recommendations().get(1);
    Recommendation first = advice.recommendations().get(0);

    String top = ExplainCommand.text(advisor.explain(site, AdviceYear.of(advice.year()), List.of(first.strategy())).get(0));
    String next = ExplainCommand.text(advisor.explain(site, AdviceYear.of(advice.year()), List.of(second.strategy())).get(0));

    assertThat(top).contains("  rank 1 of " + advice.recommendations().size()).contains(", in the focus")
        .contains("  to move up: it is first");
    assertThat(next).contains("  rank 2 of ").contains(String.format(java.util.Locale.ROOT, "more points than %s (rank 1, score %.2f)",
        first.strategy(), first.score()));
    for (String reason : Phrases.rankReasons(second)) {
      assertThat(next).contains("    " + reason);
    }
    assertThat(ExplainCommand.json(advisor.explain(site, AdviceYear.of(advice.year()), List.of(second.strategy())), List.of()))
        .contains("\"rank\" : 2").contains("\"above\" : \"" + first.strategy() + "\"");
  }
}
