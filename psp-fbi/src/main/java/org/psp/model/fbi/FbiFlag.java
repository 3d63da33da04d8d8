package org.psp.model.fbi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A note of the FBI's on one city-year's figures, from a footnote of its table: what the figures
 * cannot be compared with or taken for.
 *
 * @param kind what the FBI said
 * @param note where it comes from and its words, e.g. {@code FBI footnote 8: The FBI determined that
 *     the agency's data were underreported...}
 */
public record FbiFlag(Kind kind, String note) {

  /** The kinds of note that bear on a city-year's figures (a footnote about arson is none of them). */
  public enum Kind {
    /** The figures are not comparable to previous years' data. */
    NOT_COMPARABLE,
    /** The FBI determined that the agency's data were underreported. */
    UNDERREPORTED,
    /** The agency did not follow national UCR guidelines for reporting an offense. */
    GUIDELINES_NOT_FOLLOWED,
    /** Rape was counted, in all or part of the year, under the legacy UCR definition. */
    LEGACY_RAPE_DEFINITION
  }

  /** Checks that both are given and the note says something. */
  public FbiFlag {
    checkNotNull(kind, "kind");
    checkNotNull(note, "note");
    checkArgument(!note.isBlank(), "the note of a %s flag must not be blank", kind);
  }

  /** {@code KIND:note}, as the site figures file writes it. */
  @Override
  public String toString() {
    return kind + ":" + note;
  }
}
