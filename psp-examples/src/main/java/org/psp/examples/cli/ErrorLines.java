package org.psp.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psp.model.Problem;

/**
 * The errors of a command that advised sites, one line each, {@code error: SITE: message}, in the order
 * found; but the same error of several sites (an author's rule that fails on every site) is said once,
 * where it was first found, with how many sites and which: {@code error: 39 sites (camden-nj,
 * chicago-il, detroit-mi and 36 more): rule "..." failed ...}.
 */
final class ErrorLines {
  /** The sites named in a line of several; the others are counted. */
  private static final int NAMED = 3;

  private ErrorLines() {}

  /** Prints {@code errors} to {@code err}, each error of several sites once. */
  static void print(List<Problem> errors, PrintWriter err) {
    Map<Problem, List<Problem>> bySameError = new LinkedHashMap<>();
    List<Problem> order = new ArrayList<>();
    for (Problem error : errors) {
      if (error.site().isEmpty()) {
        order.add(error);
        continue;
      }
      List<Problem> same = bySameError.computeIfAbsent(error.ofSite(""), e -> new ArrayList<>());
      if (same.isEmpty()) {
        order.add(error);
      }
      same.add(error);
    }
    for (Problem error : order) {
      List<Problem> same = error.site().isEmpty() ? List.of(error) : bySameError.get(error.ofSite(""));
      err.println("error: " + Terminal.safe(same.size() == 1 ? error.toString() : sites(same) + ": " + error.ofSite("")));
    }
  }

  /** "39 sites (camden-nj, chicago-il, detroit-mi and 36 more)". */
  private static String sites(List<Problem> same) {
    List<String> named = same.stream().limit(NAMED).map(Problem::site).toList();
    return same.size() + " sites (" + String.join(", ", named)
        + (same.size() > NAMED ? " and " + (same.size() - NAMED) + " more" : "") + ")";
  }
}
