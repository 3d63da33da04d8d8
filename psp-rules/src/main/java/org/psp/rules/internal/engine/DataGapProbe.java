package org.psp.rules.internal.engine;

import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 *
 * <p>Tries of different figures that {@link FigureReads.Sharing} proves cannot interact share one
 * evaluation with each figure set to its end (the clearance rate at 0 beside the gang or the drug share
 * at 1, with the default rules), and each strategy it proposes beyond the advice is the gap of the one
 * try that can bring it. Where the site's own evaluation proposed a strategy its advice does not have
 * (it would be every try's), where the shared evaluation fails, or where it proposes a strategy no try
 * of it brings, its tries run alone.
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

  /** A strategy a try proposed beyond the advice, and the rule that proposed it. */
  private record Proposed(Strategy strategy, String rule) {}

  private record Plan(PolicySettings settings, FigureReads reads, List<FigureReads.Tries> tries,
      Supplier<FigureReads.Sharing> sharing) {}

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
    int[] run = null; // the tries to run, 2 * figure + end, in that order
    int count = 0;
    for (int f = 0; f < FIGURES.size(); f++) {
      if (FIGURES.get(f).of(year).isPresent()) {
        continue;
      }
      if (made == null) {
        made = plan(assessment.getSettings());
        FigureReads figureReads = made.reads();
        base = Suppliers.memoize(() -> figureReads.baseFacts(record));
        run = new int[2 * FIGURES.size()];
      }
      count = add(run, count, f, made.tries().get(f).ends(record, base));
    }
    if (count == 0) {
      return advice;
    }
    Set<Strategy> recommended = advice.strategies();
    // What each try proposed beyond the advice, in order, by try.
    List<List<Proposed>> found = new ArrayList<>(Collections.nCopies(2 * FIGURES.size(), null));
    boolean[] done = new boolean[count];
    boolean share = count > 1 && proposedOnlyWhatItRecommends(record, recommended);
    for (int i = 0; i < count; i++) {
      if (done[i]) {
        continue;
      }
      done[i] = true;
      int[] group = {run[i]};
      for (int j = i + 1; share && j < count; j++) {
        if (!done[j] && togetherWithAll(made.sharing().get(), group, run[j])) {
          group = Arrays.copyOf(group, group.length + 1);
          group[group.length - 1] = run[j];
          done[j] = true;
        }
      }
      if (group.length == 1 || !shared(group, made, assessment, year, recommended, found)) {
        for (int t : group) {
          found.set(t, tried(new int[] {t}, made, assessment, year, recommended));
        }
      }
    }
    Map<Strategy, TreeSet<String>> missing = null;
    Map<Strategy, List<String>> rules = null;
    for (int t = 0; t < found.size(); t++) {
      for (Proposed p : found.get(t) == null ? List.<Proposed>of() : found.get(t)) {
        if (missing == null) {
          missing = new EnumMap<>(Strategy.class);
          rules = new EnumMap<>(Strategy.class);
        }
        missing.computeIfAbsent(p.strategy(), s -> new TreeSet<>()).add(FIGURES.get(t / 2).key());
        List<String> by = rules.computeIfAbsent(p.strategy(), s -> new ArrayList<>(1));
        if (!by.contains(p.rule())) {
          by.add(p.rule());
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

  /** Adds to {@code run}, from {@code count} on, the tries of figure {@code f} at {@code ends}; the new count. */
  private static int add(int[] run, int count, int f, int ends) {
    if ((ends & FigureReads.AT_ZERO) != 0) {
      run[count++] = 2 * f;
    }
    if ((ends & FigureReads.AT_ONE) != 0) {
      run[count++] = 2 * f + 1;
    }
    return count;
  }

  /** Whether try {@code t} may share an evaluation with each try of {@code group}. */
  private static boolean togetherWithAll(FigureReads.Sharing sharing, int[] group, int t) {
    for (int other : group) {
      if (!sharing.together(other, t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the advice's own evaluation proposed only strategies the advice recommends: else a try
   * would find such a strategy whatever it sets, and it would be the gap of every try, not of the one
   * that brings it.
   */
  private static boolean proposedOnlyWhatItRecommends(FiringRecord record, Set<Strategy> recommended) {
    for (int i = 0; i < record.insertedCount(); i++) {
      if (record.fact(i) instanceof Proposal p && !recommended.contains(p.getStrategy())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs the tries of {@code group}, which {@link FigureReads.Sharing} says may share, in one evaluation
   * and puts what each brought in {@code found}; false, with nothing put, when the evaluation fails or
   * proposes a strategy beyond the advice that no try of the group brings (then they run alone).
   */
  private boolean shared(int[] group, Plan made, Assessment assessment, YearlyStatistics year, Set<Strategy> recommended,
      List<List<Proposed>> found) {
    List<Proposed> proposed = tried(group, made, assessment, year, recommended);
    if (proposed == null) {
      return false;
    }
    List<List<Proposed>> each = new ArrayList<>(group.length);
    for (int g = 0; g < group.length; g++) {
      each.add(new ArrayList<>(2));
    }
    for (Proposed p : proposed) {
      long bit = RuleShape.bit(p.strategy());
      int owner = -1;
      for (int g = 0; g < group.length && owner < 0; g++) {
        if ((made.sharing().get().brings(group[g]) & bit) != 0) {
          owner = g;
        }
      }
      if (owner < 0) {
        return false;
      }
      each.get(owner).add(p);
    }
    for (int g = 0; g < group.length; g++) {
      found.set(group[g], each.get(g).isEmpty() ? null : each.get(g));
    }
    return true;
  }

  /**
   * One evaluation with the figure of each try of {@code tries} set to its end: the strategies it
   * proposed beyond the advice, with the rules that proposed them, in order; null when the rules failed.
   */
  private List<Proposed> tried(int[] tries, Plan made, Assessment assessment, YearlyStatistics year, Set<Strategy> recommended) {
    YearlyStatistics.Builder atEnds = YearlyStatistics.builder();
    atEnds.from(year);
    for (int t : tries) {
      FIGURES.get(t / 2).set(atEnds, t % 2);
    }
    FiringRecord tried;
    try {
      tried = runner.run(assessment.withStatistics(atEnds.build()), made.reads().lastStage());
    } catch (AdviceException e) {
      return null;
    }
    List<Proposed> proposed = new ArrayList<>(2);
    for (int i = 0; i < tried.insertedCount(); i++) {
      if (tried.fact(i) instanceof Proposal p && !recommended.contains(p.getStrategy())) {
        proposed.add(new Proposed(p.getStrategy(), tried.insertedBy(i)));
      }
    }
    return proposed;
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
          made = new Plan(settings, figureReads, figureReads.tries(settings),
              Suppliers.memoize(() -> figureReads.sharing(settings))); // made when a site first has two tries
          plan = made;
        }
      }
    }
    return made;
  }
}
