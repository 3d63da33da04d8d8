package org.psp.examples.scenario;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.psp.model.Advice;
import org.psp.model.Site;
import org.psp.rules.AdviceException;
import org.psp.rules.StrategyAdvisor;

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
   */
  public record Result(Optional<Advice> advice, List<String> unmet) {}

  /** Advises the site with {@code advisor} and checks every expectation. */
  public Result run(StrategyAdvisor advisor) {
    Advice advice;
    try {
      advice = year.isPresent() ? advisor.advise(site, year.getAsInt()) : advisor.advise(site);
    } catch (AdviceException e) {
      return new Result(Optional.empty(), List.of("could not advise: " + e.reason()));
    }
    return new Result(Optional.of(advice), expect.unmetBy(advice));
  }
}
