package org.psp.benchmarks;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.psp.model.Site;
import org.psp.rules.AdviceYear;
import org.psp.rules.GeneratedSites;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.catalog.Stage;

/**
 * Where an evaluation's time goes, stage by stage: one batch of 10,000 generated sites advised on one
 * thread, with the rules of the later stages of the default policy disabled. The time per site of a
 * stage, less that of the stage before, is what the stage costs; the whole policy less the policy
 * without the mode rules (or the ranking stage) is what those rules cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class StageBenchmark {

  /**
   * How far into the default policy the rules run; each names the default rules it disables, by the
   * stage the engine's catalog gives them (or, for the mode rules, by their names' first word).
   */
  public enum Extent {
    /** Every rule disabled: the sessions, the assessments and empty advice. */
    NO_RULES(rule -> true),
    /** The eligibility stage only. */
    ELIGIBILITY(rule -> rule.stage() != Stage.ELIGIBILITY),
    /** Eligibility, strategies, reactions and outcomes, without the refinements (modes, cautions) and the ranking. */
    STRATEGIES(rule -> rule.stage() == Stage.REFINEMENTS || rule.stage() == Stage.RANKING),
    /** The whole default policy but the six mode rules. */
    ALL_BUT_MODES(rule -> rule.name().startsWith("Mode:")),
    /** The whole default policy but the ranking stage (every recommendation then scores 0: catalog order). */
    ALL_BUT_RANKING(rule -> rule.stage() == Stage.RANKING),
    /** The whole default policy. */
    ALL(rule -> false);

    private final Predicate<RuleInfo> disables;

    Extent(Predicate<RuleInfo> disables) {
      this.disables = disables;
    }
  }

  @Param
  public Extent stage;

  private List<Site> sites;
  private StrategyAdvisor engine;
  private ForkJoinPool oneThread;

  @Setup
  public void setUp() {
    sites = GeneratedSites.sites(2026, 10_000);
    StrategyAdvisor.Builder builder = StrategyAdvisor.builder().dataGaps(false);
    StrategyAdvisor.withDefaultPolicy().rules().stream().filter(stage.disables).map(RuleInfo::name).forEach(builder::disableRule);
    engine = builder.build();
    oneThread = new ForkJoinPool(1);
  }

  @TearDown
  public void tearDown() {
    oneThread.shutdown();
  }

  /** The batch, streamed through {@code adviseEach} in a fork-join pool of one thread. */
  @Benchmark
  public void batchOnOneThread(Blackhole out) throws Exception {
    oneThread.submit(() -> engine.adviseEach(sites, AdviceYear.LATEST, out::consume)).get();
  }
}
