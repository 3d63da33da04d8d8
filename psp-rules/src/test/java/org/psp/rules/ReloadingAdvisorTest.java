package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psp.rules.PolicyAssertions.rationaleOf;
import static org.psp.rules.SiteSpec.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.psp.model.Advice;
import org.psp.model.Problem;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.catalog.Explanation;
import org.psp.rules.catalog.RuleInfo;

/** Hot reload: new rules swap in atomically, broken ones are reported and never go into service. */
@Isolated // it watches folders and loads every core itself
class ReloadingAdvisorTest {
  private static final Site SITE = site().build();

  /** Rules whose every advice says, twice, which version made it: in a rationale and in a caution. */
  private static String version(int n) {
    return """
        package org.psp.test.reload;
        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Caution;
        import org.psp.rules.facts.Proposal;
        rule "Version marker"
            ruleflow-group "strategies"
        when
            $a : Assessment()
        then
            insert( new Proposal( $a, Strategy.PEER_EXCHANGE, "version %d" ) );
        end
        rule "Version caution"
            ruleflow-group "refinements"
        when
            $r : Proposal( strategy == Strategy.PEER_EXCHANGE )
        then
            insert( new Caution( $r, "version %d" ) );
        end
        """.formatted(n, n);
  }

  private static final String BROKEN = """
      package org.psp.test.reload;
      import org.psp.rules.facts.Assessment;
      rule "Broken"
      when
          Assessment( firearmShar > 0 )
      then
      end
      """;

  /** Writes as a deployment tool should: elsewhere first, then renamed, so no reload sees half a file. */
  private static void writeAtomically(Path file, String text) throws IOException {
    Path temporary = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), text);
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static int versionOf(Advice advice) {
    Recommendation marker = advice.recommendation(Strategy.PEER_EXCHANGE).orElseThrow();
    int fromRationale = Integer.parseInt(rationaleOf(marker).replaceAll("^version (\\d+).*$", "$1"));
    assertThat(marker.cautions()).as("one version per evaluation").containsExactly("version " + fromRationale);
    return fromRationale;
  }

  @Test
  void aChangeThatCompilesGoesIntoServiceAndOneThatDoesNotIsReported(@TempDir Path dir) throws IOException {
    Path rules = Files.writeString(dir.resolve("version.drl"), version(1));
    List<ReloadResult> told = new CopyOnWriteArrayList<>();
    try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(dir, TestAdvisors.roundBuilder(), told::add)) {
      assertThat(versionOf(advisor.advise(SITE))).isEqualTo(1);

      Files.writeString(rules, version(2));
      assertThat(advisor.reload()).isEqualTo(new ReloadResult(2, true, List.of()));
      assertThat(versionOf(advisor.advise(SITE))).isEqualTo(2);

      Files.writeString(rules, BROKEN);
      ReloadResult refused = advisor.reload();
      assertThat(refused.applied()).isFalse();
      // The watcher may have reloaded version 2 once more before the broken file came (on a busy
      // machine, the two reloads and the advice above take longer than its settle time): whatever
      // the generation then, a refused reload does not change it.
      assertThat(refused.generation()).isIn(2L, 3L).isEqualTo(advisor.generation());
      assertThat(refused.problems()).extracting(Problem::toString)
          .containsExactly(rules + ":5:17: unknown field \"firearmShar\" of Assessment in: firearmShar > 0; did you mean \"firearmShare\"?");
      assertThat(versionOf(advisor.advise(SITE))).as("the previous rules stay in service").isEqualTo(2);
      assertThat(told).extracting(ReloadResult::applied).containsSubsequence(true, false);
    }
  }

  /** Code written against Advisor works with the rules in service, for every call. */
  @Test
  void asAnAdvisorEveryCallUsesTheRulesInService(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("version.drl"), version(7));
    try (ReloadingAdvisor reloading = ReloadingAdvisor.watch(dir, TestAdvisors.roundBuilder(), result -> { })) {
      Advisor advisor = reloading;
      Site other = site().id("other-site").build();

      List<AdviceOutcome> all = advisor.adviseAll(List.of(SITE, other), AdviceYear.LATEST);
      List<AdviceOutcome> each = new ArrayList<>();
      advisor.adviseEach(List.of(SITE, other), AdviceYear.of(SiteSpec.YEAR), each::add);
      Explanation why = advisor.explain(SITE, Strategy.PEER_EXCHANGE);

      assertThat(all).extracting(o -> o.advice().orElseThrow().site().id()).containsExactly(SITE.id(), "other-site");
      assertThat(each).isEqualTo(all);
      assertThat(rationaleOf(all.get(0).advice().orElseThrow().recommendation(Strategy.PEER_EXCHANGE).orElseThrow()))
          .contains("version 7");
      assertThat(why.recommended()).isTrue();
      assertThat(why.rules()).extracting(r -> r.rule().name()).contains("Version marker");
      assertThat(advisor.rules()).extracting(RuleInfo::name).contains("Version marker", "Version caution");
      assertThat(advisor.adviseAll(List.of(SITE), AdviceYear.of(SiteSpec.YEAR - 1))).singleElement()
          .satisfies(o -> assertThat(o.error()).hasValueSatisfying(e -> assertThat(e.message()).contains("no statistics for 2018")));
    }
  }

  @Test
  void theFolderIsWatched(@TempDir Path dir) throws Exception {
    Path rules = Files.writeString(dir.resolve("version.drl"), version(1));
    try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(dir, TestAdvisors.roundBuilder(), result -> { })) {
      Files.writeString(rules, version(7));

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (advisor.generation() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(advisor.generation()).isEqualTo(2);
      assertThat(versionOf(advisor.advise(SITE))).isEqualTo(7);
    }
  }

  /** Waits, 30 seconds at most, for the advisor to reach {@code generation}. */
  private static void awaitGeneration(ReloadingAdvisor advisor, long generation) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (advisor.generation() < generation && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(advisor.generation()).isEqualTo(generation);
  }

  @Test
  void anEmptyFolderStartsWithTheDefaultPolicyAloneAndTakesRulesWhenTheyCome(@TempDir Path dir) throws Exception {
    try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(dir, TestAdvisors.roundBuilder(), result -> { })) {
      assertThat(advisor.advise(SITE).recommendation(Strategy.PEER_EXCHANGE)).isEmpty();

      writeAtomically(dir.resolve("version.drl"), version(3));

      awaitGeneration(advisor, 2);
      assertThat(versionOf(advisor.advise(SITE))).isEqualTo(3);
    }
  }

  @Test
  void aFolderDeletedKeepsTheRulesInServiceAndIsWatchedAgainWhenMadeAgain(@TempDir Path parent) throws Exception {
    Path dir = Files.createDirectory(parent.resolve("rules"));
    Files.writeString(dir.resolve("version.drl"), version(1));
    List<ReloadResult> told = new CopyOnWriteArrayList<>();
    try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(dir, TestAdvisors.roundBuilder(), told::add)) {
      Files.delete(dir.resolve("version.drl"));
      Files.delete(dir);

      awaitProblem(told, "the folder is gone");
      assertThat(told).last().satisfies(r -> {
        assertThat(r.applied()).isFalse();
        assertThat(r.problems()).extracting(Problem::toString)
            .containsExactly(dir.toAbsolutePath() + ":0:0: the folder is gone; the rules in service stay until it can be read again");
      });
      assertThat(versionOf(advisor.advise(SITE))).isEqualTo(1);

      Path remade = Files.createDirectory(parent.resolve("rules.new"));
      Files.writeString(remade.resolve("version.drl"), version(5));
      Files.move(remade, dir, StandardCopyOption.ATOMIC_MOVE);

      awaitGeneration(advisor, 2);
      assertThat(versionOf(advisor.advise(SITE))).isEqualTo(5);

      writeAtomically(dir.resolve("version.drl"), version(6));
      awaitGeneration(advisor, 3);
      assertThat(versionOf(advisor.advise(SITE))).as("the folder made again is watched").isEqualTo(6);
    }
  }

  /** Waits, 30 seconds at most, for a result the listener was told whose problems say {@code text}. */
  private static ReloadResult awaitProblem(List<ReloadResult> told, String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (told.stream().noneMatch(r -> r.problems().toString().contains(text)) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    return told.stream().filter(r -> r.problems().toString().contains(text)).findFirst().orElseThrow(
        () -> new AssertionError("no reload said \"" + text + "\"; told: " + told));
  }

  @Test
  void aFileNestedBeyondTheParsersDepthIsAProblemAndTheWatcherGoesOn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("version.drl"), version(1));
    List<ReloadResult> told = new CopyOnWriteArrayList<>();
    try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(dir, TestAdvisors.roundBuilder(), told::add)) {
      writeAtomically(dir.resolve("deep.drl"), "package org.psp.test.reload;\nrule \"Deep\"\nwhen\n    eval( "
          + "(".repeat(300) + "true" + ")".repeat(300) + " )\nthen\nend\n");

      ReloadResult refused = awaitProblem(told, "brackets are nested more than 32 deep here");
      assertThat(refused.applied()).isFalse();
      assertThat(refused.problems()).extracting(Problem::toString)
          .anySatisfy(p -> assertThat(p).startsWith(dir.resolve("deep.drl").toAbsolutePath() + ":4:"));
      assertThat(versionOf(advisor.advise(SITE))).isEqualTo(1);

      Files.delete(dir.resolve("deep.drl"));
      writeAtomically(dir.resolve("version.drl"), version(2));
      awaitGeneration(advisor, 2);
      assertThat(versionOf(advisor.advise(SITE))).as("the watcher lives on").isEqualTo(2);
    }
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheWatching(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("version.drl"), version(1));
    AtomicLong calls = new AtomicLong();
    // The watcher logs the listener's failure (System.Logger, which is java.util.logging here): caught, not printed.
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(ReloadingAdvisor.class.getName());
    List<java.util.logging.LogRecord> logged = new CopyOnWriteArrayList<>();
    java.util.logging.Handler handler = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord record) {
        logged.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    log.addHandler(handler);
    log.setUseParentHandlers(false);
    try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(dir, TestAdvisors.roundBuilder(), result -> {
      calls.incrementAndGet();
      throw new IllegalStateException("the listener's own bug");
    })) {
      writeAtomically(dir.resolve("version.drl"), version(2));
      awaitGeneration(advisor, 2);
      writeAtomically(dir.resolve("version.drl"), version(3));
      awaitGeneration(advisor, 3);

      assertThat(versionOf(advisor.advise(SITE))).isEqualTo(3);
      assertThat(calls.get()).isGreaterThanOrEqualTo(2);
      assertThat(logged).isNotEmpty().allSatisfy(r -> {
        assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
        assertThat(r.getThrown()).hasMessage("the listener's own bug");
      });
    } finally {
      log.removeHandler(handler);
      log.setUseParentHandlers(true);
    }
  }

  @Test
  void aFolderReplacedByAFileIsAProblemThatKeepsTheRulesInService(@TempDir Path parent) throws Exception {
    Path dir = Files.createDirectory(parent.resolve("rules"));
    Files.writeString(dir.resolve("version.drl"), version(1));
    List<ReloadResult> told = new CopyOnWriteArrayList<>();
    try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(dir, TestAdvisors.roundBuilder(), told::add)) {
      Files.delete(dir.resolve("version.drl"));
      Files.delete(dir);
      Files.writeString(dir, "not a folder");

      ReloadResult refused = awaitProblem(told, "it is no longer a folder but a file");
      assertThat(refused.applied()).isFalse();
      assertThat(advisor.generation()).isEqualTo(1);
      assertThat(versionOf(advisor.advise(SITE))).as("the added rules stay").isEqualTo(1);
    }
  }

  @Test
  void rulesThatDoNotCompileAtTheStartAreRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("broken.drl"), BROKEN);

    assertThatThrownBy(() -> ReloadingAdvisor.watch(dir, TestAdvisors.roundBuilder(), result -> { }))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("broken.drl:5:17: unknown field");
  }

  /**
   * A hundred reloads while every core evaluates without pause (a thread a core, two at least): no
   * evaluation fails or sees a version older than one it saw before. More threads than cores add no
   * evaluations at once, only turns, and take the cores from the reloads.
   */
  @Test
  void aHundredReloadsUnderLoadNeverFailOrMixAnEvaluation(@TempDir Path dir) throws Exception {
    Path rules = Files.writeString(dir.resolve("version.drl"), version(0));
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong evaluations = new AtomicLong();
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(dir, TestAdvisors.roundBuilder(), result -> { })) {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          int last = -1;
          while (running.get()) {
            int version = versionOf(advisor.advise(SITE));
            assertThat(version).as("versions only move forward").isGreaterThanOrEqualTo(last);
            last = version;
            evaluations.incrementAndGet();
          }
          return null;
        }));
      }
      int lastGood = 0;
      for (int n = 1; n <= 100; n++) {
        boolean broken = n % 5 == 0;
        writeAtomically(rules, broken ? BROKEN : version(n));
        ReloadResult result = advisor.reload();
        assertThat(result.applied()).isEqualTo(!broken);
        lastGood = broken ? lastGood : n;
        assertThat(versionOf(advisor.advise(SITE))).isEqualTo(lastGood);
      }
      running.set(false);
      for (Future<?> worker : workers) {
        worker.get(60, TimeUnit.SECONDS);
      }
      // 80 of the reloads compile; the watcher may have applied some changes of its own as well.
      assertThat(advisor.generation()).isGreaterThanOrEqualTo(1 + 80);
      assertThat(versionOf(advisor.advise(SITE))).isEqualTo(lastGood);
      assertThat(evaluations.get()).isGreaterThan(100);
    } finally {
      pool.shutdownNow();
    }
  }
}
