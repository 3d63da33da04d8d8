package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkNotNull;

import org.psp.model.Strategy;

/**
 * A caution attached to the recommendation of a strategy, e.g. to coordinate with a consent decree.
 *
 * <p>In a rule: {@code insert(new Caution(Strategy.HOT_SPOTS_POLICING, "coordinate with ..."))}.
 */
public final class Caution {
  private final Strategy strategy;
  private final String text;

  /** A caution on {@code strategy}. */
  public Caution(Strategy strategy, String text) {
    this.strategy = checkNotNull(strategy, "strategy");
    this.text = checkNotNull(text, "text");
  }

  /** The strategy it applies to. */
  public Strategy getStrategy() {
    return strategy;
  }

  /** What to be careful about. */
  public String getText() {
    return text;
  }

  @Override
  public String toString() {
    return "Caution[" + strategy + ": " + text + "]";
  }
}
