package org.psp.rules.internal.spelling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the names a misspelt one was probably meant to be: for "did you mean ...?" in messages. */
public final class Spelling {
  /** How many suggestions a message gives at most. */
  private static final int MOST = 3;

  /** The shortest part of a rule's name that {@link #didYouMeanRule} looks for in the names. */
  static final int SHORTEST_PART = 3;

  private Spelling() {}

  /**
   * The names of {@code candidates} nearest to {@code name}, nearest first, at most three: those
   * within a few edits of it (a quarter of its length, at least two), ignoring case.
   */
  public static List<String> nearest(String name, Collection<String> candidates) {
    int most = Math.max(2, name.length() / 4);
    String lower = name.toLowerCase(Locale.ROOT);
    record Near(String candidate, int distance) {}
    List<Near> near = new ArrayList<>();
    for (String candidate : candidates) {
      // Names whose lengths differ by more than `most` are more than `most` edits apart.
      if (Math.abs(candidate.length() - name.length()) > most || candidate.equals(name)) {
        continue;
      }
      String other = candidate.toLowerCase(Locale.ROOT);
      if (letterCountDistance(lower, other) > most) {
        continue; // cheap, and most names are that far apart: a rule author's name against every default one
      }
      int d = distance(lower, other, most);
      if (d <= most) {
        near.add(new Near(candidate, d));
      }
    }
    near.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::candidate));
    return near.stream().limit(MOST).map(Near::candidate).toList();
  }

  /**
   * The edit distance (insertions, deletions, substitutions, and two neighbouring letters swapped,
   * each one edit) when it is at most {@code most}, else some number above {@code most}: the count
   * stops once every way is past it.
   */
  static int distance(String a, String b, int most) {
    int[] beforePrevious = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    int previousBest = 0;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowBest = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        int d = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, beforePrevious[j - 2] + 1);
        }
        current[j] = d;
        rowBest = Math.min(rowBest, d);
      }
      // A swap reaches back two rows: stop only when this row and the one before are both past.
      if (rowBest > most && previousBest > most) {
        return rowBest;
      }
      previousBest = rowBest;
      int[] oldest = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = oldest;
    }
    return previous[b.length()];
  }

  /**
   * A lower bound of {@link #distance}: how many letters one of the two names has more of than the
   * other, in the larger of the two counts (an edit changes each count by one at most, a swap by
   * none). Letters are counted in 128 buckets, which can only lower the counts.
   */
  static int letterCountDistance(String a, String b) {
    int[] counts = new int[128];
    for (int i = 0; i < a.length(); i++) {
      counts[a.charAt(i) & 127]++;
    }
    for (int i = 0; i < b.length(); i++) {
      counts[b.charAt(i) & 127]--;
    }
    int more = 0;
    int fewer = 0;
    for (int count : counts) {
      if (count > 0) {
        more += count;
      } else {
        fewer -= count;
      }
    }
    return Math.max(more, fewer);
  }

  /** "; did you mean "A" or "B"?" for the nearest of {@code candidates}, or "" when none is near. */
  public static String didYouMean(String name, Collection<String> candidates) {
    return didYouMean(nearest(name, candidates));
  }

  /**
   * "; did you mean ...?" for a rule's name: the nearest names, or else the names that contain the
   * one given, ignoring case (a long name typed in part, "Federal prosecution"), at most three of them
   * in the order given, and how many there are when there are more; "" when there is neither. The
   * part must have {@link #SHORTEST_PART} characters at least.
   */
  public static String didYouMeanRule(String name, Collection<String> ruleNames) {
    List<String> near = nearest(name, ruleNames);
    if (!near.isEmpty()) {
      return didYouMean(near);
    }
    String part = name.strip().toLowerCase(Locale.ROOT);
    if (part.length() < SHORTEST_PART) {
      return "";
    }
    List<String> containing = ruleNames.stream()
        .filter(n -> !n.equals(name) && n.toLowerCase(Locale.ROOT).contains(part)).toList();
    String more = containing.size() > MOST ? " (" + containing.size() + " rules' names contain \"" + name.strip() + "\")"
        : "";
    return didYouMean(containing.subList(0, Math.min(MOST, containing.size()))) + more;
  }

  private static String didYouMean(List<String> names) {
    if (names.isEmpty()) {
      return "";
    }
    List<String> quoted = names.stream().map(n -> "\"" + n + "\"").toList();
    return "; did you mean " + String.join(" or ", quoted) + "?";
  }
}
