package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;

/**
 * The national violent crime and murder rates per 100,000 of one year, with where they come from.
 *
 * @param year the year
 * @param violentCrimeRate national violent crimes per 100,000 residents, > 0
 * @param murderRate national murders per 100,000 residents, > 0; empty when no source for it was
 *     read (never zero)
 * @param basis whether the figures are the FBI's first-published ones or a later estimate
 * @param source where the figures were published
 * @param note a caveat on the figures, or empty
 */
public record NationalRate(int year, double violentCrimeRate, OptionalDouble murderRate, Basis basis, String source,
    String note) {

  /** What a year's figures are. */
  public enum Basis {
    /** As first published in the FBI's edition for that year. */
    FIRST_PUBLISHED("first published"),
    /**
     * A later estimate, where no first-published figure is comparable (2021, the FBI's transition to
     * NIBRS): advice for such a year says so.
     */
    LATER_ESTIMATE("later estimate");

    private final String label;

    Basis(String label) {
      this.label = label;
    }

    /** As the table writes it: "first published", "later estimate". */
    public String label() {
      return label;
    }
  }

  /** Checks every value. */
  public NationalRate {
    checkArgument(year >= Violations.MIN_YEAR && year <= Violations.MAX_YEAR,
        "year must be a year from %s to %s but was %s", Violations.MIN_YEAR, Violations.MAX_YEAR, year);
    checkArgument(violentCrimeRate > 0 && Double.isFinite(violentCrimeRate),
        "violentCrimeRate must be > 0 but was %s", violentCrimeRate);
    checkNotNull(murderRate, "murderRate");
    murderRate.ifPresent(m -> checkArgument(m > 0 && Double.isFinite(m), "murderRate must be > 0 but was %s", m));
    checkNotNull(basis, "basis");
    checkNotNull(source, "source");
    checkArgument(!source.isBlank(), "source of the national rates of %s must not be blank", year);
    checkNotNull(note, "note");
  }

  /** First-published rates of {@code year} with no note. */
  public NationalRate(int year, double violentCrimeRate, double murderRate, String source) {
    this(year, violentCrimeRate, OptionalDouble.of(murderRate), Basis.FIRST_PUBLISHED, source, "");
  }

  /**
   * A site's murder rate of this year over the national one ("M" in the policy); empty when the table
   * gives no national murder rate for the year.
   */
  public OptionalDouble murderRatio(double siteMurderRate) {
    return murderRate.isPresent() ? OptionalDouble.of(siteMurderRate / murderRate.getAsDouble()) : OptionalDouble.empty();
  }

  /** Whether the figures are a later estimate rather than first-published ones. */
  public boolean isEstimate() {
    return basis == Basis.LATER_ESTIMATE;
  }
}
