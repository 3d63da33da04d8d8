package org.psp.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.psp.model.Advice;
import org.psp.rules.GeneratedSites;
import org.psp.rules.StrategyAdvisor;

/**
 * Start-up in a cold JVM: every measurement is the first call of a fresh JVM (one fork each).
 * The default rules pre-compiled at build time into an executable model, against the same .drl
 * files compiled at run time, and the first advice after start.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class StartupBenchmark {

  /** The default rule base from the executable model compiled at build time, as the library loads it. */
  @Benchmark
  public StrategyAdvisor precompiledDefaultRules() {
    return StrategyAdvisor.withDefaultPolicy();
  }

  /** The same .drl files compiled at run time with the classic compiler. */
  @Benchmark
  public KieBase defaultRulesCompiledAtRunTime() {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    for (String name : defaultRuleFiles()) {
      try (var in = StartupBenchmark.class.getClassLoader().getResourceAsStream(name)) {
        builder.add(ResourceFactory.newByteArrayResource(in.readAllBytes()).setSourcePath(name), ResourceType.DRL);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (builder.hasErrors()) {
      throw new IllegalStateException(builder.getErrors().toString());
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(builder.getKnowledgePackages());
    return base;
  }

  /** Building the advisor and advising one site: what a command line or a function pays per start. */
  @Benchmark
  public Advice firstAdvice() {
    return StrategyAdvisor.withDefaultPolicy().advise(GeneratedSites.site(1));
  }

  /** The default rules' .drl files, as class path resources of psp-rules. */
  static List<String> defaultRuleFiles() {
    String first = "org/psp/rules/policy/10-eligibility.drl";
    URL url = StartupBenchmark.class.getClassLoader().getResource(first);
    List<String> names = new ArrayList<>();
    try {
      if ("jar".equals(url.getProtocol())) {
        String jar = url.getPath().substring("file:".length(), url.getPath().indexOf('!'));
        try (JarFile file = new JarFile(URLDecoder.decode(jar, StandardCharsets.UTF_8))) {
          Collections.list(file.entries()).stream().map(JarEntry::getName)
              .filter(n -> n.startsWith("org/psp/rules/policy/") && n.endsWith(".drl")).sorted().forEach(names::add);
        }
      } else {
        Path dir = Path.of(url.toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
          files.map(p -> "org/psp/rules/policy/" + p.getFileName()).filter(n -> n.endsWith(".drl")).sorted().forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }
}
