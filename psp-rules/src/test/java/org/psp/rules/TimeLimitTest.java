package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psp.rules.SiteSpec.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.psp.model.AdviceException;

/** Each evaluation is bounded in time: a rule that runs on is stopped and named, or reported stuck. */
@Isolated // its time limits of a few hundred milliseconds must not be upset by another class using the cores
class TimeLimitTest {
  /** The system property that lets the stuck consequence below go, as a test ends. */
  private static final String RELEASE = "org.psp.test.release-stuck-rule";

  private static final String HEADER = """
      package org.psp.test.limits;
      import org.psp.model.Strategy;
      import org.psp.rules.facts.Assessment;
      import org.psp.rules.facts.Proposal;
      """;

  @Test
  void aRuleThatFiresOnAndOnIsStoppedAtTheTimeLimitAndNamed(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("forever.drl"), LoopingRules.INSERTS_FOR_EVER);
    String where = Pattern.quote(file + ":" + LoopingRules.INSERTS_FOR_EVER_LINE);
    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(file).fireLimit(Integer.MAX_VALUE)
        .timeLimit(Duration.ofMillis(300)).dataGaps(false).build();

    assertThatThrownBy(() -> advisor.advise(site().build())).isInstanceOf(AdviceException.class)
        .hasMessageFindingMatch("(rule \"Proposes again and again\" \\(" + where + "\\) was still "
            + "running|the rules had fired \\d+ times, most of them rule \"Proposes again and again\" \\("
            + where + "\\), and were still firing) when the time limit of 300 ms passed; "
            + "the site was not advised");
    assertThat(Thread.currentThread().isInterrupted()).as("the caller's thread is not left interrupted").isFalse();
  }

  @Test
  void aConsequenceThatWaitsIsInterruptedAndTheAdvisorGoesOnWorking(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("sleeps.drl"), HEADER + """
        rule "Sleeps on tall sites"
        when
            $a : Assessment( population > 1000000 )
        then
            Thread.sleep( 60000 );
        end
        """);
    // Thread.sleep: a trusted rule set's; a policy's rules may not reach threads.
    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(file).trustedRules(true).timeLimit(Duration.ofMillis(300))
        .dataGaps(false).build();

    assertThatThrownBy(() -> advisor.advise(site().population(2_000_000).build()))
        .hasMessageContaining("rule \"Sleeps on tall sites\" (" + file + ":5) was still running when the time limit");
    assertThat(advisor.advise(site().build()).recommendations()).as("the next site, maybe in the same pooled session")
        .isNotEmpty();
  }

  @Test
  void aConsequenceThatIgnoresInterruptsIsReportedStuck(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("stuck.drl"), HEADER + """
        rule "Never returns"
        when
            $a : Assessment()
        then
            while ( !Boolean.getBoolean( "org.psp.test.release-stuck-rule" ) ) {
                try { Thread.sleep( 10 ); } catch ( InterruptedException ignored ) { }
            }
        end
        """);
    CompletableFuture<AdviceException> stuck = new CompletableFuture<>();
    StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(file).trustedRules(true).timeLimit(Duration.ofMillis(200))
        .onStuck(stuck::complete).dataGaps(false).build();
    System.clearProperty(RELEASE);
    Thread evaluating = new Thread(() -> {
      try {
        advisor.advise(site().build());
      } catch (AdviceException expected) {
        // once released, the evaluation ends as timed out
      }
    }, "stuck evaluation");
    evaluating.setDaemon(true);
    evaluating.start();
    try {
      assertThat(stuck.get(30, TimeUnit.SECONDS)).hasMessageContaining("rule \"Never returns\" (" + file + ":5) did not "
          + "stop when the time limit of 200 ms passed and is still running 1 s later");
      assertThat(evaluating.isAlive()).isTrue();
    } finally {
      System.setProperty(RELEASE, "true");
      evaluating.join(TimeUnit.SECONDS.toMillis(10));
      System.clearProperty(RELEASE);
    }
    assertThat(evaluating.isAlive()).isFalse();
  }

  @Test
  void theTimeLimitMustBePositiveAndAtMostADay() {
    assertThatThrownBy(() -> StrategyAdvisor.builder().timeLimit(Duration.ZERO))
        .hasMessage("timeLimit must be more than 0 and at most a day but was PT0S");
    assertThatThrownBy(() -> StrategyAdvisor.builder().timeLimit(Duration.ofDays(2)))
        .hasMessage("timeLimit must be more than 0 and at most a day but was PT48H");
  }
}
