package org.psp.benchmarks;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
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
import org.psp.model.NationalRates;
import org.psp.model.Site;
import org.psp.rules.AdviceYear;
import org.psp.rules.GeneratedSites;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.baseline.HandWrittenPolicy;
import org.psp.rules.settings.PolicySettings;

/**
 * Batch throughput: one operation advises a whole batch of generated sites, so the time per site is
 * the score divided by the batch size. The engine and the hand-written baseline run on the same
 * sites in the same run; {@code baseline} writes the same advice as the engine, {@code
 * baselineDecisions} only decides. The engine here does not look for data gaps, as the baseline does
 * not; what looking for them costs is {@link DataGapBenchmark}'s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ThroughputBenchmark {

  @Param({"1", "100", "10000"})
  public int batchSize;

  private List<Site> sites;
  private StrategyAdvisor engine;
  private StrategyAdvisor noRules;
  private HandWrittenPolicy baseline;
  private ForkJoinPool oneThread;

  @Setup
  public void setUp() {
    sites = GeneratedSites.sites(2026, batchSize);
    // The engine as the baseline works: the policy alone, without looking for data gaps.
    engine = StrategyAdvisor.builder().dataGaps(false).build();
    StrategyAdvisor.Builder withoutRules = StrategyAdvisor.builder().dataGaps(false);
    engine.ruleNames().forEach(withoutRules::disableRule);
    noRules = withoutRules.build();
    baseline = new HandWrittenPolicy(PolicySettings.defaults(), NationalRates.bundled());
    oneThread = new ForkJoinPool(1);
  }

  @TearDown
  public void tearDown() {
    oneThread.shutdown();
  }

  /** The Drools engine, one thread, site after site. */
  @Benchmark
  public void engine(Blackhole out) {
    for (Site site : sites) {
      out.consume(engine.advise(site));
    }
  }

  /**
   * The engine with every default rule disabled, one thread: what a session costs before any rule
   * works (taking a pooled session, inserting the facts, resetting it, an empty advice).
   */
  @Benchmark
  public void engineWithoutRules(Blackhole out) {
    for (Site site : sites) {
      out.consume(noRules.advise(site));
    }
  }

  /**
   * The engine's batch call on every core, each outcome consumed as it comes ({@code adviseEach}), as
   * the baseline consumes each advice.
   */
  @Benchmark
  public void engineBatch(Blackhole out) {
    engine.adviseEach(sites, AdviceYear.LATEST, out::consume);
  }

  /** {@code adviseAll}: the batch call on every core, holding every outcome until it returns. */
  @Benchmark
  public void engineBatchHoldingAll(Blackhole out) {
    out.consume(engine.adviseAll(sites, AdviceYear.LATEST));
  }

  /**
   * The batch call on one thread: {@code adviseEach} runs its sessions in the fork-join pool of the
   * calling thread, here a pool of one. The engine's cost per site, comparable with the baseline's;
   * handing the call to the pool's thread and back costs some tens of microseconds per operation,
   * which the batch of 1 shows.
   */
  @Benchmark
  public void engineBatchOneThread(Blackhole out) throws Exception {
    oneThread.submit(() -> engine.adviseEach(sites, AdviceYear.LATEST, out::consume)).get();
  }

  /** The hand-written policy, one thread: the same advice as the engine's, rationales and all. */
  @Benchmark
  public void baseline(Blackhole out) {
    for (Site site : sites) {
      out.consume(baseline.advise(site, site.latestYear()));
    }
  }

  /** The hand-written policy's decisions alone (eligibility, strategies, modes, priorities), no text, one thread. */
  @Benchmark
  public void baselineDecisions(Blackhole out) {
    for (Site site : sites) {
      out.consume(baseline.decide(site, site.latestYear()));
    }
  }
}
