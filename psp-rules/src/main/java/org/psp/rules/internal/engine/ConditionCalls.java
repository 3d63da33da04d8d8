package org.psp.rules.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Which conditions of which rules call each function of the rule files, directly or through other
 * functions, read from the files' text. A function that fails while a condition is evaluated (one that
 * recurses without end, say) leaves a stack of its own frames only, the Java stack trace holding no
 * more than its innermost calls: the conditions that call it are what names the rule.
 */
final class ConditionCalls {
  /** The longest condition quoted: a condition is a line or two; more is cut with "…". */
  static final int MAX_QUOTED = 200;

  /**
   * A condition that calls a function.
   *
   * @param rule the rule whose condition it is
   * @param condition the condition as written, its white space collapsed (at most {@link #MAX_QUOTED} characters)
   * @param line the line of the condition in its file, from 1; 0 if not known
   * @param through the function the condition calls that calls the function asked about, or null when
   *     the condition calls it itself
   */
  record Call(String rule, String condition, int line, String through) {}

  /**
   * A condition of a rule.
   *
   * @param text the condition as written, its white space collapsed (at most {@link #MAX_QUOTED} characters)
   * @param line its line in its file, from 1; 0 if not known
   */
  record Condition(String text, int line) {}

  private final Map<String, List<Call>> callsByFunction;
  /** The functions each rule's consequence calls, directly or through others. */
  private final Map<String, Set<String>> consequenceCalls;
  /** Each rule's conditions. */
  private final Map<String, List<Condition>> conditionsByRule;

  private ConditionCalls(Map<String, List<Call>> callsByFunction, Map<String, Set<String>> consequenceCalls,
      Map<String, List<Condition>> conditionsByRule) {
    this.callsByFunction = callsByFunction;
    this.consequenceCalls = consequenceCalls;
    this.conditionsByRule = conditionsByRule;
  }

  /**
   * The condition of {@code rule} whose text is {@code text} (as Drools quotes a constraint it failed to
   * evaluate, white space aside), if the rule has one.
   */
  Optional<Condition> condition(String rule, String text) {
    String wanted = text.replaceAll("\\s+", "");
    return conditionsByRule.getOrDefault(rule, List.of()).stream()
        .filter(c -> c.text().replaceAll("\\s+", "").equals(wanted)).findFirst();
  }

  /** The conditions of {@code rule} that call {@code function}, directly or through other functions, by line. */
  List<Call> callsOf(String function, String rule) {
    return callsOf(function).stream().filter(c -> c.rule().equals(rule)).toList();
  }

  /** Whether the consequence of {@code rule} calls {@code function}, directly or through other functions. */
  boolean consequenceCalls(String rule, String function) {
    return consequenceCalls.getOrDefault(rule, Set.of()).contains(function);
  }

  /** The conditions that call {@code function}, by line; empty when none does (or it is no function of the files). */
  List<Call> callsOf(String function) {
    return callsByFunction.getOrDefault(function, List.of());
  }

  /**
   * The conditions of the rules named in {@code rules} that call the functions of {@code texts} (the
   * .drl files' texts). A file that does not parse is passed over: the compiler has reported it.
   */
  static ConditionCalls of(Collection<String> texts, Set<String> rules) {
    Map<String, String> bodies = new LinkedHashMap<>();
    List<ParsedRule> parsed = new ArrayList<>();
    for (String text : texts) {
      PackageDescr pkg;
      DrlParser parser = new DrlParser();
      try {
        pkg = parser.parse(false, text);
      } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
        continue;
      }
      if (pkg == null || parser.hasErrors()) {
        continue;
      }
      for (FunctionDescr function : pkg.getFunctions()) {
        bodies.put(function.getName(), String.valueOf(function.getBody()));
      }
      for (RuleDescr rule : pkg.getRules()) {
        if (rules.contains(rule.getName())) {
          parsed.add(new ParsedRule(rule, text));
        }
      }
    }
    Map<String, Set<String>> reaches = reaches(bodies);
    Map<String, List<Call>> calls = new HashMap<>();
    Map<String, Set<String>> fromConsequences = new HashMap<>();
    Map<String, List<Condition>> conditionsByRule = new HashMap<>();
    for (ParsedRule rule : parsed) {
      Set<String> reached = new LinkedHashSet<>();
      calledIn(String.valueOf(rule.rule().getConsequence()), bodies.keySet()).forEach(f -> reached.addAll(reaches.get(f)));
      fromConsequences.put(rule.rule().getName(), Set.copyOf(reached));
      List<Condition> conditions = new ArrayList<>();
      conditions(rule.rule().getLhs(), rule.text(), rule.rule().getLine(), conditions);
      conditionsByRule.put(rule.rule().getName(), List.copyOf(conditions));
      for (Condition condition : conditions) {
        for (String called : calledIn(condition.text(), bodies.keySet())) {
          for (String function : reaches.get(called)) {
            List<Call> list = calls.computeIfAbsent(function, f -> new ArrayList<>());
            Call call = new Call(rule.rule().getName(), condition.text(), condition.line(),
                function.equals(called) ? null : called);
            if (list.stream().noneMatch(c -> c.rule().equals(call.rule()) && c.line() == call.line()
                && c.condition().equals(call.condition()))) {
              list.add(call);
            }
          }
        }
      }
    }
    calls.replaceAll((f, list) -> list.stream()
        .sorted(Comparator.comparingInt(Call::line).thenComparing(Call::rule).thenComparing(Call::condition)).toList());
    return new ConditionCalls(Map.copyOf(calls), Map.copyOf(fromConsequences), Map.copyOf(conditionsByRule));
  }

  private record ParsedRule(RuleDescr rule, String text) {}


  /**
   * For each function, itself and every function it calls, directly or through others: what a
   * condition calling it may run.
   */
  private static Map<String, Set<String>> reaches(Map<String, String> bodies) {
    Map<String, Set<String>> direct = new HashMap<>();
    bodies.forEach((name, body) -> direct.put(name, calledIn(body, bodies.keySet())));
    Map<String, Set<String>> reaches = new HashMap<>();
    for (String function : bodies.keySet()) {
      Set<String> reached = new LinkedHashSet<>();
      List<String> next = new ArrayList<>(List.of(function));
      while (!next.isEmpty()) {
        String f = next.remove(next.size() - 1);
        if (reached.add(f)) {
          next.addAll(direct.get(f));
        }
      }
      reaches.put(function, reached);
    }
    return reaches;
  }

  /** The functions among {@code functions} that {@code text} calls: {@code name(} not after a dot or a word. */
  private static Set<String> calledIn(String text, Set<String> functions) {
    Set<String> called = new LinkedHashSet<>();
    for (String function : functions) {
      if (Pattern.compile("(?<![\\w$.])" + Pattern.quote(function) + "\\s*\\(").matcher(text).find()) {
        called.add(function);
      }
    }
    return called;
  }

  /**
   * The conditions under {@code descr}, each as small as the text allows: a pattern's constraints one
   * by one, an eval whole, a pattern's source ({@code from}) with its pattern; {@code line} is the
   * line of the nearest enclosing element that has one.
   */
  private static void conditions(BaseDescr descr, String text, int line, List<Condition> found) {
    int at = descr.getLine() > 0 ? descr.getLine() : line;
    if (descr instanceof EvalDescr) {
      found.add(new Condition(quoted(written(descr, text).orElse("eval( " + ((EvalDescr) descr).getContent() + " )")), at));
    } else if (descr instanceof PatternDescr pattern) {
      for (BaseDescr constraint : pattern.getDescrs()) {
        String written = constraint.getText() != null ? constraint.getText() : String.valueOf(constraint);
        found.add(new Condition(quoted(written), constraint.getLine() > 0 ? constraint.getLine() : at));
      }
      if (pattern.getSource() != null) {
        found.add(new Condition(quoted(written(pattern, text).orElse(String.valueOf(pattern.getSource()))), at));
      }
    } else if (descr instanceof ConditionalElementDescr element && !(descr instanceof AccumulateDescr)
        && !(descr instanceof CollectDescr)) {
      for (BaseDescr child : element.getDescrs()) {
        conditions(child, text, at, found);
      }
    } else {
      found.add(new Condition(quoted(written(descr, text).orElse(String.valueOf(descr))), at));
    }
  }

  /** The text of {@code descr} as its file has it, when the parser gave its place. */
  private static Optional<String> written(BaseDescr descr, String text) {
    int start = descr.getStartCharacter();
    int end = descr.getEndCharacter();
    if (start < 0 || end <= start || end > text.length()) {
      return Optional.empty();
    }
    // The parser's end is the last character's index, or one past it, by the element.
    String written = text.substring(start, Math.min(text.length(), end + 1)).strip();
    return written.isEmpty() ? Optional.empty() : Optional.of(written);
  }

  /** {@code condition} on one line, cut at {@link #MAX_QUOTED} characters. */
  private static String quoted(String condition) {
    String line = condition.strip().replaceAll("\\s+", " ");
    return line.length() <= MAX_QUOTED ? line : line.substring(0, MAX_QUOTED - 1) + "…";
  }
}
