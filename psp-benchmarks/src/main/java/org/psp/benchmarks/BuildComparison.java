package org.psp.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *     org.psp.benchmarks.BuildComparison before.jar after.jar
 * </pre>
 *
 * <p>On this machine two copies of one build differ by up to 3% in the mean: a smaller difference
 * between builds means nothing.
 */
public final class BuildComparison {
  private static final int ROUNDS = 14;
  private static final int WARM_UP_ROUNDS = 2;
  private static final long ROUND_NANOS = 2_000_000_000L;

  private BuildComparison() {}

  /** Compares the builds whose benchmarks.jar files are given. */
  public static void main(String[] jars) throws Exception {
    if (jars.length < 2) {
      System.err.println("usage: BuildComparison BENCHMARKS_JAR BENCHMARKS_JAR...");
      System.exit(2);
    }
    List<Build> builds = new ArrayList<>();
    for (String jar : jars) {
      builds.add(new Build(Path.of(jar)));
    }
    double[] total = new double[builds.size()];
    for (int round = 0; round < ROUNDS; round++) {
      StringBuilder line = new StringBuilder(round < WARM_UP_ROUNDS ? "warm-up " : "round   ");
      for (int i = 0; i < builds.size(); i++) {
        double micros = builds.get(i).microsPerSite();
        if (round >= WARM_UP_ROUNDS) {
          total[i] += micros;
        }
        line.append(String.format("  %s %.2f", jars[i], micros));
      }
      System.out.println(line);
    }
    for (int i = 0; i < builds.size(); i++) {
      System.out.printf("mean %s %.2f µs per site%n", jars[i], total[i] / (ROUNDS - WARM_UP_ROUNDS));
    }
    builds.forEach(Build::close);
  }

  /** One build: its advisor and sites, reached by reflection since each lives in its own class loader. */
  private static final class Build {
    private final URLClassLoader loader;
    private final ForkJoinPool oneThread;
    private final Object advisor;
    private final Object sites;
    private final BiConsumer<Object[], Object> adviseEach;

    Build(Path jar) throws Exception {
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
      advisor = oneThread.submit(() -> advisorClass.getMethod("withDefaultPolicy").invoke(null)).get();
      sites = loader.loadClass("org.psp.rules.GeneratedSites").getMethod("sites", long.class, int.class)
          .invoke(null, 2026L, 10_000);
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
