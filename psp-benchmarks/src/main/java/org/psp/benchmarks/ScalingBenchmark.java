package org.psp.benchmarks;

import java.util.AbstractList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.psp.model.Site;
import org.psp.rules.AdviceYear;
import org.psp.rules.GeneratedSites;
import org.psp.rules.StrategyAdvisor;

/**
 * Cost against the number of sites, streamed through {@link StrategyAdvisor#adviseEach} in a heap of
 * 256 MB: time per batch should grow linearly, and no batch should run out of memory. The batch
 * cycles through 1,000 distinct generated sites, so only the engine's own memory grows with it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ScalingBenchmark {

  @Param({"1000", "10000", "100000"})
  public int sites;

  private List<Site> batch;
  private StrategyAdvisor engine;

  @Setup
  public void setUp() {
    List<Site> distinct = GeneratedSites.sites(99, 1_000);
    batch = new AbstractList<>() {
      @Override
      public Site get(int index) {
        return distinct.get(index % distinct.size());
      }

      @Override
      public int size() {
        return sites;
      }
    };
    // The batch as a throughput user runs it: without the data gap probe (ThroughputBenchmark times it).
    engine = StrategyAdvisor.builder().dataGaps(false).build();
  }

  /** Every site of the batch, advised on every core, each outcome consumed as it comes. */
  @Benchmark
  public void streamed(Blackhole out) {
    engine.adviseEach(batch, AdviceYear.LATEST, out::consume);
  }
}
