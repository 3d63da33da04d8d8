package org.psp.model;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Something a site is doing or has done: a strategy, its status, the years it holds ({@link #since()}
 * to {@link #until()}; every year when neither is given), who leads it and the source that says so.
 * An {@link InterventionStatus#ACTIVE} intervention is active in the years it covers.
 */
@Value.Immutable
public abstract class Intervention implements Dated {

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
  @Override
  public abstract OptionalInt since();

  /** Whether it is ACTIVE in {@code year}: its status is ACTIVE and its years cover it. */
  public final boolean activeIn(int year) {
    return status() == InterventionStatus.ACTIVE && covers(year);
  }

  /** The agencies leading it. */
  public abstract List<Agency> leads();

  @Value.Check
  void check() {
    new ValueChecks("Intervention").dated(this).throwIfAny();
  }
}
