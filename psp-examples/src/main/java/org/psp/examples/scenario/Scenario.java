package org.psp.examples.scenario;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.psp.model.Advice;
import org.psp.model.AdviceException;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.AdviceYear;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.catalog.Explanation;

/**
 * A rule author's test: a site, the year to advise on (its latest if absent) and what the advice must
 * say.
 *
 * @param name what the scenario checks, in words
 * @param site the site
 * @param year the year to advise on, if not the latest
 * @param expect the expectations
 */
public record Scenario(String name, Site site, OptionalInt year, Expectation expect) {

  /**
   * What running a scenario gave.
   *
   * @param advice the advice, unless the site could not be advised
   * @param unmet every unmet expectation (or why the site could not be advised); empty when it passed
   * @param whyNot why each strategy expected to be recommended and not recommended was not: its
   *     rules, with their conditions
   */
  public record Result(Optional<Advice> advice, List<String> unmet, List<Explanation> whyNot) {

    /** Keeps immutable copies. */
    public Result {
      unmet = List.copyOf(unmet);
      whyNot = List.copyOf(whyNot);
    }
  }

  /** Advises the site with {@code advisor}, checks every expectation and explains a recommendation missed. */
  public Result run(StrategyAdvisor advisor) {
    Advice advice;
    try {
      advice = year.isPresent() ? advisor.advise(site, AdviceYear.of(year.getAsInt())) : advisor.advise(site);
    } catch (AdviceException e) {
      return new Result(Optional.empty(), List.of("could not advise: " + e.problem().message()), List.of());
    }
    List<Strategy> missed = expect.recommend().stream().filter(s -> advice.recommendation(s).isEmpty()).sorted().toList();
    List<Explanation> whyNot = missed.isEmpty() ? List.of() : advisor.explain(site, AdviceYear.of(advice.year()), missed);
    return new Result(Optional.of(advice), expect.unmetBy(advice), whyNot);
  }
}
