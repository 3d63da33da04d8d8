package org.psp.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A strategy recommended to a site, with its priority and mode, who should lead it, the rule that
 * made it and a rationale that quotes the numbers it used.
 */
@Value.Immutable
public abstract class Recommendation {

  /** The highest priority. */
  public static final int HIGHEST_PRIORITY = 1;

  /** The lowest priority. */
  public static final int LOWEST_PRIORITY = 3;

  /** A new builder. */
  public static ImmutableRecommendation.Builder builder() {
    return ImmutableRecommendation.builder();
  }

  /** The strategy recommended. */
  public abstract Strategy strategy();

  /** The strategy's PSP core area. */
  public final CoreArea coreArea() {
    return strategy().coreArea();
  }

  /** 1 (highest) to 3. */
  public abstract int priority();

  /** Establish a new effort or strengthen an existing one. */
  public abstract Mode mode();

  /** The partners who should lead it: the strategy's {@linkplain Strategy#usualLeads() usual leads}. */
  public final List<Agency> leadPartners() {
    return strategy().usualLeads();
  }

  /** The name of the rule that made the recommendation (several, comma-separated, if merged). */
  public abstract String rule();

  /** Why, in words that quote the numbers used. */
  public abstract String rationale();

  /** What to be careful about, e.g. coordinating with a consent decree. */
  public abstract List<String> cautions();

  @Value.Check
  void check() {
    new Violations("Recommendation")
        .require(priority() >= HIGHEST_PRIORITY && priority() <= LOWEST_PRIORITY, "priority", priority(),
            "must be from " + HIGHEST_PRIORITY + " to " + LOWEST_PRIORITY)
        .notBlank("rule", rule())
        .notBlank("rationale", rationale())
        .throwIfAny();
  }
}
