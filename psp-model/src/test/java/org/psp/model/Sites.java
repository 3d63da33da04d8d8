package org.psp.model;

/** Small valid values for tests; each test changes only what it is about. */
final class Sites {
  private Sites() {}

  /** Anniston, AL in 2017 (FBI CIUS 2017 Table 8): 754 violent crimes, 21,955 residents. */
  static YearlyStatistics.Builder anniston2017() {
    return YearlyStatistics.builder().year(2017).murders(14).rapes(47).robberies(71).aggravatedAssaults(622);
  }

  /** Anniston with its 2017 figures and nothing else recorded: no partners, capabilities... key. */
  static Site.Builder anniston() {
    return Site.builder().id("anniston-al").name("Anniston").state("AL").population(21_955)
        .addStatistic(anniston2017().build());
  }

  /** Anniston with every section recorded as "checked, none" and commitment recorded as given (illustrative). */
  static Site.Builder annistonRecorded() {
    return anniston().partners(java.util.List.of()).capabilities(java.util.List.of()).conditions(java.util.List.of())
        .interventions(java.util.List.of()).commitment(true);
  }
}
