package org.psp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psp.examples.BundledSites;
import org.psp.model.Advice;
import org.psp.model.Problem;
import org.psp.rules.AdviceOutcome;
import org.psp.rules.AdviceYear;
import org.psp.rules.StrategyAdvisor;

/** psp advise's text reports, made on every core and written in the sites' order. */
class TextBatchTest {
  private static final List<AdviceOutcome> OUTCOMES =
      StrategyAdvisor.withDefaultPolicy().adviseAll(BundledSites.load().sites().subList(0, 6), AdviceYear.LATEST);

  private final StringWriter text = new StringWriter();
  private final List<Object> handedOn = new ArrayList<>();

  private AdviseCommand.TextBatch batch(java.util.function.Function<Advice, String> render) {
    return new AdviseCommand.TextBatch(new PrintWriter(text, true), render, handedOn::add, handedOn::add);
  }

  @Test
  void reportsAndProblemsOfTheFileAreWrittenAndHandedOnInTheirOrder() {
    AdviseCommand.TextBatch batch = batch(a -> a.site().id() + "\n");
    Problem problem = Problem.inSite("", "row 3 cannot be read");
    batch.add(OUTCOMES.get(0));
    batch.add(problem);
    OUTCOMES.subList(1, 6).forEach(batch::add);

    batch.flush();

    assertThat(text.toString().lines()).containsExactlyElementsOf(OUTCOMES.stream().map(o -> o.site().id()).toList());
    assertThat(handedOn).hasSize(7).element(1).isSameAs(problem);
  }

  @Test
  void aReportThatCannotBeMadeStopsAtItsSiteWithTheReportsBeforeItWrittenAndNoProblemDropped() {
    String failing = OUTCOMES.get(3).site().id();
    AdviseCommand.TextBatch batch = batch(a -> {
      if (a.site().id().equals(failing)) {
        throw new IllegalStateException("no words for " + failing);
      }
      return a.site().id() + "\n";
    });
    Problem late = Problem.inSite("", "row 9 cannot be read");
    OUTCOMES.forEach(batch::add);
    batch.add(late);

    assertThatThrownBy(batch::flush).isInstanceOf(IllegalStateException.class).hasMessage("no words for " + failing);

    assertThat(text.toString().lines()).containsExactlyElementsOf(OUTCOMES.subList(0, 3).stream().map(o -> o.site().id()).toList());
    assertThat(handedOn).containsExactly(OUTCOMES.get(0), OUTCOMES.get(1), OUTCOMES.get(2), late);
    // Nothing is held after: a second flush, as psp advise makes when advising stops, writes nothing again.
    batch.flush();
    assertThat(handedOn).hasSize(4);
  }
}
