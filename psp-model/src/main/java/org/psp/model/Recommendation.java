package org.psp.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A strategy recommended to a site, as structure: its rank among the site's recommendations (1 =
 * where to start) with the reasons for it, its priority (which follows the rank) and mode, the rules
 * that proposed it with what each said ({@link #rationales()}), why it has its mode, which of the
 * strategy's usual leads already work with the site, and cautions, each reason as its rule's {@linkplain
 * Ground grounds}. {@link org.psp.model.words.Phrases} and {@link org.psp.model.words.RecommendationText} turn it into sentences.
 */
@Value.Immutable
public abstract class Recommendation {

  /** Only the generated implementation extends this class: build values with {@link #builder()}. */
  Recommendation() {}

  /** The highest priority. */
  public static final int HIGHEST_PRIORITY = 1;

  /** The lowest priority. */
  public static final int LOWEST_PRIORITY = 3;

  /** The priority of a recommendation that is neither in the focus nor a supporting strategy outside it. */
  public static final int DEFAULT_PRIORITY = 2;

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Recommendation}; the engine builds these, a test or a writer may too.
   */
  public static final class Builder extends ImmutableRecommendation.Builder {
    /** An empty builder, as {@link Recommendation#builder()} returns. */
    public Builder() {}
  }

  /** The strategy recommended. */
  public abstract Strategy strategy();

  /** The strategy's PSP core area. */
  public final CoreArea coreArea() {
    return strategy().coreArea();
  }

  /**
   * Its place among the site's recommendations, 1 (where to start) to n, each rank once: the rules
   * rank them in their "ranking" stage; {@link #rankReasons()} says why.
   */
  public abstract int rank();

  /**
   * 1 (highest) to 3, following the rank: 1 in the site's {@linkplain Advice#focus() focus}, 3 for a
   * supporting strategy outside it, 2 for the rest.
   */
  public abstract int priority();

  /** Establish a new effort or strengthen an existing one. */
  public abstract Mode mode();

  /** The partners who should lead it: the strategy's {@linkplain Strategy#usualLeads() usual leads}. */
  public final List<Agency> leadPartners() {
    return strategy().usualLeads();
  }

  /** Those of the {@linkplain #leadPartners() lead partners} that already work with the site, in their order. */
  public abstract List<Agency> workingLeads();

  /** Each rule that proposed the strategy with why, quoting the numbers it used; at least one. */
  public abstract List<Reason> rationales();

  /** The names of the rules that proposed the strategy, each once, in the order of {@link #rationales()}. */
  public final List<String> rules() {
    List<String> rules = new ArrayList<>(rationales().size());
    for (Reason reason : rationales()) {
      if (!rules.contains(reason.rule())) {
        rules.add(reason.rule());
      }
    }
    return List.copyOf(rules);
  }

  /**
   * The FBI's flags on the figures its rationales quote, each once, in the order they are quoted: the
   * flags its words carry ("2019 NOT_COMPARABLE"); empty when it quotes no figure of a flagged year.
   */
  public final List<DataNote> flags() {
    Set<DataNote> flags = new LinkedHashSet<>();
    for (Reason reason : rationales()) {
      for (Ground ground : reason.grounds()) {
        flags.addAll(ground.flags());
      }
    }
    return List.copyOf(flags);
  }

  /**
   * Why it has its rank: each rule's score for a factor (need, evidence, capacity) and each placement
   * (enforcement first, peer exchange within the focus), in the order the rules gave them.
   */
  public abstract List<RankReason> rankReasons();

  /** The sum of the points of its {@linkplain #rankReasons() rank reasons}: a higher score ranks first. */
  public final double score() {
    double score = 0;
    for (RankReason reason : rankReasons()) {
      score += reason.points();
    }
    return score;
  }

  /**
   * Why the mode is STRENGTHEN (what the site has), or UNKNOWN (what to check); empty when it is
   * ESTABLISH, which is the default.
   */
  public abstract List<Reason> modeReasons();

  /** What to be careful about, e.g. coordinating with a consent decree: each rule's caution once. */
  public abstract List<Reason> cautions();

  @Value.Check
  void check() {
    // Every advice builds a dozen of these: the messages are built only when a check fails.
    ValueChecks v = new ValueChecks("Recommendation")
        .require(priority() >= HIGHEST_PRIORITY && priority() <= LOWEST_PRIORITY, "priority", priority(),
            "must be from " + HIGHEST_PRIORITY + " to " + LOWEST_PRIORITY) // constants: folded at compile time
        .require(rank() >= 1, "rank", rank(), "must be at least 1")
        .require(!rationales().isEmpty(), "rationales", rationales(), "must name at least one rule");
    if (mode() == Mode.ESTABLISH && !modeReasons().isEmpty()) {
      v.add("modeReasons", modeReasons(), "must be empty for mode " + mode());
    }
    if (mode() == Mode.UNKNOWN && modeReasons().isEmpty()) {
      v.add("modeReasons", "[]", "must say what to check for mode " + mode());
    }
    for (Agency agency : workingLeads()) {
      if (!leadPartners().contains(agency)) {
        v.add("workingLeads", agency, "must be one of the lead partners " + leadPartners());
      }
    }
    v.throwIfAny();
  }
}
