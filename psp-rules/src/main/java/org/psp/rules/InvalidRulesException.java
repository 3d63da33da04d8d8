package org.psp.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when rule authors' .drl files do not compile; carries every problem, with its position. */
public final class InvalidRulesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<RuleProblem> problems;

  /** Creates the exception from at least one problem. */
  public InvalidRulesException(List<RuleProblem> problems) {
    super(problems.size() + " problem(s) in the rules:" + System.lineSeparator()
        + problems.stream().map(RuleProblem::toString).collect(Collectors.joining(System.lineSeparator())));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem, in file and line order. */
  public ImmutableList<RuleProblem> problems() {
    return problems;
  }
}
