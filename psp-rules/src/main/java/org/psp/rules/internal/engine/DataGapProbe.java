package org.psp.rules.internal.engine;

import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.psp.model.Advice;
import org.psp.model.AdviceException;
import org.psp.model.DataGap;
import org.psp.model.Figure;
import org.psp.model.Strategy;
import org.psp.model.YearlyStatistics;
import org.psp.rules.catalog.Stage;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Proposal;
import org.psp.rules.settings.PolicySettings;

/**
 * Finds an advice's data gaps: the strategies it does not recommend but would if a figure the year
 * does not give were known. Each missing figure of {@link Figure#probed()} (the shares and the
 * clearance rate) is tried alone at each end of its range, 0 and 1, with the same rules; a strategy proposed in a try and not
 * in the advice is a gap, with the figures and the rules that brought it. It knows no rule: it holds
 * for rule authors' rules as for the default ones.
 *
 * <p>A try that cannot propose a strategy the advice does not have is not run: {@link FigureReads}
 * says, from the rules' text and what the advice's own evaluation inserted, which ends of which figure
 * can (a rule's {@code gangShare >= $p.focusedDeterrenceGangShare} can hold at 1 and not at 0, as with
 * the figure missing; not at a site that is not eligible when the rule needs {@code Eligible()}, nor
 * where its strategy is proposed already). A try runs the stages up to the last one whose rules can
 * take part in proposing ({@link FigureReads#lastStage()}), and its assessment is the advice's with
 * the figure set ({@link Assessment#withStatistics}), the site not rebuilt. The gaps are those of
 * trying every end through every stage ({@link #everyTry}), in fewer and shorter evaluations.
 */
public final class DataGapProbe {

  /** The figures tried, in the order of {@link FigureReads#FIGURES}. */
  private static final List<Figure> FIGURES = Figure.probed();

  /** Runs the rules on one assessment through a stage, every stage when it is null: {@link SessionRunner#run(Assessment, Stage)}. */
  @FunctionalInterface
  public interface Evaluation {
    /** What the rules did for {@code assessment}, through stage {@code last}; an AdviceException if they failed. */
    FiringRecord run(Assessment assessment, Stage last);
  }

  private final Evaluation runner;
  private final Supplier<FigureReads> reads;
  /** The tries of {@link #reads} under one set of settings, made on first use. */
  private volatile Plan plan;

  private record Plan(PolicySettings settings, FigureReads reads, List<FigureReads.Tries> tries) {}

  /** A probe that runs the rules with {@code runner}, trying what {@code reads} (made when first needed) says can matter. */
  public DataGapProbe(Evaluation runner, Supplier<FigureReads> reads) {
    this.runner = runner;
    this.reads = reads;
  }

  /** A probe that tries every missing figure at both ends: the contract's definition, as it reads. */
  public static DataGapProbe everyTry(Evaluation runner) {
    return new DataGapProbe(runner, FigureReads::everywhere);
  }

  /**
   * {@code advice}, made for {@code assessment} by the evaluation {@code record}, with its data gaps.
   * A try in which the rules fail is no gap: the advice itself was made without a failure, and a
   * figure at the end of its range that breaks a rule says nothing about what the figure would bring.
   */
  public Advice withDataGaps(Advice advice, Assessment assessment, FiringRecord record) {
    YearlyStatistics year = assessment.getStatistics();
    Plan made = null;
    Supplier<FigureReads.BaseFacts> base = null;
    Map<Strategy, TreeSet<String>> missing = null;
    Map<Strategy, List<String>> rules = null;
    Set<Strategy> recommended = advice.strategies();
    for (int f = 0; f < FIGURES.size(); f++) {
      Figure figure = FIGURES.get(f);
      if (figure.of(year).isPresent()) {
        continue;
      }
      if (made == null) {
        made = plan(assessment.getSettings());
        FigureReads figureReads = made.reads();
        base = Suppliers.memoize(() -> figureReads.baseFacts(record));
      }
      int ends = made.tries().get(f).ends(record, base);
      for (int end = 0; end <= 1; end++) {
        if ((ends & (end == 0 ? FigureReads.AT_ZERO : FigureReads.AT_ONE)) == 0) {
          continue;
        }
        FiringRecord tried;
        try {
          YearlyStatistics.Builder atEnd = YearlyStatistics.builder();
          atEnd.from(year);
          tried = runner.run(assessment.withStatistics(figure.set(atEnd, end).build()), made.reads().lastStage());
        } catch (AdviceException e) {
          continue;
        }
        for (int i = 0; i < tried.insertedCount(); i++) {
          if (tried.fact(i) instanceof Proposal p && !recommended.contains(p.getStrategy())) {
            if (missing == null) {
              missing = new EnumMap<>(Strategy.class);
              rules = new EnumMap<>(Strategy.class);
            }
            missing.computeIfAbsent(p.getStrategy(), s -> new TreeSet<>()).add(figure.key());
            List<String> by = rules.computeIfAbsent(p.getStrategy(), s -> new ArrayList<>(1));
            if (!by.contains(tried.insertedBy(i))) {
              by.add(tried.insertedBy(i));
            }
          }
        }
      }
    }
    if (missing == null) {
      return advice;
    }
    List<DataGap> gaps = new ArrayList<>(missing.size());
    Map<Strategy, List<String>> by = rules;
    missing.forEach((strategy, figures) -> gaps.add(new DataGap(strategy, figures, by.get(strategy))));
    return Advice.builder().from(advice).dataGaps(gaps).build();
  }

  /**
   * The tries under {@code settings}: an advisor's settings are one object, so they are made once, by
   * the first thread that needs them while the others wait (an advisor advises on every core, and each
   * core's first site with a missing figure came here at once: the tries were made twice in every cold
   * {@code psp advise}).
   */
  private Plan plan(PolicySettings settings) {
    Plan made = plan;
    if (made == null || made.settings() != settings) {
      synchronized (this) {
        made = plan;
        if (made == null || made.settings() != settings) {
          FigureReads figureReads = reads.get();
          made = new Plan(settings, figureReads, figureReads.tries(settings));
          plan = made;
        }
      }
    }
    return made;
  }
}
