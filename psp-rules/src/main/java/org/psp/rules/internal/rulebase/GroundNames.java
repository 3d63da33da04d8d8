package org.psp.rules.internal.rulebase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures and settings a rule names to {@code org.psp.rules.facts.Because}, read from its text:
 * {@code Because.atLeast( $a, "gangShare", "taskForceGangShare" )} names the figure {@code gangShare}
 * and the setting {@code taskForceGangShare}. Because reads them by these names when the rule fires;
 * reading them here lets {@code psp validate} say a misspelt one at its place when the rule compiles
 * ({@link DrlOutline}), and the data-gap probe see which figures a consequence reads.
 */
public final class GroundNames {

  /** What a name given to Because stands for. */
  public enum Role {
    /** A figure, of a year or derived ({@code org.psp.model.Measure}). */
    FIGURE,
    /** A setting of the policy. */
    SETTING
  }

  /**
   * The methods of Because that take names, with what each name after the assessment stands for: the
   * one place that knows it ({@code GroundNamesTest} holds it to Because's methods).
   */
  static final Map<String, List<Role>> NAMING = Map.of(
      "atLeast", List.of(Role.FIGURE, Role.SETTING),
      "below", List.of(Role.FIGURE, Role.SETTING),
      "figure", List.of(Role.FIGURE),
      "murderRateStandsIn", List.of(Role.FIGURE),
      "requiredIn", List.of(Role.SETTING, Role.SETTING));

  private static final Pattern CALL = Pattern.compile("\\bBecause\\s*\\.\\s*(\\w+)\\s*\\(");
  private static final Pattern LITERAL = Pattern.compile("\\s*\"([^\"\\\\]*)\"\\s*");

  /**
   * One name given to Because.
   *
   * @param method the method of Because, e.g. "atLeast"
   * @param role what the name stands for
   * @param name the name, as written between the quotes; null when the argument is no text in quotes
   *     (a variable, an expression), which only the run can read
   * @param at the offset of the argument in the text read
   */
  public record Named(String method, Role role, String name, int at) {
    /** Whether the argument is a text in quotes, whose name is known before the rule runs. */
    public boolean isLiteral() {
      return name != null;
    }
  }

  private GroundNames() {}

  /**
   * Every name {@code text} gives Because, in order. {@code text} is a rule's text, or a part of it,
   * with its comments blanked out.
   */
  public static List<Named> in(String text) {
    List<Named> names = new ArrayList<>();
    Matcher call = CALL.matcher(text);
    while (call.find()) {
      List<Role> roles = NAMING.get(call.group(1));
      if (roles == null) {
        continue;
      }
      List<int[]> arguments = arguments(text, call.end());
      for (int i = 0; i < roles.size() && i + 1 < arguments.size(); i++) {
        int[] argument = arguments.get(i + 1);
        Matcher literal = LITERAL.matcher(text).region(argument[0], argument[1]);
        names.add(literal.matches()
            ? new Named(call.group(1), roles.get(i), literal.group(1), literal.start(1) - 1)
            : new Named(call.group(1), roles.get(i), null, argument[0]));
      }
    }
    return names;
  }

  /** The arguments of the call whose parentheses open before {@code from}: each its start and end offset. */
  private static List<int[]> arguments(String text, int from) {
    List<int[]> arguments = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int close = i + 1;
        while (close < text.length() && text.charAt(close) != c && text.charAt(close) != '\n') {
          close += text.charAt(close) == '\\' ? 2 : 1;
        }
        i = close;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (c == ')') {
        arguments.add(new int[] {start, i});
        return arguments;
      } else if (c == ',' && depth == 0) {
        arguments.add(new int[] {start, i});
        start = i + 1;
      }
    }
    return arguments;
  }
}
