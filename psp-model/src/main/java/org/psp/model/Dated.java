package org.psp.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something recorded about a site that holds in some years only: from {@link #since()} to {@link
 * #until()}, both included, a missing bound being open, with the {@link #source()} that says so. A
 * capability, a condition, a partner or an intervention; advice for a year sees only what holds in it.
 */
public interface Dated {

  /** The first year it holds, when known; without one it holds in every year up to {@link #until()}. */
  OptionalInt since();

  /** The last year it holds, when known; without one it holds in every year from {@link #since()} on. */
  OptionalInt until();

  /** Where it is recorded: a citation, a link; empty when not given. */
  Optional<String> source();

  /** Whether {@code year} is from {@link #since()} to {@link #until()}, a missing bound being open. */
  default boolean covers(int year) {
    return (since().isEmpty() || since().getAsInt() <= year) && (until().isEmpty() || year <= until().getAsInt());
  }

  /** Whether its years and {@code other}'s have one in common. */
  default boolean overlaps(Dated other) {
    int from = Math.max(since().orElse(Integer.MIN_VALUE), other.since().orElse(Integer.MIN_VALUE));
    int to = Math.min(until().orElse(Integer.MAX_VALUE), other.until().orElse(Integer.MAX_VALUE));
    return from <= to;
  }
}
