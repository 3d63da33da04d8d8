package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An FBI footnote on a year whose figures an advice used that is no flag ({@link
 * YearlyStatistics#notes()}): about offences those figures do not count (arson, property crime) or the
 * population they cover, in the FBI's words. It is shown beside the {@link DataNote flags}, so that
 * nothing the FBI wrote on the figures is dropped, and nothing is read from it.
 *
 * @param year the year the footnote is on
 * @param note the footnote's words, e.g. {@code FBI footnote 11: Arson offenses are reported by the
 *     Toledo Fire Department...}
 */
public record YearNote(int year, String note) {

  /** Checks that the note says something. */
  public YearNote {
    checkNotNull(note, "note");
    checkArgument(!note.isBlank(), "the note on %s must not be blank", year);
  }

  /** "2019: FBI footnote 6: ...". */
  @Override
  public String toString() {
    return year + ": " + note;
  }
}
