package org.psp.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner working with a site: an agency, optionally its name, its role there, and the years it
 * worked with the site ({@link #since()}, {@link #until()}; every year when neither is given) with
 * the source that says so.
 */
@Value.Immutable
public abstract class Partner implements Dated {

  /** Only the generated implementation extends this class: build values with {@link #builder()}. */
  Partner() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partner}: set the agency, optionally the name, role, years and source, then {@code build()}. */
  public static final class Builder extends ImmutablePartner.Builder {
    /** An empty builder, as {@link Partner#builder()} returns. */
    public Builder() {}
  }

  /** A partner of the given agency, with no name or role. */
  public static Partner of(Agency agency) {
    return builder().agency(agency).build();
  }

  /** The kind of agency. */
  public abstract Agency agency();

  /** Its name, e.g. "East Metro Area Crime Center". */
  public abstract Optional<String> name();

  /** What it does for the site. */
  public abstract Optional<String> role();

  @Value.Check
  void check() {
    ValueChecks v = new ValueChecks("Partner").dated(this);
    name().ifPresent(n -> v.notBlank("name", n));
    role().ifPresent(r -> v.notBlank("role", r));
    v.throwIfAny();
  }
}
