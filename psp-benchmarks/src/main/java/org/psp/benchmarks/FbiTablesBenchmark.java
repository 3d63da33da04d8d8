package org.psp.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.psp.model.fbi.CityTableException;
import org.psp.model.fbi.CityTableReader;
import org.psp.rules.AdviceYear;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.screen.CityScreen;

/**
 * The FBI's six city tables (about 55,000 city-years), in one run: {@code read} reads them (rows
 * made, nothing advised); {@code screen} reads and screens them, each city-year advised once on every
 * core, as {@code psp screen} does; {@code advise} advises the same city-years, made into sites
 * beforehand, without reading — so that screen ≈ read + advise says what a row costs beyond advising a
 * site. Run from the repository's root (the tables are {@code data/fbi/*.xls}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class FbiTablesBenchmark {

  /** The folder of the tables. */
  @Param("data/fbi")
  public String tables;

  private List<Path> files;
  private CityTableReader reader;
  private CityScreen screen;
  private StrategyAdvisor advisor;
  private List<Site> sites;

  @Setup
  public void setUp() throws IOException, CityTableException {
    files = new ArrayList<>();
    try (DirectoryStream<Path> xls = Files.newDirectoryStream(Path.of(tables), "*.xls")) {
      xls.forEach(files::add);
    }
    if (files.size() != 6) {
      throw new IllegalStateException(tables + " has " + files.size() + " .xls tables, not the six of 2014-2019: run from "
          + "the repository's root");
    }
    reader = new CityTableReader();
    advisor = StrategyAdvisor.builder().dataGaps(false).build();
    screen = new CityScreen(advisor);
    sites = new ArrayList<>();
    for (Path file : files) {
      reader.read(file, row -> {
        if (row.isComplete()) {
          sites.add(row.site());
        }
      });
    }
  }

  /** Reads the six tables into rows. */
  @Benchmark
  public void read(Blackhole out) throws CityTableException {
    for (Path file : files) {
      out.consume(reader.read(file, out::consume));
    }
  }

  /** Reads the six tables and screens every row. */
  @Benchmark
  public void screen(Blackhole out) throws CityTableException {
    for (Path file : files) {
      out.consume(screen.screen(file, reader, out::consume));
    }
  }

  /** Advises the city-years of the six tables, made into sites beforehand, on every core. */
  @Benchmark
  public void advise(Blackhole out) {
    advisor.adviseEach(sites, AdviceYear.LATEST, out::consume);
  }
}
