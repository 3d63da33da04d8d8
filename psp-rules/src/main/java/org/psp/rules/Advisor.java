package org.psp.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.psp.model.Advice;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.catalog.Explanation;
import org.psp.rules.catalog.RuleInfo;

/**
 * What advises PSP sites: a {@link StrategyAdvisor} built once with its rules, or a {@link
 * ReloadingAdvisor} whose rules follow a folder. Code that only asks for advice depends on this
 * interface and works with either.
 *
 * <p>Every method is thread-safe. An evaluation sees one site's facts and one version of the rules.
 * A site advised "for its latest year" is advised for the latest year its statistics give.
 */
public sealed interface Advisor permits StrategyAdvisor, ReloadingAdvisor {

  /**
   * Advises {@code site} for its latest year.
   *
   * @throws org.psp.model.AdviceException as {@link #advise(Site, AdviceYear)} does
   */
  default Advice advise(Site site) {
    return advise(site, AdviceYear.LATEST);
  }

  /**
   * Advises {@code site} for {@code year}.
   *
   * @throws org.psp.model.AdviceException if the site has no statistics or the national rates table has no rate for
   *     that year, or a rule loops, fails or runs past the time limit
   */
  Advice advise(Site site, AdviceYear year);

  /**
   * Why {@code strategy} is or is not recommended for {@code site} in its latest year.
   *
   * @throws org.psp.model.AdviceException as {@link #advise(Site, AdviceYear)} does
   */
  default Explanation explain(Site site, Strategy strategy) {
    return explain(site, AdviceYear.LATEST, List.of(checkNotNull(strategy, "strategy"))).get(0);
  }

  /**
   * Why each of {@code strategies} is or is not recommended for {@code site} in {@code year}, in their
   * order, from one evaluation of the site: every rule in force that can propose it, whether it fired,
   * and each of its conditions as written, with the site's values and whether it held (or could not be
   * decided for a missing figure).
   *
   * @throws org.psp.model.AdviceException as {@link #advise(Site, AdviceYear)} does
   */
  List<Explanation> explain(Site site, AdviceYear year, List<Strategy> strategies);

  /**
   * Advises every site for {@code year} on every core, handing each outcome to {@code consumer} in the
   * order of the sites, on the calling thread, in bounded memory: a stream of any length can be
   * advised, and {@code sites} is read as it is advised (a reader that parses a file as it is iterated
   * never holds the whole file). A site that cannot be advised gets an outcome with the reason; the
   * others are advised all the same.
   */
  void adviseEach(Iterable<Site> sites, AdviceYear year, Consumer<? super AdviceOutcome> consumer);

  /**
   * Advises every site for {@code year} as {@link #adviseEach(Iterable, AdviceYear, Consumer)} does,
   * and returns the outcomes in the order of the sites: for sites that fit in memory with their advice.
   */
  default List<AdviceOutcome> adviseAll(Collection<Site> sites, AdviceYear year) {
    List<AdviceOutcome> outcomes = new ArrayList<>(checkNotNull(sites, "sites").size());
    adviseEach(sites, year, outcomes::add);
    return outcomes;
  }

  /**
   * Every rule in force, default ones first, each in file and line order: its name, file, line, stage,
   * the strategies it can propose and the settings it reads.
   */
  List<RuleInfo> rules();
}
