package org.psp.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.psp.model.Problem;

/**
 * What one reload of a {@link ReloadingAdvisor}'s rule folder gave.
 *
 * @param generation the generation of the rules in service after it: 1 for the first rules, one
 *     more for every reload that was applied
 * @param applied whether the new rules went into service; when false the previous ones stay
 * @param problems why the new rules were refused: each problem with its file, line and column
 */
public record ReloadResult(long generation, boolean applied, List<Problem> problems) {

  /** Makes an immutable copy of the problems. */
  public ReloadResult {
    problems = ImmutableList.copyOf(problems);
  }
}
