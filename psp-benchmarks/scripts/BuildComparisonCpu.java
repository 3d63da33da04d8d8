import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Consumer;

/**
 * Two or more builds against each other in CPU time, for a machine too loaded for BuildComparison's
 * wall times: each build's benchmarks.jar in a class loader of its own, the 10,000 generated sites of
 * BuildComparison advised by each build in turns on one thread ({@code adviseEach} in a pool of one),
 * each round timed by that thread's CPU clock, so that the time it waits for a core is not counted.
 * Prints the median µs of CPU per site of each build and the median of its rounds' ratios to the
 * first build's (the builds of a round run seconds apart, so a ratio drifts less than either time).
 * CPU time leaves out the collector's threads. From the repository's root (the first argument says
 * whether the builds look for data gaps):
 *
 *     java -cp psp-benchmarks/target/benchmarks.jar psp-benchmarks/scripts/BuildComparisonCpu.java \
 *         off|on ROUNDS before.jar after.jar
 */
public class BuildComparisonCpu {
  private static final int WARM_UP_ROUNDS = 3;

  public static void main(String[] args) throws Exception {
    if (args.length < 4 || !(args[0].equals("off") || args[0].equals("on"))) {
      System.err.println("usage: BuildComparisonCpu off|on ROUNDS BENCHMARKS_JAR BENCHMARKS_JAR...");
      System.exit(2);
    }
    boolean dataGaps = args[0].equals("on");
    int rounds = Integer.parseInt(args[1]);
    List<Build> builds = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      builds.add(new Build(Path.of(args[i]), dataGaps));
    }
    long[][] nanos = new long[builds.size()][rounds];
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      StringBuilder line = new StringBuilder(round < 0 ? "warm-up" : "round  ");
      for (int b = 0; b < builds.size(); b++) {
        long took = builds.get(b).cpuNanos();
        if (round >= 0) {
          nanos[b][round] = took;
        }
        line.append(String.format("  %s %.2f", args[b + 2], took / 1e3 / Build.SITES));
      }
      System.out.println(line);
    }
    for (int b = 0; b < builds.size(); b++) {
      double[] ratios = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        ratios[round] = (double) nanos[b][round] / nanos[0][round];
      }
      System.out.printf("data gaps %s: %s median %.2f µs of CPU per site (%d rounds); to the first, median of the rounds' "
          + "ratios %.2fx%n", args[0], args[b + 2], median(nanos[b]) / 1e3 / Build.SITES, rounds, median(ratios));
      builds.get(b).close();
    }
  }

  private static double median(long[] values) {
    double[] asDoubles = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      asDoubles[i] = values[i];
    }
    return median(asDoubles);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
  }

  /** One build: its advisor and sites, reached by reflection since each lives in its own class loader. */
  private static final class Build {
    static final int SITES = 10_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final URLClassLoader loader;
    private final ForkJoinPool oneThread;
    private final Object advisor;
    private final Object sites;
    private final Method adviseEach;
    private final Object latest;

    Build(Path jar, boolean dataGaps) throws Exception {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException("no such file: " + jar);
      }
      loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      // Drools finds its services through the thread's context class loader.
      oneThread = new ForkJoinPool(1, pool -> {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setContextClassLoader(loader);
        return thread;
      }, null, false);
      Class<?> advisorClass = loader.loadClass("org.psp.rules.StrategyAdvisor");
      advisor = oneThread.submit(() -> {
        Object builder = advisorClass.getMethod("builder").invoke(null);
        builder.getClass().getMethod("dataGaps", boolean.class).invoke(builder, dataGaps);
        return builder.getClass().getMethod("build").invoke(builder);
      }).get();
      sites = loader.loadClass("org.psp.rules.GeneratedSites").getMethod("sites", long.class, int.class)
          .invoke(null, 2026L, SITES);
      Class<?> adviceYear = loader.loadClass("org.psp.rules.AdviceYear");
      adviseEach = advisorClass.getMethod("adviseEach", Iterable.class, adviceYear, Consumer.class);
      latest = adviceYear.getField("LATEST").get(null);
    }

    /** The CPU time of the pool's thread to advise the sites once. */
    long cpuNanos() throws Exception {
      long[] advised = {0};
      Consumer<Object> count = outcome -> advised[0]++;
      long took = oneThread.submit(() -> {
        long start = CPU.getCurrentThreadCpuTime();
        adviseEach.invoke(advisor, sites, latest, count);
        return CPU.getCurrentThreadCpuTime() - start;
      }).get();
      if (advised[0] != SITES) {
        throw new IllegalStateException(advised[0] + " outcomes for " + SITES + " sites");
      }
      return took;
    }

    void close() throws Exception {
      oneThread.shutdown();
      loader.close();
    }
  }
}
