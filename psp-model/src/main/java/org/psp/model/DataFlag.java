package org.psp.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An FBI footnote on a year's figures: its {@link FlagKind} and, optionally, the footnote's words. It
 * is shown wherever that year's figures are used (the advice's data notes, outcomes, reviews).
 *
 * <p>In the site file an entry of a year's {@code flags} is a kind ({@code "NOT_COMPARABLE"}) or an
 * object {@code {"kind": "NOT_COMPARABLE", "note": "FBI footnote 6: ..."}}.
 */
@Value.Immutable
public abstract class DataFlag {

  /** Only the generated implementation extends this class: build values with {@link #builder()}. */
  DataFlag() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A flag of {@code kind} with no note. */
  public static DataFlag of(FlagKind kind) {
    return builder().kind(kind).build();
  }

  /** A flag of {@code kind} with the footnote's words. */
  public static DataFlag of(FlagKind kind, String note) {
    return builder().kind(kind).note(note).build();
  }

  /** Builds a {@link DataFlag}: the kind is required, the note optional. */
  public static final class Builder extends ImmutableDataFlag.Builder {
    /** An empty builder, as {@link DataFlag#builder()} returns. */
    public Builder() {}
  }

  /** What the footnote says about the figures. */
  public abstract FlagKind kind();

  /** The footnote's words or where they are, when given. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    ValueChecks v = new ValueChecks("DataFlag");
    note().ifPresent(n -> v.notBlank("note", n));
    v.throwIfAny();
  }
}
