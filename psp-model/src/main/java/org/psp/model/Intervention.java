package org.psp.model;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** Something a site is doing or has done: a strategy, its status, since when and who leads it. */
@Value.Immutable
public abstract class Intervention {

  /** Only the generated implementation extends this class: build values with {@link #builder()}. */
  Intervention() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Intervention}: the strategy and status are required.
   */
  public static final class Builder extends ImmutableIntervention.Builder {
    /** An empty builder, as {@link Intervention#builder()} returns. */
    public Builder() {}
  }

  /** The strategy the intervention carries out. */
  public abstract Strategy strategy();

  /** Planned, active or completed. */
  public abstract InterventionStatus status();

  /** The year it started, when known. */
  public abstract OptionalInt since();

  /** The agencies leading it. */
  public abstract List<Agency> leads();

  @Value.Check
  void check() {
    Violations v = new Violations("Intervention");
    since().ifPresent(y -> v.year("since", y));
    v.throwIfAny();
  }
}
