package org.psp.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A number of a site in the year advised that rules read by name: a {@link Figure} a year gives, or a
 * {@link DerivedFigure} worked out from the year, the site and the national table. A rule's condition
 * reads it as a property of the assessment under its {@linkplain #key() key} ({@code nationalRatio >=
 * 1.5}), a rule's grounds name it ({@code Because.atLeast( $a, "firearmShare", "aSetting" )}), and the
 * words of the advice, explanations, the data-gap probe and the checks of rule authors' rules take its
 * unit and whether it may be missing from here.
 */
public sealed interface Measure permits Figure, DerivedFigure {

  /** Its name in a rule's conditions and grounds: {@code "gangShare"}, {@code "nationalRatio"}. */
  String key();

  /** What it counts, which sets its kind of number and its range. */
  Figure.Unit unit();

  /** Whether it can be missing in the year advised: then the assessment gives {@code null}, which meets no threshold. */
  boolean mayBeMissing();

  /**
   * The number a rule reads under {@code key}, if there is one. Where a figure of a year and a derived
   * figure share a key, the derived one is what the assessment gives ({@code population}: the year's
   * own, else the site's).
   */
  static Optional<Measure> named(String key) {
    Optional<DerivedFigure> derived = DerivedFigure.byKey(key);
    return derived.isPresent() ? Optional.of(derived.get()) : Figure.byKey(key).map(Measure.class::cast);
  }

  /** Every key a rule can read, once each: the figures of a year in their order, then the derived ones. */
  static List<String> keys() {
    List<String> keys = new ArrayList<>();
    Figure.all().forEach(f -> keys.add(f.key()));
    DerivedFigure.all().stream().map(DerivedFigure::key).filter(k -> !keys.contains(k)).forEach(keys::add);
    return List.copyOf(keys);
  }
}
