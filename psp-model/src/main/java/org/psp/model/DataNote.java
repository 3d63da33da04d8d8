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
   * The flags of {@code year} that concern {@code measure}, in the year's order: a figure counted from
   * the FBI's offenses (the offenses themselves, the violent crime rate, the murder rate and their
   * ratios to the nation's) carries every flag of its year, but a LEGACY_RAPE_DEFINITION only when it
   * counts rapes (the murder rate does not); a figure the FBI's offense counts do not give (a share, the
   * clearance rate, the population, the national rates) carries none.
   */
  public static List<DataNote> on(YearlyStatistics year, Measure measure) {
    if (year.flags().isEmpty()) {
      return List.of();
    }
    List<Figure> from = measure instanceof Figure figure ? List.of(figure) : ((DerivedFigure) measure).workedFrom();
    boolean offenses = false;
    for (Figure figure : from) {
      offenses |= figure.unit() == Figure.Unit.OFFENSES;
    }
    if (!offenses) {
      return List.of();
    }
    List<DataNote> notes = new ArrayList<>(year.flags().size());
    for (DataFlag flag : year.flags()) {
      if (flag.kind() != FlagKind.LEGACY_RAPE_DEFINITION || from.contains(Figure.RAPES)) {
        notes.add(new DataNote(year.year(), flag.kind(), flag.note()));
      }
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
