package org.psp.rules.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the rules did in one evaluation of one site: the rules that fired, how often, and each fact a
 * rule inserted or modified, with that rule. The engine fills it as the rules fire; the hand-written
 * baseline fills it too, and {@link AdviceAssembler} makes the advice of either.
 */
public final class FiringRecord {
  /** The rules that fired, in the order each first fired; at the same index, how often it fired. */
  private final List<String> rules = new ArrayList<>(16);
  private int[] firings = new int[16];
  private int firingCount;
  /** The facts rules inserted, in order; at the same index, the rule that inserted it. */
  private final List<Object> facts = new ArrayList<>(48);
  private final List<String> insertedBy = new ArrayList<>(48);
  /** The facts rules modified, in order; at the same index, the rule that modified it. */
  private final List<Object> modified = new ArrayList<>(0);
  private final List<String> modifiedBy = new ArrayList<>(0);

  /** Records that {@code rule} fired. */
  public void fired(String rule) {
    int i = indexOf(rule);
    if (i < 0) {
      i = rules.size();
      rules.add(rule);
      if (i == firings.length) {
        firings = Arrays.copyOf(firings, 2 * i);
      }
    }
    firings[i]++;
    firingCount++;
  }

  /**
   * Where {@code rule} is in {@link #rules}, or -1: by identity first, since the engine names a rule
   * with the same string at every firing, then by equality.
   */
  private int indexOf(String rule) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) == rule) {
        return i;
      }
    }
    return rules.indexOf(rule);
  }

  /** Records that {@code rule} inserted {@code fact}. */
  public void inserted(Object fact, String rule) {
    facts.add(fact);
    insertedBy.add(rule);
  }

  /** Records that {@code rule} modified {@code fact}. */
  void modified(Object fact, String rule) {
    modified.add(fact);
    modifiedBy.add(rule);
  }

  /** The rules that fired, each once, in the order each first fired. */
  public List<String> rules() {
    return rules;
  }

  /** How many times rules fired in all. */
  int firingCount() {
    return firingCount;
  }

  /** The rule that fired most often, or "(none)". */
  String mostFired() {
    int most = 0;
    for (int i = 1; i < rules.size(); i++) {
      if (firings[i] > firings[most]) {
        most = i;
      }
    }
    return rules.isEmpty() ? "(none)" : rules.get(most);
  }

  /** How many facts {@code rule} inserted. */
  int insertedBy(String rule) {
    int count = 0;
    for (String by : insertedBy) {
      count += by.equals(rule) ? 1 : 0;
    }
    return count;
  }

  /** How many times {@code rule} modified a fact. */
  int modifiedBy(String rule) {
    int count = 0;
    for (String by : modifiedBy) {
      count += by.equals(rule) ? 1 : 0;
    }
    return count;
  }

  /** How many facts rules inserted. */
  public int insertedCount() {
    return facts.size();
  }

  /** The {@code i}th fact inserted. */
  public Object fact(int i) {
    return facts.get(i);
  }

  /** The rule that inserted the {@code i}th fact. */
  public String insertedBy(int i) {
    return insertedBy.get(i);
  }

  /** The rule that modified {@code fact} last, or null if none did. */
  String lastModifierOf(Object fact) {
    for (int i = modified.size() - 1; i >= 0; i--) {
      if (modified.get(i) == fact) {
        return modifiedBy.get(i);
      }
    }
    return null;
  }
}
