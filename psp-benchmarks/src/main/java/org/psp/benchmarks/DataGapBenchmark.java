package org.psp.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.psp.model.json.SiteFile;
import org.psp.model.json.SiteFileReader;
import org.psp.rules.GeneratedSites;
import org.psp.rules.StrategyAdvisor;

/**
 * What looking for data gaps costs: the default advisor with and without its data-gap probe, one
 * thread, site after site, on the same sites in the same run. {@code generated}: 10,000 generated
 * sites (each probed figure missing two times in fifteen), the sites of {@link ThroughputBenchmark}'s
 * batch of 10,000, where the engine's cost without data gaps is compared with the hand-written
 * baseline's; {@code bundled}: the bundled real PSP sites (39), whose years give none of the four
 * figures the probe tries, read from psp-examples/src/main/resources (run from the repository's root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class DataGapBenchmark {
  private static final Path BUNDLED = Path.of("psp-examples/src/main/resources/org/psp/examples/psp-sites.json");

  @Param({"generated", "bundled"})
  public String sites;

  private List<Site> batch;
  private StrategyAdvisor withoutDataGaps;
  private StrategyAdvisor withDataGaps;

  @Setup
  public void setUp() throws IOException {
    if (sites.equals("bundled")) {
      if (!Files.isRegularFile(BUNDLED)) {
        throw new IllegalStateException(BUNDLED + " not found: run the benchmark from the repository's root");
      }
      SiteFile file = new SiteFileReader().read(BUNDLED);
      if (!file.problems().isEmpty()) {
        throw new IllegalStateException("the bundled sites do not read: " + file.problems());
      }
      batch = file.sites();
    } else {
      batch = GeneratedSites.sites(2026, 10_000);
    }
    withoutDataGaps = StrategyAdvisor.builder().dataGaps(false).build();
    withDataGaps = StrategyAdvisor.withDefaultPolicy();
  }

  /** The advice alone. */
  @Benchmark
  public void dataGapsOff(Blackhole out) {
    for (Site site : batch) {
      out.consume(withoutDataGaps.advise(site));
    }
  }

  /** The advice with its data gaps, as {@code psp advise} gives it. */
  @Benchmark
  public void dataGapsOn(Blackhole out) {
    for (Site site : batch) {
      out.consume(withDataGaps.advise(site));
    }
  }
}
