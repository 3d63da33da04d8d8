package org.psp.rules.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.psp.model.Advice;
import org.psp.model.DataGap;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.model.YearlyStatistics;
import org.psp.rules.AdviceException;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Proposal;

/**
 * Finds an advice's data gaps: the strategies it does not recommend but would if a figure the year
 * does not give were known. Each missing figure among the shares and the clearance rate is tried
 * alone at each end of its range, 0 and 1, with the same rules; a strategy proposed in a try and not
 * in the advice is a gap, with the figures and the rules that brought it. It knows no rule: it holds
 * for rule authors' rules as for the default ones.
 */
public final class DataGapProbe {

  /** A figure that a year may not give: its site file name, how to read it, how to set it. */
  private record Figure(String name, Function<YearlyStatistics, OptionalDouble> read,
      BiFunction<YearlyStatistics.Builder, Double, YearlyStatistics.Builder> set) {}

  private static final List<Figure> FIGURES = List.of(
      new Figure("firearmShare", YearlyStatistics::firearmShare, YearlyStatistics.Builder::firearmShare),
      new Figure("gangShare", YearlyStatistics::gangShare, YearlyStatistics.Builder::gangShare),
      new Figure("drugShare", YearlyStatistics::drugShare, YearlyStatistics.Builder::drugShare),
      new Figure("homicideClearanceRate", YearlyStatistics::homicideClearanceRate,
          YearlyStatistics.Builder::homicideClearanceRate));

  /** The ends of every figure's range. */
  private static final double[] ENDS = {0, 1};

  private final SessionRunner runner;

  /** A probe that runs the rules of {@code runner}. */
  public DataGapProbe(SessionRunner runner) {
    this.runner = runner;
  }

  /**
   * {@code advice}, made for {@code assessment}, with its data gaps. A try in which the rules fail is
   * no gap: the advice itself was made without a failure, and a figure at the end of its range that
   * breaks a rule says nothing about what the figure would bring.
   */
  public Advice withDataGaps(Advice advice, Assessment assessment) {
    Site site = assessment.getSite();
    YearlyStatistics year = assessment.getStatistics();
    Map<Strategy, TreeSet<String>> missing = new EnumMap<>(Strategy.class);
    Map<Strategy, List<String>> rules = new EnumMap<>(Strategy.class);
    Set<Strategy> recommended = advice.strategies();
    for (Figure figure : FIGURES) {
      if (figure.read().apply(year).isPresent()) {
        continue;
      }
      for (double end : ENDS) {
        FiringRecord record;
        Assessment tried = new Assessment(withYear(site, figure.set().apply(
            YearlyStatistics.builder().from(year), end).build()), assessment.getNational(), assessment.getSettings(),
            assessment.getOutcome());
        try {
          record = runner.run(tried);
        } catch (AdviceException e) {
          continue;
        }
        for (int i = 0; i < record.insertedCount(); i++) {
          if (record.fact(i) instanceof Proposal p && !recommended.contains(p.getStrategy())) {
            missing.computeIfAbsent(p.getStrategy(), s -> new TreeSet<>()).add(figure.name());
            List<String> by = rules.computeIfAbsent(p.getStrategy(), s -> new ArrayList<>(1));
            if (!by.contains(record.insertedBy(i))) {
              by.add(record.insertedBy(i));
            }
          }
        }
      }
    }
    if (missing.isEmpty()) {
      return advice;
    }
    List<DataGap> gaps = new ArrayList<>(missing.size());
    missing.forEach((strategy, figures) -> gaps.add(new DataGap(strategy, figures, rules.get(strategy))));
    return Advice.builder().from(advice).dataGaps(gaps).build();
  }

  /** {@code site} with {@code year} in place of its statistics of the same year. */
  private static Site withYear(Site site, YearlyStatistics year) {
    List<YearlyStatistics> statistics = new ArrayList<>(site.statistics().size());
    for (YearlyStatistics s : site.statistics()) {
      statistics.add(s.year() == year.year() ? year : s);
    }
    return Site.builder().from(site).statistics(statistics).build();
  }
}
