package org.psp.model.json;

import java.util.ArrayList;
import java.util.List;
import org.psp.model.InvalidValueException;
import org.psp.model.Violation;

/** The problems found in one site, each with its path relative to the site. */
final class Problems {
  private final List<Found> found = new ArrayList<>();

  void add(String path, String message) {
    found.add(new Found(path, message));
  }

  /** Records each violation of a model object built from the object at {@code path}. */
  void addAll(String path, InvalidValueException e) {
    for (Violation v : e.violations()) {
      add(ObjectFields.child(path, v.field()), v.withoutField());
    }
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  int size() {
    return found.size();
  }

  /** The problems as found, attributed to {@code site}. */
  List<SiteProblem> toSiteProblems(String site) {
    return found.stream().map(p -> new SiteProblem(site, p.path(), p.message())).toList();
  }

  private record Found(String path, String message) {}
}
