package org.psp.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.kie.api.KieBase;
import org.psp.model.Advice;
import org.psp.model.AdviceException;
import org.psp.model.DataNote;
import org.psp.model.InterventionReview;
import org.psp.model.NationalRate;
import org.psp.model.NationalRates;
import org.psp.model.Outcome;
import org.psp.model.Problem;
import org.psp.model.RankReason;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.catalog.Explanation;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.facts.Assessment;
import org.psp.rules.internal.authoring.RuleCompiler;
import org.psp.rules.internal.engine.AdviceAssembler;
import org.psp.rules.internal.engine.DataGapProbe;
import org.psp.rules.internal.engine.FigureReads;
import org.psp.rules.internal.engine.FiringRecord;
import org.psp.rules.internal.engine.SessionRunner;
import org.psp.rules.internal.explaining.RuleExplainer;
import org.psp.rules.internal.rulebase.DisabledRule;
import org.psp.rules.internal.rulebase.RuleBases;
import org.psp.rules.internal.rulebase.RuleCatalog;
import org.psp.rules.settings.PolicySettings;

/**
 * Advises PSP sites: turns each site's data into eligibility and explained strategy recommendations
 * by running the policy's Drools rules.
 *
 * <p>Building one loads the rule base, which takes a second or more; build it once and share it. An
 * advisor is immutable and thread-safe: any number of threads may call {@link #advise(Site)} at once.
 * Every evaluation sees the facts of exactly one site, in a session of its own; the batch calls,
 * {@link #adviseAll} and {@link #adviseEach}, advise their sites one at a time on every core.
 *
 * <pre>{@code
 * StrategyAdvisor advisor = StrategyAdvisor.withDefaultPolicy();
 * Advice advice = advisor.advise(site);
 *
 * StrategyAdvisor custom = StrategyAdvisor.builder()
 *     .addRules(Path.of("my-rules"))          // .drl files or folders; same name replaces a default rule
 *     .disableRule("Grant assistance: small eligible site")
 *     .settings(PolicySettings.builder().from(PolicySettings.defaults()).eligibilityRatio(2.0).build())
 *     .build();                               // InvalidRulesException with FILE:LINE:COLUMN problems
 * }</pre>
 */
public final class StrategyAdvisor implements Advisor {

  /**
   * The file in a rules folder that lists, one a line, the rules to leave out (default or added);
   * blank lines and lines starting with {@code #} are skipped.
   */
  public static final String DISABLED_RULES_FILE = RuleCompiler.DISABLED_LIST;

  /** The file a problem names when a name given to {@link Builder#disableRule} names no rule. */
  public static final String DISABLED_BY_BUILDER = "(disabled rules)";

  /**
   * Unless {@link Builder#fireLimit} says otherwise, one evaluation may fire this many rules for each
   * rule in force, {@link #MIN_FIRE_LIMIT} at least, before a rule is taken to loop. The default
   * policy's 40 rules fire 13 times on average and 40 at most (24 bundled and 5,000 generated
   * sites): 2,000 leaves a rule author's rules room to fire once for each pair of strategy and partner,
   * and stops a loop after a few thousand facts, not ten thousand, for each site.
   */
  public static final int FIRINGS_PER_RULE = 50;

  /** The smallest limit of rule firings in one evaluation that {@link #FIRINGS_PER_RULE} gives. */
  public static final int MIN_FIRE_LIMIT = 1_000;

  /**
   * The default time limit of one evaluation: a site takes tens of microseconds, so five seconds is
   * a rule that loops or waits, not a slow machine.
   */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

  /** How many sites {@link #adviseEach} advises at a time: enough to keep every core busy, few enough to hold. */
  private static final int CHUNK = 1024;

  private final KieBase ruleBase;
  /**
   * The rules of the rule base, read when first needed (rules, explain, a failing rule's file and
   * line): their places come from parsing the .drl files, a fifth of a second that an advice does not
   * need.
   */
  private final Supplier<RuleCatalog> catalog;
  private final List<Problem> warnings;
  private final PolicySettings settings;
  private final NationalRates nationalRates;
  private final SessionRunner runner;
  private final int fireLimit;
  /** Null when the advisor does not look for data gaps. */
  private final DataGapProbe dataGapProbe;

  private StrategyAdvisor(KieBase ruleBase, List<RuleInfo> added, Supplier<FigureReads> figureReads,
      List<Problem> warnings, Builder builder) {
    int rules = ruleBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    this.fireLimit = builder.fireLimit != 0 ? builder.fireLimit : Math.max(MIN_FIRE_LIMIT, FIRINGS_PER_RULE * rules);
    this.ruleBase = ruleBase;
    this.catalog = Suppliers.memoize(() -> RuleCatalog.of(ruleBase, added));
    this.warnings = List.copyOf(warnings);
    this.settings = builder.settings != null ? builder.settings : PolicySettings.defaults();
    this.nationalRates = builder.nationalRates != null ? builder.nationalRates : NationalRates.bundled();
    this.runner = new SessionRunner(ruleBase, this.catalog, settings, fireLimit, builder.timeLimit,
        builder.onStuck);
    this.dataGapProbe = !builder.dataGaps ? null : builder.everyDataGapTry ? DataGapProbe.everyTry(runner::run)
        : new DataGapProbe(runner::run, Suppliers.memoize(figureReads::get));
  }

  /** An advisor with the default rules, settings and national rates. */
  public static StrategyAdvisor withDefaultPolicy() {
    return builder().build();
  }

  /** A builder, starting from the default rules, settings and national rates. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Compiles rule authors' .drl files (or folders of them) as {@link Builder#addRules} would, and
   * returns every problem with its file, line and column, errors and warnings (see {@link
   * Problem#severity()}); empty when they are fine.
   */
  public static List<Problem> validate(Collection<Path> rulePaths) {
    return validate(rulePaths, PolicySettings.defaults());
  }

  /**
   * Compiles rule authors' .drl files as {@link #validate(Collection)} does, with {@code settings} in
   * force: a rule may read the settings they add ({@code settings.value("name")}).
   */
  public static List<Problem> validate(Collection<Path> rulePaths, PolicySettings settings) {
    return validate(rulePaths, settings, false);
  }

  /**
   * As {@link #validate(Collection, PolicySettings)}, with the rules taken as a trusted rule set when
   * {@code trusted} (see {@link Builder#trustedRules}).
   */
  public static List<Problem> validate(Collection<Path> rulePaths, PolicySettings settings, boolean trusted) {
    try {
      return builder().settings(settings).trustedRules(trusted).addRules(rulePaths).build().warnings();
    } catch (InvalidRulesException e) {
      return e.problems();
    }
  }

  /**
   * What compiling the added rules found that does not stop them from working but probably is not
   * what their author meant: a name close to a default rule's, a share compared with a number
   * outside 0 to 1. Empty for the default rules alone.
   */
  public List<Problem> warnings() {
    return warnings;
  }

  @Override
  public Advice advise(Site site, AdviceYear year) {
    checkNotNull(year, "year");
    Assessment assessment = assess(site, year.yearFor(checkNotNull(site, "site")));
    FiringRecord record = runner.run(assessment);
    Advice advice = AdviceAssembler.assemble(assessment, record, assessment.getReviews());
    return dataGapProbe == null ? advice : dataGapProbe.withDataGaps(advice, assessment, record);
  }

  @Override
  public List<Explanation> explain(Site site, AdviceYear adviceYear, List<Strategy> strategies) {
    checkNotNull(site, "site");
    checkNotNull(adviceYear, "year");
    checkNotNull(strategies, "strategies");
    strategies.forEach(s -> checkNotNull(s, "strategy"));
    int year = adviceYear.yearFor(site);
    Assessment assessment = assess(site, year);
    FiringRecord record = runner.run(assessment);
    Advice advice = AdviceAssembler.assemble(assessment, record, List.of());
    Set<Strategy> recommended = advice.strategies();
    RuleExplainer explainer = new RuleExplainer(assessment, record);
    List<Explanation> explanations = new ArrayList<>(strategies.size());
    for (Strategy strategy : strategies) {
      List<Explanation.RuleCheck> rules = new ArrayList<>();
      for (RuleInfo rule : catalog.get().all()) {
        if (rule.proposes(strategy)) {
          rules.add(explainer.explain(rule));
        }
      }
      explanations.add(new Explanation(site.id(), year, strategy, recommended.contains(strategy), rules,
          DataNote.of(site, year), advice.recommendation(strategy).map(r -> standing(advice, r, assessment.getSettings()))));
    }
    return List.copyOf(explanations);
  }

  /**
   * Where {@code r} ranks and what of the default ranking's factors could move it up: need (when a
   * figure decided it) up to its weight as the figure goes further beyond its threshold, capacity up
   * to its weight with a recorded absence or a deficit condition. Evidence is the table's, the same at
   * every site: it is not a gain.
   */
  private static Explanation.Standing standing(Advice advice, Recommendation r, PolicySettings settings) {
    List<Recommendation> all = advice.recommendations();
    Optional<Recommendation> above = r.rank() == 1 ? Optional.empty() : Optional.of(all.get(r.rank() - 2));
    List<Explanation.Gain> gains = new ArrayList<>(2);
    if (above.isPresent() && !new Explanation.Standing(r, all.size(), settings.focusSize(), above, gains).abovePlaced()) {
      double need = points(r, "need");
      if (r.rankReasons().stream().anyMatch(reason -> reason.factor().equals("need")) && settings.rankNeedWeight() > need) {
        gains.add(new Explanation.Gain("need", settings.rankNeedWeight() - need,
            "its deciding figure further beyond its threshold (the need approaches the weight, never reaches it)"));
      }
      double capacity = points(r, "capacity");
      if (settings.rankCapacityWeight() > capacity) {
        gains.add(new Explanation.Gain("capacity", settings.rankCapacityWeight() - capacity,
            "on record as absent at the site, or a deficit condition the site reports that it answers"));
      }
    }
    return new Explanation.Standing(r, all.size(), settings.focusSize(), above, gains);
  }

  /** The points of {@code factor} among the rank reasons of {@code r}; 0 without one. */
  private static double points(Recommendation r, String factor) {
    return r.rankReasons().stream().filter(reason -> reason.factor().equals(factor)).mapToDouble(RankReason::points)
        .max().orElse(0);
  }

  /** The assessment of {@code site} in {@code year}; an AdviceException if it has no statistics or national rate. */
  private Assessment assess(Site site, int year) {
    checkNotNull(site, "site");
    if (site.statisticsFor(year).isEmpty()) {
      throw new AdviceException(site.id(), "no statistics for " + year + "; the site has "
          + site.statisticsByYear().keySet());
    }
    Optional<NationalRate> national = nationalRates.rate(year);
    if (national.isEmpty()) {
      throw new AdviceException(site.id(), "no national violent crime rate for " + year
          + " in the national rates table, which has " + yearsOf(nationalRates));
    }
    return new Assessment(site, national.get(), settings,
        Outcome.of(site, year, nationalRates, settings.outcomeMargin()).orElse(null),
        InterventionReview.of(site, year, nationalRates));
  }

  /** The years of {@code rates} as "2005-2023", or each year where some are missing. */
  private static String yearsOf(NationalRates rates) {
    var byYear = rates.byYear();
    int first = byYear.firstKey();
    int last = byYear.lastKey();
    return byYear.size() == last - first + 1 ? first + "-" + last : byYear.keySet().toString();
  }

  /**
   * {@inheritDoc}
   *
   * <p>At most 1,024 sites and their advice are held at once.
   */
  @Override
  public void adviseEach(Iterable<Site> sites, AdviceYear year, Consumer<? super AdviceOutcome> consumer) {
    checkNotNull(sites, "sites");
    checkNotNull(consumer, "consumer");
    checkNotNull(year, "year");
    List<Site> chunk = new ArrayList<>(CHUNK);
    for (Site site : sites) {
      chunk.add(checkNotNull(site, "site"));
      if (chunk.size() == CHUNK) {
        adviseChunk(chunk, year).forEach(consumer);
        chunk.clear();
      }
    }
    adviseChunk(chunk, year).forEach(consumer);
  }

  /**
   * The outcomes of {@code chunk}, in its order, advised on every core: each thread of the pool (and
   * the calling thread) takes the next site not yet taken until none is left, so that every thread
   * stays busy to the chunk's last site. (A parallel stream over the sites split the chunk in fixed
   * parts, a quarter each on two cores: a thread slowed by other work held up the chunk's end by up to
   * a part.)
   */
  private List<AdviceOutcome> adviseChunk(List<Site> chunk, AdviceYear year) {
    AdviceOutcome[] outcomes = new AdviceOutcome[chunk.size()];
    AtomicInteger next = new AtomicInteger();
    IntStream.range(0, threads()).parallel().forEach(thread -> {
      for (int i = next.getAndIncrement(); i < outcomes.length; i = next.getAndIncrement()) {
        outcomes[i] = outcome(chunk.get(i), year);
      }
    });
    return Arrays.asList(outcomes);
  }

  /** The threads a parallel stream started here runs on: its pool's, and the calling thread outside a pool. */
  private static int threads() {
    return ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool().getParallelism()
        : ForkJoinPool.commonPool().getParallelism() + 1;
  }

  /**
   * The advice on {@code site}, or why it could not be advised: whatever went wrong with it, an
   * {@link Error} too, is this site's alone, and every other site of the batch is advised.
   */
  private AdviceOutcome outcome(Site site, AdviceYear year) {
    try {
      return AdviceOutcome.of(advise(site, year));
    } catch (AdviceException e) {
      return AdviceOutcome.failed(site, e.problem().message());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError | AssertionError e) {
      return AdviceOutcome.failed(site, "the site could not be advised: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  @Override
  public List<RuleInfo> rules() {
    return catalog.get().all();
  }

  /** The rule in force named {@code name}, if any. */
  public Optional<RuleInfo> rule(String name) {
    return catalog.get().rule(checkNotNull(name, "name"));
  }

  /** The names of the rules in service, in name order. */
  public SortedSet<String> ruleNames() {
    SortedSet<String> names = new TreeSet<>();
    ruleBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
    return Collections.unmodifiableSortedSet(names);
  }

  /**
   * The most rule firings one evaluation may take before it is ended as a loop: as the builder set
   * it, or {@link #FIRINGS_PER_RULE} for each rule in force, {@link #MIN_FIRE_LIMIT} at least.
   */
  public int fireLimit() {
    return fireLimit;
  }

  /** The policy settings the rules read. */
  public PolicySettings settings() {
    return settings;
  }

  /** The national rates the sites are compared with. */
  public NationalRates nationalRates() {
    return nationalRates;
  }

  /** Builds a {@link StrategyAdvisor}; not thread-safe, use one per build. */
  public static final class Builder {
    private final List<Path> rulePaths = new ArrayList<>();
    private final Set<String> disabledRules = new LinkedHashSet<>();
    /** Null for {@link PolicySettings#defaults()}: the bundled file is read only if nobody gives settings. */
    private PolicySettings settings;
    /** Null for {@link NationalRates#bundled()}: the bundled table is read only if nobody gives rates. */
    private NationalRates nationalRates;
    /** 0: sized to the rules in force, see {@link #FIRINGS_PER_RULE}. */
    private int fireLimit;
    private Duration timeLimit = DEFAULT_TIME_LIMIT;
    private Consumer<AdviceException> onStuck = stuck -> { };
    private boolean dataGaps = true;
    private boolean trustedRules;
    private boolean everyDataGapTry;

    private Builder() {}

    /**
     * Data gaps found by trying every missing figure at both ends, as the contract defines them,
     * rather than only the tries that the rules' text says can matter: the tests' measure of the probe.
     */
    Builder everyDataGapTry() {
      this.everyDataGapTry = true;
      return this;
    }

    /** A builder with this one's settings, rates, limit and disabled rules, but none of its added rule paths. */
    Builder withoutRules() {
      Builder copy = new Builder();
      copy.disabledRules.addAll(disabledRules);
      copy.settings = settings;
      copy.nationalRates = nationalRates;
      copy.fireLimit = fireLimit;
      copy.timeLimit = timeLimit;
      copy.onStuck = onStuck;
      copy.dataGaps = dataGaps;
      copy.trustedRules = trustedRules;
      copy.everyDataGapTry = everyDataGapTry;
      return copy;
    }

    /** Adds rule authors' .drl files or folders (searched recursively) to the default rules. */
    public Builder addRules(Path... paths) {
      return addRules(List.of(paths));
    }

    /** Adds rule authors' .drl files or folders (searched recursively) to the default rules. */
    public Builder addRules(Collection<Path> paths) {
      paths.forEach(p -> rulePaths.add(checkNotNull(p, "rule path")));
      return this;
    }

    /** Leaves out the default rule named {@code ruleName}. */
    public Builder disableRule(String ruleName) {
      disabledRules.add(checkNotNull(ruleName, "ruleName"));
      return this;
    }

    /** The settings the rules read, instead of {@link PolicySettings#defaults()}. */
    public Builder settings(PolicySettings settings) {
      this.settings = checkNotNull(settings, "settings");
      return this;
    }

    /** The national rates to compare with, instead of {@link NationalRates#bundled()}. */
    public Builder nationalRates(NationalRates nationalRates) {
      this.nationalRates = checkNotNull(nationalRates, "nationalRates");
      return this;
    }

    /**
     * The most rule firings one evaluation may take before it is ended as a loop, instead of {@link
     * #FIRINGS_PER_RULE} for each rule in force ({@link #MIN_FIRE_LIMIT} at least).
     */
    public Builder fireLimit(int fireLimit) {
      checkArgument(fireLimit > 0, "fireLimit must be > 0 but was %s", fireLimit);
      this.fireLimit = fireLimit;
      return this;
    }

    /**
     * The longest one evaluation of a site may run (default {@link #DEFAULT_TIME_LIMIT}). When it
     * passes, the rules are halted after the consequence that is running and the evaluating thread
     * is interrupted; the call ends with an {@link AdviceException} naming the rule that was running,
     * and the site's session and facts are let go. A consequence that neither returns nor heeds an
     * interrupt (a {@code while (true)} loop) cannot be stopped, as Java cannot stop a thread safely:
     * the call does not return, and {@link #onStuck} is told when the limit has passed twice.
     */
    public Builder timeLimit(Duration timeLimit) {
      checkNotNull(timeLimit, "timeLimit");
      checkArgument(!timeLimit.isNegative() && !timeLimit.isZero() && timeLimit.compareTo(Duration.ofDays(1)) <= 0,
          "timeLimit must be more than 0 and at most a day but was %s", timeLimit);
      this.timeLimit = timeLimit;
      return this;
    }

    /**
     * Told, on the time limit's own thread, of an evaluation whose consequence is still running when
     * the {@link #timeLimit} has passed twice: its thread is stuck, and a program may want to say so
     * and end (the {@code psp} command line does). By default nobody is told.
     */
    public Builder onStuck(Consumer<AdviceException> onStuck) {
      this.onStuck = checkNotNull(onStuck, "onStuck");
      return this;
    }

    /**
     * Whether each advice lists its data gaps (default: yes): the strategies that a figure the year
     * does not give could bring, found as if by advising the site again with each missing share and
     * the clearance rate at 0 and at 1. Only the tries that the rules' text says can change what the
     * rules do are run (the default rules: one end of each missing figure, both for a missing firearm
     * share when a stand-in rule fired), up to eight more evaluations per site; BENCHMARKS.md has the
     * cost. Switch it off for throughput when nobody reads them.
     */
    public Builder dataGaps(boolean lookForThem) {
      this.dataGaps = lookForThem;
      return this;
    }

    /**
     * Whether the added rules are a trusted rule set (default: no). Rules are policy, not programs:
     * unless trusted, a rule file whose code reaches outside the rule facts — {@code System} (its
     * output, {@code exit}), {@code Runtime}, threads, files, the network, processes, reflection,
     * class loading, the engine behind the session — is refused with a problem at each place, and so
     * is an import of a class outside the model, the facts and Java's plain values and collections.
     * A rule set from a source that is trusted as the program itself is, and that needs more (to log,
     * say), may be compiled as it is written; the time and fire limits still hold.
     */
    public Builder trustedRules(boolean trusted) {
      this.trustedRules = trusted;
      return this;
    }

    /**
     * Builds the advisor: compiles the added rules and loads the rule base.
     *
     * @throws InvalidRulesException with every problem of the added rules (code that reaches outside
     *     the rule facts among them, unless {@link #trustedRules trusted}), or a disabled name that
     *     names no default rule
     */
    public StrategyAdvisor build() {
      if (rulePaths.isEmpty() && disabledRules.isEmpty()) {
        return new StrategyAdvisor(RuleBases.defaults(), List.of(), FigureReads::defaults, List.of(), this);
      }
      RuleCompiler.Compiled compiled = RuleCompiler.compile(rulePaths,
          (settings != null ? settings : PolicySettings.defaults()).asMap().keySet(), trustedRules);
      List<Problem> problems = new ArrayList<>(compiled.problems());
      List<DisabledRule> disabled = new ArrayList<>(compiled.disabled());
      disabledRules.forEach(name -> disabled.add(new DisabledRule(name, DISABLED_BY_BUILDER, 0)));
      KieBase ruleBase = problems.isEmpty() ? RuleBases.withChanges(compiled.packages(), disabled, problems) : null;
      if (!problems.isEmpty()) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(compiled.warnings());
        throw new InvalidRulesException(ImmutableList.copyOf(all));
      }
      Collection<String> addedTexts = compiled.sources().values();
      return new StrategyAdvisor(ruleBase, compiled.rules(), () -> FigureReads.withAdded(addedTexts), compiled.warnings(),
          this);
    }
  }
}
