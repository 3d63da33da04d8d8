package org.psp.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.OptionalInt;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Times builds of the library against each other in one JVM, in turns, so that the machine's drift
 * (on a shared 2-core VM, the same JMH run differs by 25% from one hour to the next) falls on every
 * build alike. Each build is a {@code benchmarks.jar}, which holds the library, Drools and the
 * generated sites, loaded in a class loader of its own; each advises the same 10,000 generated sites
 * with {@code adviseEach} on one thread for two seconds, build after build, fourteen rounds; the
 * first two rounds warm up, and the mean of the other twelve is printed per build.
 *
 * <pre>
 * java -XX:+UseParallelGC -Xmx4g -cp psp-benchmarks/target/benchmarks.jar \
 *     org.psp.benchmarks.BuildComparison [--cpu] [--no-data-gaps] [--rounds=N] before.jar after.jar
 * </pre>
 *
 * <p>On this machine two copies of one build differ by up to 3% in the mean: a smaller difference
 * between builds means nothing. With {@code --cpu}, for a machine too loaded for wall times, each
 * round advises the sites once per build and is timed by the advising thread's CPU clock (the time it
 * waits for a core is not counted, nor the collector's threads); the median µs per site of each build
 * is printed, and the median of its rounds' ratios to the first build's (the builds of a round run
 * seconds apart, so a ratio drifts less than either time), the ratio of all rounds' CPU time, and the
 * bytes the advising thread allocated per site, which the machine's load does not move (a measure of
 * the work besides the time). {@code --no-data-gaps} advises without looking for data gaps (builds
 * from 2026-11-30 on).
 */
public final class BuildComparison {
  private static final int ROUNDS = 14;
  private static final int WARM_UP_ROUNDS = 2;
  private static final long ROUND_NANOS = 2_000_000_000L;
  private static final int SITES = 10_000;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.ThreadMXBean ALLOCATED = (com.sun.management.ThreadMXBean) CPU;

  private BuildComparison() {}

  /** Compares the builds whose benchmarks.jar files are given, after the options. */
  public static void main(String[] args) throws Exception {
    boolean cpu = false;
    boolean dataGaps = true;
    int rounds = ROUNDS;
    List<String> jars = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--cpu")) {
        cpu = true;
      } else if (arg.equals("--no-data-gaps")) {
        dataGaps = false;
      } else if (arg.startsWith("--rounds=")) {
        rounds = Integer.parseInt(arg.substring("--rounds=".length())) + WARM_UP_ROUNDS;
      } else {
        jars.add(arg);
      }
    }
    if (jars.size() < 2) {
      System.err.println("usage: BuildComparison [--cpu] [--no-data-gaps] [--rounds=N] BENCHMARKS_JAR BENCHMARKS_JAR...");
      System.exit(2);
    }
    List<Build> builds = new ArrayList<>();
    for (String jar : jars) {
      builds.add(new Build(Path.of(jar), dataGaps));
    }
    int measured = rounds - WARM_UP_ROUNDS;
    double[][] micros = new double[builds.size()][measured];
    double[][] bytes = new double[builds.size()][measured];
    for (int round = 0; round < rounds; round++) {
      StringBuilder line = new StringBuilder(round < WARM_UP_ROUNDS ? "warm-up " : "round   ");
      for (int i = 0; i < builds.size(); i++) {
        double perSite = cpu ? builds.get(i).cpuMicrosPerSite() : builds.get(i).microsPerSite();
        if (round >= WARM_UP_ROUNDS) {
          micros[i][round - WARM_UP_ROUNDS] = perSite;
          bytes[i][round - WARM_UP_ROUNDS] = builds.get(i).allocatedPerSite;
        }
        line.append(String.format("  %s %.2f", jars.get(i), perSite));
      }
      System.out.println(line);
    }
    for (int i = 0; i < builds.size(); i++) {
      if (cpu) {
        double[] ratios = new double[measured];
        for (int round = 0; round < measured; round++) {
          ratios[round] = micros[i][round] / micros[0][round];
        }
        double total = Arrays.stream(micros[i]).sum();
        double first = Arrays.stream(micros[0]).sum();
        System.out.printf("median %s %.2f µs of CPU per site; median of the rounds' ratios to the first %.2fx; all rounds' "
            + "CPU to the first's %.2fx; %.0f bytes allocated per site (%.2fx)%n", jars.get(i), median(micros[i]),
            median(ratios), total / first, median(bytes[i]), median(bytes[i]) / median(bytes[0]));
      } else {
        System.out.printf("mean %s %.2f µs per site%n", jars.get(i), Arrays.stream(micros[i]).average().orElseThrow());
      }
    }
    builds.forEach(Build::close);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
  }

  /** One build: its advisor and sites, reached by reflection since each lives in its own class loader. */
  private static final class Build {
    private final URLClassLoader loader;
    private final ForkJoinPool oneThread;
    private final Object advisor;
    private final Object sites;
    private final BiConsumer<Object[], Object> adviseEach;
    /** The bytes the advising thread allocated per site in the last {@link #cpuMicrosPerSite} round. */
    private double allocatedPerSite;

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
        if (dataGaps) {
          return advisorClass.getMethod("withDefaultPolicy").invoke(null);
        }
        Object builder = advisorClass.getMethod("builder").invoke(null);
        builder.getClass().getMethod("dataGaps", boolean.class).invoke(builder, false);
        return builder.getClass().getMethod("build").invoke(builder);
      }).get();
      sites = loader.loadClass("org.psp.rules.GeneratedSites").getMethod("sites", long.class, int.class)
          .invoke(null, 2026L, SITES);
      adviseEach = adviseEach(advisorClass);
    }

    /**
     * {@code adviseEach(sites, AdviceYear.LATEST, consumer)}; from 2026-12-01 to 2026-12-06 it was {@code
     * adviseEach(sites, consumer)}, and before that {@code adviseEach(sites, OptionalInt.empty(), consumer)},
     * each called through the same two arguments.
     */
    private static BiConsumer<Object[], Object> adviseEach(Class<?> advisorClass) throws ReflectiveOperationException {
      ClassLoader loader = advisorClass.getClassLoader();
      try {
        Class<?> adviceYear = loader.loadClass("org.psp.rules.AdviceYear");
        Method now = advisorClass.getMethod("adviseEach", Iterable.class, adviceYear, Consumer.class);
        Object latest = adviceYear.getField("LATEST").get(null);
        return (args, advisor) -> invoke(now, advisor, args[0], latest, args[1]);
      } catch (ClassNotFoundException e) {
        try {
          Method twoArguments = advisorClass.getMethod("adviseEach", Iterable.class, Consumer.class);
          return (args, advisor) -> invoke(twoArguments, advisor, args[0], args[1]);
        } catch (NoSuchMethodException older) {
          Method before = advisorClass.getMethod("adviseEach", Iterable.class, OptionalInt.class, Consumer.class);
          return (args, advisor) -> invoke(before, advisor, args[0], OptionalInt.empty(), args[1]);
        }
      }
    }

    private static void invoke(Method method, Object target, Object... args) {
      try {
        method.invoke(target, args);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    double microsPerSite() throws Exception {
      long[] advised = {0};
      Consumer<Object> count = outcome -> advised[0]++;
      long start = System.nanoTime();
      while (System.nanoTime() - start < ROUND_NANOS) {
        oneThread.submit(() -> adviseEach.accept(new Object[] {sites, count}, advisor)).get();
      }
      return (System.nanoTime() - start) / 1e3 / advised[0];
    }

    /** The CPU time of the pool's thread to advise the sites once, in µs per site. */
    double cpuMicrosPerSite() throws Exception {
      long[] advised = {0};
      Consumer<Object> count = outcome -> advised[0]++;
      long[] allocated = {0};
      long nanos = oneThread.submit(() -> {
        long startBytes = ALLOCATED.getCurrentThreadAllocatedBytes();
        long start = CPU.getCurrentThreadCpuTime();
        adviseEach.accept(new Object[] {sites, count}, advisor);
        long took = CPU.getCurrentThreadCpuTime() - start;
        allocated[0] = ALLOCATED.getCurrentThreadAllocatedBytes() - startBytes;
        return took;
      }).get();
      allocatedPerSite = (double) allocated[0] / SITES;
      if (advised[0] != SITES) {
        throw new IllegalStateException(advised[0] + " outcomes for " + SITES + " sites");
      }
      return nanos / 1e3 / SITES;
    }

    void close() {
      oneThread.shutdown();
      try {
        loader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
