package org.psp.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.psp.model.Problem;

/** Thrown when rule authors' .drl files do not compile; carries every problem, with its position. */
public final class InvalidRulesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /** Creates the exception from at least one problem. */
  public InvalidRulesException(List<Problem> problems) {
    super(problems.size() + " problem(s) in the rules:" + System.lineSeparator()
        + problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in file and line order. */
  public List<Problem> problems() {
    return problems;
  }
}
