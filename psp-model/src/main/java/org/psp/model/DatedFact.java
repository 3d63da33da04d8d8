package org.psp.model;

import org.immutables.value.Value;

/**
 * A capability or condition of a site in the years it holds: {@code DatedFact.of(Capability.NIBIN_ACCESS)}
 * holds in every year; one built with {@code since}, {@code until} or both holds in those years only.
 * With {@link #absent()} it records that the site did <em>not</em> have it in those years (a source
 * that says so), which is not the same as a year nobody recorded (see {@link Site#partial()}).
 *
 * <p>In the site file an entry of {@code capabilities} or {@code conditions} is a constant ({@code
 * "CONSENT_DECREE"}) or an object {@code {"value": "CONSENT_DECREE", "since": 2017, "until": 2019,
 * "absent": false, "source": "..."}}.
 *
 * @param <V> {@link Capability} or {@link Condition}
 */
@Value.Immutable
public abstract class DatedFact<V extends Enum<V>> implements Dated {

  /** Only the generated implementation extends this class: build values with {@link #builder()}. */
  DatedFact() {}

  /** A new builder. */
  public static <V extends Enum<V>> Builder<V> builder() {
    return new Builder<>();
  }

  /** {@code value}, holding in every year, with no source. */
  public static <V extends Enum<V>> DatedFact<V> of(V value) {
    return DatedFact.<V>builder().value(value).build();
  }

  /**
   * Builds a {@link DatedFact}: the value is required; since, until, absent and source are optional.
   *
   * @param <V> {@link Capability} or {@link Condition}
   */
  public static final class Builder<V extends Enum<V>> extends ImmutableDatedFact.Builder<V> {
    /** An empty builder, as {@link DatedFact#builder()} returns. */
    public Builder() {}
  }

  /** The capability or condition. */
  public abstract V value();

  /** Whether this records that the site did not have {@link #value()} in its years (default false). */
  @Value.Default
  public boolean absent() {
    return false;
  }

  /** Whether the site had {@link #value()} in {@code year}: the year is covered and the entry is no absence. */
  public final boolean holdsIn(int year) {
    return !absent() && covers(year);
  }

  /** Whether this records {@link #value()} as absent in {@code year}. */
  public final boolean absentIn(int year) {
    return absent() && covers(year);
  }

  /** Whether it is the plain constant: every year, present, no source; the site file writes it as the constant. */
  public final boolean isConstant() {
    return since().isEmpty() && until().isEmpty() && !absent() && source().isEmpty();
  }

  @Value.Check
  void check() {
    new ValueChecks("DatedFact").dated(this).throwIfAny();
  }
}
