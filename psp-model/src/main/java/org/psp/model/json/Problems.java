package org.psp.model.json;

import java.util.ArrayList;
import java.util.List;
import org.psp.model.InvalidValueException;
import org.psp.model.Problem;
import org.psp.model.Violation;

/** The problems found in one site, each with its path relative to the site, before its id is known. */
final class Problems {
  private final List<Problem> found = new ArrayList<>();

  void add(String path, String message) {
    found.add(Problem.inSite("", path, message));
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
  List<Problem> of(String site) {
    return found.stream().map(p -> Problem.inSite(site, p.path(), p.message())).toList();
  }
}
