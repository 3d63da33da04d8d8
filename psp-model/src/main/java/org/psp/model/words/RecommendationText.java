package org.psp.model.words;

import java.util.ArrayList;
import java.util.List;
import org.psp.model.Agency;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;

/**
 * The sentences of a {@link Recommendation}, written once for every writer (text, JSON): its rationale
 * (its rules' grounds in {@link Phrases}' words) with the sentence on its leads, and its rules. Its
 * mode's reason, rank reasons and cautions are {@link Phrases}'.
 */
public final class RecommendationText {

  private RecommendationText() {}

  /**
   * Why the strategy is recommended, then who leads it: each rule's grounds once ({@link
   * Phrases#rationale}),
   * then the {@linkplain #leads leads sentence}, e.g. "the site has a backlog of outstanding warrants.
   * Usual leads: USMS; USMS does not work with the site yet."
   *
   * @param site the site advised, whose partners and kind the leads sentence reads
   */
  public static String rationale(Recommendation recommendation, Site site) {
    return Phrases.rationale(recommendation.rationales()) + ". " + leads(recommendation, site);
  }

  /**
   * Who usually leads the strategy and which of them already work with the site: "Usual leads: FBI,
   * ATF, DEA, USMS; ATF already works with the site.", "Usual leads: OJP; OJP does not work with the
   * site yet.", or "Led by local government." for a strategy
   * with no federal or partner lead. It never states as fact what nobody recorded: without recorded
   * partners it says their work with the site is not on record; and at a city, LOCAL_POLICE is the
   * site's own police, never a partner it lacks.
   *
   * @param site the site advised
   */
  public static String leads(Recommendation recommendation, Site site) {
    Strategy strategy = recommendation.strategy();
    if (strategy.usualLeads().isEmpty()) {
      return "Led by " + LOCAL_GOVERNMENT + ".";
    }
    boolean ownPolice = site.kind() == SiteKind.CITY && strategy.usualLeads().contains(Agency.LOCAL_POLICE);
    List<Agency> others = new ArrayList<>(strategy.usualLeads());
    if (ownPolice) {
      others.remove(Agency.LOCAL_POLICE);
    }
    List<String> parts = new ArrayList<>(2);
    if (ownPolice) {
      parts.add("LOCAL_POLICE is the site's own police");
    }
    if (!others.isEmpty()) {
      String them = ownPolice ? "the others" : "them";
      List<Agency> working = new ArrayList<>(recommendation.workingLeads());
      working.retainAll(others);
      List<Agency> rest = new ArrayList<>(others);
      rest.removeAll(working);
      if (!working.isEmpty()) {
        parts.add(names(working) + (working.size() == 1 ? " already works" : " already work") + " with the site");
      }
      if (rest.isEmpty()) {
        // Every lead works with the site: said above.
      } else if (!site.isComplete(SiteField.PARTNERS)) {
        // Not recorded, or a partial list: an agency it does not name is not on record, not absent.
        String subject = !working.isEmpty() || ownPolice || rest.size() == 1 ? names(rest) : "any of them";
        parts.add("whether " + subject + (rest.size() > 1 && !subject.equals("any of them") ? " work" : " works")
            + " with the site is not on record");
      } else if (working.isEmpty()) {
        parts.add(others.size() == 1 ? names(others) + " does not work with the site yet" : "none of " + them + " works with the site yet");
      }
    }
    return "Usual leads: " + names(strategy.usualLeads()) + "; " + String.join("; ", parts) + ".";
  }

  /**
   * Who leads the recommendation, by name: its lead partners ("USAO, LOCAL_POLICE"), or "local
   * government" for a strategy no partner agency leads (TREATMENT_AND_SERVICES).
   */
  public static String leadPartners(Recommendation recommendation) {
    return recommendation.leadPartners().isEmpty() ? LOCAL_GOVERNMENT : names(recommendation.leadPartners());
  }

  /** Who leads a strategy that no partner agency leads. */
  private static final String LOCAL_GOVERNMENT = "local government";

  private static String names(List<Agency> agencies) {
    List<String> names = new ArrayList<>(agencies.size());
    agencies.forEach(a -> names.add(a.name()));
    return String.join(", ", names);
  }

  /**
   * The rules that proposed it, each in double quotes (a rule's name may hold commas), joined with
   * "; ": "\"Federal prosecution: gun violence at an eligible site\"".
   */
  public static String rules(Recommendation recommendation) {
    List<String> quoted = new ArrayList<>(recommendation.rationales().size());
    recommendation.rules().forEach(rule -> quoted.add('"' + rule + '"'));
    return String.join("; ", quoted);
  }
}
