import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.psp.model.Advice;
import org.psp.model.Site;
import org.psp.model.YearlyStatistics;
import org.psp.model.json.SiteFileReader;
import org.psp.rules.GeneratedSites;
import org.psp.rules.StrategyAdvisor;

/**
 * Evaluations per site that finding data gaps takes with the default rules: trying every end of every
 * missing figure (the contract's definition), against the probe's plan for the default rules (one end
 * of each missing figure, both for a missing firearm share where a murder-rate stand-in fired; held to
 * the rules by FigureReadsTest). Counted, not timed: it holds on a loaded machine. From the
 * repository's root, after a build with -Pbenchmarks:
 *
 *     java -cp psp-benchmarks/target/benchmarks.jar psp-benchmarks/scripts/CountTries.java
 */
public class CountTries {
  public static void main(String[] args) throws Exception {
    StrategyAdvisor advisor = StrategyAdvisor.builder().dataGaps(false).build();
    Map<String, List<Site>> sets = new LinkedHashMap<>();
    sets.put("generated 10,000", GeneratedSites.sites(2026, 10_000));
    sets.put("bundled 24", new SiteFileReader().read(Path.of("psp-examples/src/main/resources/org/psp/examples/psp-sites.json")).sites());
    for (var set : sets.entrySet()) {
      long every = 0, probed = 0;
      for (Site site : set.getValue()) {
        Advice advice = advisor.advise(site);
        YearlyStatistics year = site.statistics().stream().filter(s -> s.year() == advice.year()).findFirst().orElseThrow();
        boolean standIn = advice.firedRules().stream().anyMatch(r -> r.contains("standing in for a missing firearm share"));
        if (year.firearmShare().isEmpty()) { every += 2; probed += standIn ? 2 : 1; }
        for (OptionalDouble f : List.of(year.gangShare(), year.drugShare(), year.homicideClearanceRate())) {
          if (f.isEmpty()) { every += 2; probed += 1; }
        }
      }
      int n = set.getValue().size();
      System.out.printf("%s: evaluations per site, every try %.2f, probe %.2f%n", set.getKey(), 1 + (double) every / n, 1 + (double) probed / n);
    }
  }
}
