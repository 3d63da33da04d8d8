package org.psp.examples.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.psp.model.Advice;
import org.psp.model.EvidenceTable;
import org.psp.model.Recommendation;
import org.psp.model.Strategy;
import org.psp.model.words.AdviceText;
import org.psp.model.words.Phrases;
import org.psp.model.words.RecommendationText;

/** The text report of one site's advice, for people; what came from input is shown with its control characters escaped. */
final class AdviceReport {
  private static final String NL = System.lineSeparator();

  private AdviceReport() {}

  static String render(Advice advice) {
    StringBuilder text = new StringBuilder();
    var site = advice.site();
    text.append(Terminal.safe(site.name())).append(", ").append(site.state()).append(" (").append(site.id()).append(") in ")
        .append(advice.year()).append(NL);
    text.append(String.format(Locale.US, "  Violent crime: %,.1f per 100,000, %s× the national %.1f%n",
        advice.violentCrimeRate(), AdviceText.nationalRatio(advice), advice.nationalRate()));
    if (advice.murderRatio().isPresent()) {
      text.append(String.format(Locale.US, "  Murders: %,.1f per 100,000, %s× the national %.1f%n",
          advice.murderRate(), AdviceText.murderRatio(advice).orElseThrow(), advice.national().murderRate().getAsDouble()));
    } else {
      text.append(String.format(Locale.US, "  Murders: %,.1f per 100,000; no national murder rate for %d%n",
          advice.murderRate(), advice.year()));
    }
    AdviceText.cautions(advice).forEach(c -> text.append("  Caution: ").append(c).append(NL));
    AdviceText.dataNotes(advice).forEach(n -> text.append("  FBI data note: ").append(Terminal.safe(n)).append(NL));
    AdviceText.yearNotes(advice).forEach(n -> text.append("  FBI note, no flag: ").append(Terminal.safe(n)).append(NL));
    text.append("  Eligible for PSP: ").append(advice.eligible() ? "yes" : "no").append(NL);
    Phrases.eligibilityReasons(advice.eligibilityReasons())
        .forEach(r -> text.append("    - ").append(Terminal.safe(r)).append(NL));
    if (advice.recommendations().isEmpty()) {
      text.append("  No recommendation.").append(NL);
    } else {
      text.append("  Focus: ").append(advice.focus().stream().map(Strategy::name).collect(Collectors.joining(", ")))
          .append(NL);
      text.append("  Recommendations, by rank:").append(NL);
      for (Recommendation r : advice.recommendations()) {
        text.append(String.format(Locale.US, "    %d. [priority %d] %s %s (%s)%n", r.rank(), r.priority(), r.mode(),
            r.strategy(), r.coreArea()));
        text.append("       Leads: ").append(RecommendationText.leadPartners(r)).append(NL);
        text.append("       Why: ").append(Terminal.safe(RecommendationText.rationale(r, site))).append(NL);
        text.append(String.format(Locale.US, "       Why rank %d (score %.2f): %s%n", r.rank(), r.score(),
            Terminal.safe(String.join("; ", Phrases.rankReasons(r)))));
        text.append("       Why ").append(r.mode()).append(": ").append(Terminal.safe(Phrases.modeReason(r))).append(NL);
        Phrases.cautions(r).forEach(c -> text.append("       Caution: ").append(Terminal.safe(c)).append(NL));
        text.append("       Evidence: ").append(Phrases.evidence(EvidenceTable.bundled().summary(r.strategy()))).append(NL);
        text.append("       Rules: ").append(Terminal.safe(RecommendationText.rules(r))).append(NL);
      }
    }
    AdviceText.outcome(advice).ifPresent(o -> text.append("  Outcome: ").append(o).append(NL));
    AdviceText.reviews(advice).forEach(r -> text.append("  Intervention: ").append(r).append(NL));
    if (!advice.dataGaps().isEmpty()) {
      text.append("  Data gaps: ").append(AdviceText.dataGaps(advice)).append(NL);
    }
    AdviceText.assumptions(advice).forEach(a -> text.append("  Assumed: ").append(a).append(NL));
    text.append("  Rules fired: ").append(advice.firedRules().size()).append(NL).append(NL);
    return text.toString();
  }
}
