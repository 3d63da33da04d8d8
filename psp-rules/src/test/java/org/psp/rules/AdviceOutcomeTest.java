package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psp.model.Advice;
import org.psp.model.Problem;
import org.psp.model.Site;

/** An outcome holds either the advice about its own site or a reason, never both, never neither. */
class AdviceOutcomeTest {
  private static final Site SITE = SiteSpec.site().build();
  private static final Site OTHER = Site.builder().from(SITE).id("other-site").build();
  private static final Advice ADVICE = TestAdvisors.ROUND.advise(SITE);

  @Test
  void anAdvisedSiteHasItsAdviceAndNoError() {
    AdviceOutcome outcome = AdviceOutcome.of(ADVICE);

    assertThat(outcome.site()).isEqualTo(SITE);
    assertThat(outcome.advice()).contains(ADVICE);
    assertThat(outcome.error()).isEmpty();
  }

  @Test
  void aFailedSiteHasItsErrorAndNoAdvice() {
    AdviceOutcome outcome = AdviceOutcome.failed(SITE, "no statistics for 2020");

    assertThat(outcome.advice()).isEmpty();
    assertThat(outcome.error()).contains(Problem.inSite(SITE.id(), "no statistics for 2020"));
  }

  @Test
  void theAdviceMustBeAboutTheSite() {
    assertThatThrownBy(() -> new AdviceOutcome(OTHER, Optional.of(ADVICE), Optional.empty()))
        .hasMessage("advice is about site " + SITE.id() + ", not about site other-site");
  }

  @Test
  void exactlyOneOfAdviceAndErrorWithAnErrorThatSaysSomethingOfTheSite() {
    Problem why = Problem.inSite(SITE.id(), "why");
    assertThatThrownBy(() -> new AdviceOutcome(SITE, Optional.of(ADVICE), Optional.of(why)))
        .hasMessage("exactly one of advice and error must be present for site " + SITE.id());
    assertThatThrownBy(() -> new AdviceOutcome(SITE, Optional.empty(), Optional.empty()))
        .hasMessage("exactly one of advice and error must be present for site " + SITE.id());
    assertThatThrownBy(() -> AdviceOutcome.failed(SITE, " "))
        .hasMessage("the reason site " + SITE.id() + " could not be advised must not be blank");
    assertThatThrownBy(() -> new AdviceOutcome(SITE, Optional.empty(), Optional.of(Problem.inSite("elsewhere", "why"))))
        .hasMessage("the error is about site elsewhere, not about site " + SITE.id());
    assertThatThrownBy(() -> new AdviceOutcome(SITE, null, Optional.of(why))).hasMessage("advice");
  }
}
