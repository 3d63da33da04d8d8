package org.psp.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A year whose figures the FBI left out of its city table or withheld (Toledo 2017: violent crime
 * withheld as underreported; Birmingham 2017: not passed to the FBI). It has no figures and is never
 * advised, but its flags count for outcomes like any year's.
 *
 * <p>In the site file: an entry of {@code notReported}, {@code {"year": 2017, "reason": "...", "flags":
 * [...], "notes": [...]}}.
 */
@Value.Immutable
public abstract class UnreportedYear {

  /** Only the generated implementation extends this class: build values with {@link #builder()}. */
  UnreportedYear() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UnreportedYear}: the year is required; the reason, flags and notes optional. */
  public static final class Builder extends ImmutableUnreportedYear.Builder {
    /** An empty builder, as {@link UnreportedYear#builder()} returns. */
    public Builder() {}
  }

  /** The year, 1990 to 2100. */
  public abstract int year();

  /** Why the year has no figures, when known. */
  public abstract Optional<String> reason();

  /** The FBI's footnotes on the year that are flags. */
  public abstract List<DataFlag> flags();

  /** The FBI's other footnotes on the year, each in its words (see {@link YearlyStatistics#notes()}). */
  public abstract List<String> notes();

  @Value.Check
  void check() {
    ValueChecks v = new ValueChecks("UnreportedYear");
    v.year("year", year());
    reason().ifPresent(r -> v.notBlank("reason", r));
    notes().forEach(n -> v.notBlank("notes", n));
    v.throwIfAny();
  }
}
