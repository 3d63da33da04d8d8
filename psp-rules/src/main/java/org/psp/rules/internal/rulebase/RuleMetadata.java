package org.psp.rules.internal.rulebase;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.psp.model.Strategy;

/**
 * What a rule says of itself in its metadata, as the compiled rule base holds it ({@link
 * Rule#getMetaData()}): the strategies it can propose, {@code @proposes(CRIME_ANALYSIS)}, and the
 * settings it reads, {@code @reads(hotSpotsRatio, technologyRatio)}, written under the rule's name:
 *
 * <pre>
 * rule "Technology: technology deficit, or high violence with no real-time crime center on record"
 *     &#64;proposes(TECHNOLOGY) &#64;reads(technologyRatio)
 *     ruleflow-group "strategies"
 * </pre>
 *
 * {@code @proposes(ANY)} is a rule that proposes the strategy of an intervention it matched ({@code
 * new Proposal( $a, $i, ... )}): any strategy. The values are names, separated by commas; Drools
 * keeps them as the text written, in the executable model of the default rules as in a rule author's
 * file compiled at run time.
 *
 * @param proposes the strategies of {@code @proposes}, in catalog order; empty when the rule has none
 * @param proposesAny whether {@code @proposes} names {@link #ANY}
 * @param reads the settings of {@code @reads}, as written; empty when the rule has none
 * @param unknownStrategies the names in {@code @proposes} that are no strategy, as written
 */
record RuleMetadata(Optional<Set<Strategy>> proposes, boolean proposesAny, Optional<Set<String>> reads,
    List<String> unknownStrategies) {

  /** The key of the strategies a rule can propose: {@code @proposes(X, Y)}. */
  static final String PROPOSES = "proposes";

  /** The key of the settings a rule reads: {@code @reads(a, b)}. */
  static final String READS = "reads";

  /** In {@code @proposes}: the strategy of a matched intervention, so any strategy. */
  static final String ANY = "ANY";

  /** Keeps immutable copies. */
  public RuleMetadata {
    proposes = proposes.map(Set::copyOf);
    reads = reads.map(Set::copyOf);
    unknownStrategies = List.copyOf(unknownStrategies);
  }

  /** The metadata of {@code rule}, compiled. */
  static RuleMetadata of(Rule rule) {
    return of(rule.getMetaData());
  }

  /** The metadata in {@code metaData}, a compiled rule's ({@link Rule#getMetaData()}). */
  static RuleMetadata of(Map<String, Object> metaData) {
    Optional<List<String>> proposed = metaData.containsKey(PROPOSES) ? Optional.of(names(metaData.get(PROPOSES)))
        : Optional.empty();
    Optional<List<String>> read = metaData.containsKey(READS) ? Optional.of(names(metaData.get(READS))) : Optional.empty();
    return of(proposed, read);
  }

  /** The metadata of the names given in {@code @proposes} and {@code @reads}, each if the rule has it. */
  static RuleMetadata of(Optional<List<String>> proposed, Optional<List<String>> read) {
    Set<Strategy> strategies = EnumSet.noneOf(Strategy.class);
    List<String> unknown = new ArrayList<>();
    boolean any = false;
    for (String name : proposed.orElse(List.of())) {
      if (name.equals(ANY)) {
        any = true;
        strategies.addAll(EnumSet.allOf(Strategy.class));
      } else if (isStrategy(name)) {
        strategies.add(Strategy.valueOf(name));
      } else {
        unknown.add(name);
      }
    }
    return new RuleMetadata(proposed.map(p -> strategies), any, read.map(LinkedHashSet::new), unknown);
  }

  /**
   * The names a metadata value holds, in order: a text {@code "A, B"} (or {@code {A, B}}, or quoted) split
   * at its commas and spaces, an array or a collection element by element; none for a key given no value.
   */
  static List<String> names(Object value) {
    List<String> names = new ArrayList<>();
    if (value == null) {
      return names;
    }
    if (value instanceof Collection<?> elements) {
      elements.forEach(element -> names.addAll(names(element)));
    } else if (value instanceof Map<?, ?> pairs) {
      pairs.values().forEach(element -> names.addAll(names(element)));
    } else if (value.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(value); i++) {
        names.addAll(names(Array.get(value, i)));
      }
    } else {
      for (String part : value.toString().split("[\\s,{}\\[\\]()]+")) {
        String name = unquoted(part);
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static String unquoted(String text) {
    String name = text.strip();
    while (!name.isEmpty() && (name.charAt(0) == '"' || name.charAt(0) == '\'')) {
      name = name.substring(1);
    }
    while (!name.isEmpty() && (name.endsWith("\"") || name.endsWith("'"))) {
      name = name.substring(0, name.length() - 1);
    }
    return name.strip();
  }

  private static boolean isStrategy(String name) {
    for (Strategy strategy : Strategy.values()) {
      if (strategy.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
