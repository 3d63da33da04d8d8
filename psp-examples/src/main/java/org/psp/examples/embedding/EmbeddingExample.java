package org.psp.examples.embedding;

import java.io.PrintStream;
import java.util.List;
import org.psp.model.Advice;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.Engagement;
import org.psp.model.Partner;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Track;
import org.psp.model.YearlyStatistics;
import org.psp.model.words.Phrases;
import org.psp.model.words.RecommendationText;
import org.psp.rules.StrategyAdvisor;

/**
 * The smallest program that embeds the library: build a site in code, advise it, print the advice.
 *
 * <p>The offense counts and population are Baltimore's 2019 FBI figures (CIUS 2019 Table 8); the
 * shares, capabilities and partner roles are illustrative, not sourced.
 *
 * <pre>java -cp psp-examples/target/psp.jar org.psp.examples.embedding.EmbeddingExample</pre>
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /** Prints the advice for the example site. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Builds the site, advises it and prints the advice to {@code out}. */
  public static void run(PrintStream out) {
    Site site = Site.builder()
        .id("baltimore-md").name("Baltimore").state("MD").population(597_239)
        .addEngagement(Engagement.builder().cohort(2019).track(Track.OPERATIONS).build())
        .addStatistic(YearlyStatistics.builder().year(2019)
            .murders(348).rapes(324).robberies(4_856).aggravatedAssaults(5_573)
            .firearmShare(0.7).gangShare(0.25)   // illustrative
            .build())
        .addPartner(Partner.builder().agency(Agency.USAO).role("federal prosecution").build())
        .addCapability(Capability.CRIME_ANALYSIS_UNIT)                   // illustrative
        .addCondition(Condition.CONSENT_DECREE)
        .interventions(List.of())    // checked, none: without it, whether the site already has an effort is UNKNOWN
        .build();

    StrategyAdvisor advisor = StrategyAdvisor.withDefaultPolicy();     // expensive: build once, share
    Advice advice = advisor.advise(site);

    out.printf("%s %d: eligible %s, %.2f× the national rate%n", site.name(), advice.year(), advice.eligible(),
        advice.nationalRatio());
    out.println("  where to start: " + advice.focus());                  // the first recommendations by rank
    for (Recommendation r : advice.recommendations()) {                  // in rank order
      out.printf("  %d. [priority %d] %s %s: %s%n", r.rank(), r.priority(), r.mode(), r.strategy(),
          RecommendationText.rationale(r, advice.site()));
      Phrases.cautions(r).forEach(c -> out.println("      caution: " + c));
    }
  }
}
