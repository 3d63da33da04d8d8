import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psp.model.Site;
import org.psp.model.json.SiteFileReader;
import org.psp.rules.GeneratedSites;
import org.psp.rules.StrategyAdvisor;

/**
 * What looking for data gaps costs in CPU time, for a machine too loaded for DataGapBenchmark's wall
 * times: the sites of DataGapBenchmark advised with and without data gaps in turns on one thread,
 * each round timed by the thread's own CPU clock (time the thread waits for a core is not counted),
 * after rounds of warm-up; the medians and their ratio. From the repository's root, after a build
 * with -Pbenchmarks:
 *
 *     java -cp psp-benchmarks/target/benchmarks.jar psp-benchmarks/scripts/DataGapCpu.java [ROUNDS]
 */
public class DataGapCpu {
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    StrategyAdvisor off = StrategyAdvisor.builder().dataGaps(false).build();
    StrategyAdvisor on = StrategyAdvisor.withDefaultPolicy();
    Map<String, List<Site>> sets = new LinkedHashMap<>();
    sets.put("generated 10,000", GeneratedSites.sites(2026, 10_000));
    List<Site> bundled = new SiteFileReader().read(Path.of("psp-examples/src/main/resources/org/psp/examples/psp-sites.json")).sites();
    sets.put("bundled " + bundled.size() + " (x 250)", bundled);
    for (var set : sets.entrySet()) {
      List<Site> sites = set.getValue();
      int repeat = sites.size() < 1_000 ? 250 : 1;
      long[] offTimes = new long[rounds];
      long[] onTimes = new long[rounds];
      for (int round = -3; round < rounds; round++) { // three rounds of warm-up
        for (StrategyAdvisor advisor : List.of(off, on)) {
          long start = cpu.getCurrentThreadCpuTime();
          for (int r = 0; r < repeat; r++) {
            for (Site site : sites) {
              if (advisor.advise(site) == null) {
                throw new IllegalStateException();
              }
            }
          }
          long took = cpu.getCurrentThreadCpuTime() - start;
          if (round >= 0) {
            (advisor == off ? offTimes : onTimes)[round] = took;
          }
        }
      }
      double perSite = 1_000.0 * sites.size() * repeat; // nanoseconds to microseconds per site
      double offMedian = median(offTimes) / perSite;
      double onMedian = median(onTimes) / perSite;
      System.out.printf("%s: data gaps off %.1f µs, on %.1f µs of CPU per site (medians of %d rounds): on / off %.2fx%n",
          set.getKey(), offMedian, onMedian, rounds, onMedian / offMedian);
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
  }
}
