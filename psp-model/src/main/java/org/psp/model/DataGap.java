package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Set;

/**
 * A strategy the advice does not recommend but would if a figure the year does not give were known:
 * found by trying each missing figure alone at each end of its range (0 and 1).
 *
 * @param strategy the strategy
 * @param missing the figures that brought it, by their site file names ({@code firearmShare}, {@code
 *     gangShare}, {@code drugShare}, {@code homicideClearanceRate}), in name order; at least one
 * @param rules the rules that would have proposed it, each once; at least one
 */
public record DataGap(Strategy strategy, Set<String> missing, List<String> rules) {

  /** Checks every part and keeps immutable copies. */
  public DataGap {
    checkNotNull(strategy, "strategy");
    missing = ImmutableSortedSet.copyOf(checkNotNull(missing, "missing"));
    rules = ImmutableList.copyOf(checkNotNull(rules, "rules"));
    checkArgument(!missing.isEmpty(), "missing of the data gap of %s must name a figure", strategy);
    checkArgument(!rules.isEmpty(), "rules of the data gap of %s must name a rule", strategy);
  }
}
