package org.psp.model.json;

import java.util.ArrayList;
import java.util.List;
import org.psp.model.InvalidValueException;
import org.psp.model.Problem;

/** The problems found in one site, each with its path relative to the site, before its id is known. */
final class Problems {
  private final List<Problem> found = new ArrayList<>();

  void add(String path, String message) {
    found.add(Problem.atPath(path, message));
  }

  /** Records each problem of a model object built from the object at {@code path}, at its path under it. */
  void addAll(String path, InvalidValueException e) {
    for (Problem p : e.problems()) {
      add(ObjectFields.child(path, p.path()), p.message());
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
    return found.stream().map(p -> p.ofSite(site)).toList();
  }
}
