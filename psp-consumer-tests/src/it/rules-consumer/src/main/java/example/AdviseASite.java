package example;

// README-SNIPPET-START
import java.nio.file.Path;
import org.psp.model.Advice;
import org.psp.model.Agency;
import org.psp.model.Partner;
import org.psp.model.Site;
import org.psp.model.YearlyStatistics;
import org.psp.model.json.SiteFile;
import org.psp.model.json.SiteFileReader;
import org.psp.model.words.RecommendationText;
import org.psp.rules.AdviceOutcome;
import org.psp.rules.AdviceYear;
import org.psp.rules.Advisor;
import org.psp.rules.StrategyAdvisor;

public final class AdviseASite {

  public static void main(String[] args) throws Exception {
    // A site in code: Anniston, Alabama, with its 2017 FBI figures.
    Site site = Site.builder()
        .id("anniston-al").name("Anniston").state("AL").population(21_955)
        .addStatistic(YearlyStatistics.builder().year(2017)
            .murders(14).rapes(47).robberies(71).aggravatedAssaults(622).build())
        .addPartner(Partner.of(Agency.ATF))  // never given capabilities, conditions...: not on record
        .build();                        // an InvalidValueException has a Problem for each bad value

    Advisor advisor = StrategyAdvisor.withDefaultPolicy();   // build once, share across threads
    Advice advice = advisor.advise(site);                    // its latest year; advise(site, AdviceYear.of(2017)) for one
    System.out.printf("%s %d: eligible %s, %.2f× the national rate%n",
        site.name(), advice.year(), advice.eligible(), advice.nationalRatio());
    System.out.println("Where to start: " + advice.focus());  // the first recommendations by rank
    advice.recommendations().forEach(r ->                    // in rank order, 1 first
        System.out.println(r.rank() + ". " + r.mode() + " " + r.strategy() + ": " + RecommendationText.rationale(r, site)));

    // Sites from a site file: the valid ones are read, every invalid one is reported.
    SiteFile file = new SiteFileReader().read(Path.of(args.length > 0 ? args[0] : "sites.json"));
    file.problems().forEach(problem -> System.err.println(problem));
    for (AdviceOutcome outcome : advisor.adviseAll(file.sites(), AdviceYear.LATEST)) {
      outcome.advice().ifPresent(a -> System.out.println(a.site().id() + ": " + a.strategies()));
      outcome.error().ifPresent(System.err::println);   // site: reason
    }
  }
}
// README-SNIPPET-END
