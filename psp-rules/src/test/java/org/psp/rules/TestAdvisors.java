package org.psp.rules;

import java.util.List;
import org.psp.model.Advice;
import org.psp.model.NationalRate;
import org.psp.model.NationalRates;

/** Advisors shared by the tests: a rule base takes a second to build, so each is built once. */
public final class TestAdvisors {
  /** An illustrative national rate for 2019 that makes ratios round; not the FBI's 366.7. */
  public static final double ROUND_NATIONAL_RATE = 400.0;

  /** A builder of the default rules and settings, compared with a national rate of 400 in 2019. */
  public static StrategyAdvisor.Builder roundBuilder() {
    return StrategyAdvisor.builder().nationalRates(NationalRates.of(List.of(
        new NationalRate(SiteSpec.YEAR, ROUND_NATIONAL_RATE, 5.0, "illustrative round rate for tests"))));
  }

  /** The default rules and settings, compared with a national rate of 400 in 2019. */
  public static final StrategyAdvisor ROUND = roundBuilder().build();

  private TestAdvisors() {}

  /** The advice of the default policy for {@code spec}, against the round national rate. */
  public static Advice advise(SiteSpec spec) {
    return ROUND.advise(spec.build());
  }
}
