import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.psp.model.Advice;
import org.psp.model.InterventionReview;
import org.psp.model.NationalRates;
import org.psp.model.Outcome;
import org.psp.model.Site;
import org.psp.model.json.SiteFileReader;
import org.psp.rules.GeneratedSites;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.facts.Assessment;
import org.psp.rules.internal.engine.AdviceAssembler;
import org.psp.rules.internal.engine.DataGapProbe;
import org.psp.rules.internal.engine.FigureReads;
import org.psp.rules.internal.engine.FiringRecord;
import org.psp.rules.internal.engine.SessionRunner;
import org.psp.rules.internal.rulebase.RuleBases;
import org.psp.rules.internal.rulebase.RuleCatalog;
import org.psp.rules.settings.PolicySettings;

/**
 * Evaluations per site that finding data gaps takes with the default rules, counted as the probe runs
 * them (not timed: it holds on a loaded machine): the advice's own evaluation, then each try (tries
 * that share one evaluation, as DataGapProbe runs them where the rules allow, count once), for the
 * probe that tries every end of every missing figure (the contract's definition) and for the probe
 * the advisor uses; the tries that run only the stages up to the last that can propose are counted
 * apart. It advises each site as StrategyAdvisor does (its latest year, the default settings and
 * national rates), with the same engine classes. From the repository's root, after a build with
 * -Pbenchmarks:
 *
 *     java -cp psp-benchmarks/target/benchmarks.jar psp-benchmarks/scripts/CountTries.java
 */
public class CountTries {
  public static void main(String[] args) throws Exception {
    PolicySettings settings = PolicySettings.defaults();
    NationalRates rates = NationalRates.bundled();
    int rules = RuleBases.defaultNames().size();
    SessionRunner runner = new SessionRunner(RuleBases.defaults(), RuleCatalog::defaults, settings,
        Math.max(StrategyAdvisor.MIN_FIRE_LIMIT, StrategyAdvisor.FIRINGS_PER_RULE * rules), StrategyAdvisor.DEFAULT_TIME_LIMIT,
        stuck -> { });
    AtomicLong everyTry = new AtomicLong();
    AtomicLong probed = new AtomicLong();
    AtomicLong shortened = new AtomicLong();
    DataGapProbe every = DataGapProbe.everyTry((assessment, last) -> {
      everyTry.incrementAndGet();
      return runner.run(assessment, last);
    });
    DataGapProbe probe = new DataGapProbe((assessment, last) -> {
      probed.incrementAndGet();
      shortened.addAndGet(last == null ? 0 : 1);
      return runner.run(assessment, last);
    }, FigureReads::defaults);

    Map<String, List<Site>> sets = new LinkedHashMap<>();
    sets.put("generated 10,000", GeneratedSites.sites(2026, 10_000));
    List<Site> bundled = new SiteFileReader().read(Path.of("psp-examples/src/main/resources/org/psp/examples/psp-sites.json")).sites();
    sets.put("bundled " + bundled.size(), bundled);
    for (var set : sets.entrySet()) {
      everyTry.set(0);
      probed.set(0);
      shortened.set(0);
      for (Site site : set.getValue()) {
        int year = site.latestYear();
        Assessment assessment = new Assessment(site, rates.rate(year).orElseThrow(), settings,
            Outcome.of(site, year, rates, settings.outcomeMargin()).orElse(null), InterventionReview.of(site, year, rates));
        FiringRecord record = runner.run(assessment);
        Advice advice = AdviceAssembler.assemble(assessment, record, assessment.getReviews());
        Advice exhaustive = every.withDataGaps(advice, assessment, record);
        Advice withProbe = probe.withDataGaps(advice, assessment, record);
        if (!exhaustive.dataGaps().equals(withProbe.dataGaps())) {
          throw new IllegalStateException("the probe's data gaps of " + site.id() + " differ from trying every end");
        }
      }
      int n = set.getValue().size();
      System.out.printf("%s: evaluations per site, every try %.2f, probe %.2f (of which tries through the last "
          + "proposing stage %.2f)%n", set.getKey(), 1 + (double) everyTry.get() / n, 1 + (double) probed.get() / n,
          (double) shortened.get() / n);
    }
  }
}
