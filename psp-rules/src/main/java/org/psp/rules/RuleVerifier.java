package org.psp.rules;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psp.model.Advice;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.catalog.Explanation;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.internal.spelling.Spelling;

/**
 * Tests one rule by name in a JUnit (or any) test: the rule must exist, so a renamed rule fails the
 * test instead of letting it pass by testing nothing. A failure is an {@link AssertionError} that
 * says why, with the condition that failed and the site's values where the rule did not fire.
 *
 * <pre>{@code
 * RuleVerifier rules = RuleVerifier.of(StrategyAdvisor.builder().addRules(Path.of("my-rules")).build());
 *
 * rules.verifyThat("Victim services: high-profile incident at any site")
 *     .given(siteWithAnIncident).proposes(Strategy.VICTIM_SERVICES);
 * rules.verifyThat("Victim services: high-profile incident at any site")
 *     .given(siteWithout).doesNotFire();
 * }</pre>
 */
public final class RuleVerifier {
  private final StrategyAdvisor advisor;

  private RuleVerifier(StrategyAdvisor advisor) {
    this.advisor = advisor;
  }

  /** A verifier of the rules of {@code advisor}. */
  public static RuleVerifier of(StrategyAdvisor advisor) {
    return new RuleVerifier(checkNotNull(advisor, "advisor"));
  }

  /**
   * Starts verifying the rule named {@code ruleName}.
   *
   * @throws IllegalArgumentException if no rule in force has that name, with the nearest names
   */
  public Verification verifyThat(String ruleName) {
    RuleInfo rule = advisor.rule(checkNotNull(ruleName, "ruleName")).orElseThrow(() -> new IllegalArgumentException(
        "no rule in force is named \"" + ruleName + "\"" + Spelling.didYouMeanRule(ruleName,
            advisor.rules().stream().map(RuleInfo::name).toList())));
    return new Verification(rule);
  }

  /** The checks on one rule, for the site given; each returns this verification, to chain them. */
  public final class Verification {
    private final RuleInfo rule;
    private Site site;
    private int year;
    private Advice advice;

    private Verification(RuleInfo rule) {
      this.rule = rule;
    }

    /** The site to advise, in its latest year. */
    public Verification given(Site site) {
      return given(site, checkNotNull(site, "site").latestYear());
    }

    /** The site to advise, in {@code year}. */
    public Verification given(Site site, int year) {
      this.site = checkNotNull(site, "site");
      this.year = year;
      this.advice = advisor.advise(site, AdviceYear.of(year));
      return this;
    }

    /** The rule fired for the site. */
    public Verification fires() {
      if (!fired()) {
        throw new AssertionError("rule \"" + rule.name() + "\" did not fire for " + site.id() + " in " + year + whyNot());
      }
      return this;
    }

    /** The rule did not fire for the site. */
    public Verification doesNotFire() {
      if (fired()) {
        throw new AssertionError("rule \"" + rule.name() + "\" fired for " + site.id() + " in " + year);
      }
      return this;
    }

    /** The rule fired and proposed {@code strategy}: the recommendation of it names the rule. */
    public Verification proposes(Strategy strategy) {
      checkStrategy(strategy);
      fires();
      Optional<Recommendation> recommendation = advice.recommendation(strategy);
      if (recommendation.isEmpty() || !recommendation.get().rules().contains(rule.name())) {
        throw new AssertionError("rule \"" + rule.name() + "\" fired for " + site.id() + " in " + year + " but the advice's "
            + strategy + " was " + recommendation.map(r -> "made by " + r.rules()).orElse("not recommended"));
      }
      return this;
    }

    /** The rule did not propose {@code strategy} for the site (it may have fired for another). */
    public Verification doesNotPropose(Strategy strategy) {
      checkStrategy(strategy);
      if (advice.recommendation(strategy).map(r -> r.rules().contains(rule.name())).orElse(false)) {
        throw new AssertionError("rule \"" + rule.name() + "\" proposed " + strategy + " for " + site.id() + " in " + year);
      }
      return this;
    }

    /** The advice the rule was verified in, for further checks. */
    public Advice advice() {
      checkState(advice != null, "give a site first: verifyThat(...).given(site)");
      return advice;
    }

    private boolean fired() {
      return advice().firedRules().contains(rule.name());
    }

    private void checkStrategy(Strategy strategy) {
      checkNotNull(strategy, "strategy");
      if (!rule.proposes(strategy)) {
        throw new IllegalArgumentException("rule \"" + rule.name() + "\" cannot propose " + strategy + "; it proposes "
            + (rule.strategies().isEmpty() ? "nothing" : rule.strategies()));
      }
    }

    /** Why the rule did not fire: its conditions that failed or could not be decided, with the site's values. */
    private String whyNot() {
      Strategy any = rule.strategies().isEmpty() ? null : rule.strategies().iterator().next();
      if (any == null) {
        return "";
      }
      List<String> reasons = new ArrayList<>();
      for (Explanation.RuleCheck check : advisor.explain(site, AdviceYear.of(year), List.of(any)).get(0).rules()) {
        if (check.rule().name().equals(rule.name())) {
          check.conditions().stream().filter(c -> !Boolean.TRUE.equals(c.held()))
              .forEach(c -> reasons.add((c.held() == null ? "undecided: " : "failed: ") + c.text() + " " + c.values()));
        }
      }
      return reasons.isEmpty() ? "" : "; " + String.join("; ", reasons);
    }
  }
}
