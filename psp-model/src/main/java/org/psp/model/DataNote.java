package org.psp.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An FBI flag on a year whose figures an advice, an outcome or a review used: the year, its {@link
 * FlagKind} and the footnote's words when given. Writers show it as "2017 NOT_COMPARABLE".
 *
 * @param year the year the flag is on
 * @param kind what the footnote says
 * @param note the footnote's words or where they are, when given
 */
public record DataNote(int year, FlagKind kind, Optional<String> note) {

  /** Checks every part is present. */
  public DataNote {
    checkNotNull(kind, "kind");
    checkNotNull(note, "note");
  }

  /** "2017 NOT_COMPARABLE": the year and the kind, as the outcome's {@code flags} list them. */
  @Override
  public String toString() {
    return year + " " + kind;
  }

  /** The notes of every flag of {@code year} of {@code site} (its statistics or its entry in notReported). */
  public static List<DataNote> of(Site site, int year) {
    List<DataNote> notes = new ArrayList<>(0);
    for (DataFlag flag : site.flags(year)) {
      notes.add(new DataNote(year, flag.kind(), flag.note()));
    }
    return notes;
  }

  /**
   * The flags that make a comparison of {@code site}'s rate in {@code from} with its rate in {@code to}
   * unsafe, in year order: every flag of {@code from} and of {@code to}, and each NOT_COMPARABLE of a
   * year between them (a year with statistics or not reported).
   */
  public static List<DataNote> across(Site site, int from, int to) {
    List<DataNote> notes = new ArrayList<>(of(site, from));
    for (int year = from + 1; year < to; year++) {
      for (DataNote note : of(site, year)) {
        if (note.kind() == FlagKind.NOT_COMPARABLE) {
          notes.add(note);
        }
      }
    }
    if (to != from) {
      notes.addAll(of(site, to));
    }
    return notes;
  }
}
