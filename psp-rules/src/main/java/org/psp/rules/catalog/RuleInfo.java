package org.psp.rules.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.Set;
import org.psp.model.Strategy;

/**
 * One rule in force, as the catalog of an advisor ({@link org.psp.rules.StrategyAdvisor#rules()}) lists it.
 *
 * @param name its name, unique in the rule base
 * @param file the .drl file it is written in: a class path resource for a default rule, the path
 *     given for an added one
 * @param line the line of its {@code rule} keyword in that file, from 1
 * @param stage the stage it runs in
 * @param strategies the strategies it can propose, as its metadata says, {@code @proposes(X, Y)}
 *     (every strategy for {@code @proposes(ANY)}), in the catalog order of strategies; empty for a rule
 *     that proposes none. A rule author's rule without {@code @proposes} gets those its consequence
 *     names in {@code new Proposal( $a, Strategy.X, ... )}, with a warning when it is compiled
 * @param settings the names of the policy settings it reads, as its metadata says, {@code @reads(a,
 *     b)} (or, without it, as its text names them), in name order
 * @param origin whether it is a default rule or a rule author's
 */
public record RuleInfo(String name, String file, int line, Stage stage, Set<Strategy> strategies, Set<String> settings,
    Origin origin) {

  /** Where a rule comes from. */
  public enum Origin {
    /** One of the default policy's rules, shipped with the library. */
    DEFAULT,
    /** A rule author's, added with {@code addRules}; it may replace a default rule of the same name. */
    ADDED
  }

  /** Checks every part and keeps immutable, ordered copies of the sets. */
  public RuleInfo {
    checkNotNull(name, "name");
    checkNotNull(file, "file");
    checkArgument(line >= 1, "line of rule \"%s\" must be >= 1 but was %s", name, line);
    checkNotNull(stage, "stage");
    strategies = Sets.immutableEnumSet(checkNotNull(strategies, "strategies"));
    settings = ImmutableSortedSet.copyOf(checkNotNull(settings, "settings"));
    checkNotNull(origin, "origin");
  }

  /** Whether it can propose {@code strategy}. */
  public boolean proposes(Strategy strategy) {
    return strategies.contains(strategy);
  }

  @Override
  public String toString() {
    return "\"" + name + "\" (" + file + ":" + line + ", " + stage + ")";
  }
}
