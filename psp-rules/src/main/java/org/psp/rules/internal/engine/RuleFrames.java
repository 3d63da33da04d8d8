package org.psp.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.LineMappings;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;

/**
 * Which rule or function of a rule base a stack frame belongs to. The classic compiler makes a class
 * of each added rule (its conditions' evals and its consequence are methods of it, or of classes named
 * after it) and a class of each function ({@code function int deep(...)} is {@code Deep.deep}): a
 * frame of one of those classes in a failure's stack trace, or in the stack of a thread past its time
 * limit, says which rule or function was running. Default rules, compiled ahead of time, have classes
 * of no such name: they are not named here.
 */
final class RuleFrames {
  /** The rule whose classes' names start with the key. */
  private final Map<String, String> ruleByClassPrefix = new HashMap<>();
  /** The function whose class has the key as its name. */
  private final Map<String, String> functionByClass = new HashMap<>();
  /** The conditions of the added rules that call each function. */
  private final ConditionCalls conditionCalls;
  /**
   * For the class of each added rule, what to add to a line of its generated consequence to have the
   * line of the .drl file: see {@link #consequenceLine}.
   */
  private final Map<String, Integer> drlLineLessGenerated = new HashMap<>();
  /**
   * The lines of the method the classic compiler writes a consequence into (Drools 10's template) before
   * the consequence's first line: held by RuleErrorsTest, which names the line of a failing call.
   */
  private static final int CONSEQUENCE_METHOD_HEADER = 4;

  RuleFrames(KieBase ruleBase) {
    // The text of each file of added rules and functions, by its source path: what names their conditions.
    Map<String, String> texts = new LinkedHashMap<>();
    for (KiePackage kiePackage : ruleBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        if (rule instanceof RuleImpl impl && impl.getConsequence() != null) {
          String consequence = impl.getConsequence().getClass().getName();
          int invoker = consequence.indexOf("DefaultConsequenceInvoker");
          if (invoker > 0 && consequence.substring(consequence.lastIndexOf('.') + 1).startsWith("Rule_")) {
            String ruleClass = consequence.substring(0, invoker);
            ruleByClassPrefix.put(ruleClass, rule.getName());
            read(impl.getResource(), texts);
            if (kiePackage instanceof InternalKnowledgePackage pkg && impl.getResource() != null) {
              LineMappings lines = pkg.getDialectRuntimeRegistry().getLineMappings().get(ruleClass);
              String text = texts.get(String.valueOf(impl.getResource().getSourcePath()));
              if (lines != null && text != null) {
                int first = firstLineAfter(text, lines.getStartLine());
                if (first > 0) {
                  drlLineLessGenerated.put(ruleClass, first - lines.getOffset() - CONSEQUENCE_METHOD_HEADER);
                }
              }
            }
          }
        }
      }
      if (kiePackage instanceof InternalKnowledgePackage pkg) {
        pkg.getFunctions().forEach((name, function) -> {
          functionByClass.put(pkg.getName() + "." + Character.toUpperCase(name.charAt(0)) + name.substring(1), name);
          read(function.getResource(), texts);
        });
      }
    }
    conditionCalls = ConditionCalls.of(texts.values(), Set.copyOf(ruleByClassPrefix.values()));
  }

  /** Puts the text of {@code resource}, a rule file compiled from its bytes, into {@code texts}, once. */
  private static void read(Resource resource, Map<String, String> texts) {
    if (resource == null || texts.containsKey(resource.getSourcePath())) {
      return;
    }
    try (InputStream in = resource.getInputStream()) {
      texts.put(String.valueOf(resource.getSourcePath()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // Not readable again: its conditions are not named, the failure still is.
    }
  }

  /**
   * The first line after {@code line} of {@code text} with more than blanks, where the text of a
   * consequence that starts on the line after its {@code then} begins; 0 if none.
   */
  private static int firstLineAfter(String text, int line) {
    String[] lines = text.split("\\R", -1);
    for (int i = line; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The line of its .drl file where the consequence of an added rule failed with {@code failure} (or
   * called what failed), or 0 when its frames do not say. The classic compiler writes each consequence
   * into a method of a class of its own, line for line; Drools keeps where (the line of its {@code
   * then}, the generated lines before its method), so the frame's line of that method gives the line
   * written. A default rule, compiled ahead of time, has no such frame.
   */
  int consequenceLine(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        Integer base = drlLineLessGenerated.get(frame.getClassName());
        if (base != null && frame.getMethodName().equals("defaultConsequence") && frame.getLineNumber() > 0) {
          return base + frame.getLineNumber();
        }
      }
    }
    return 0;
  }

  /** Whether the consequence of the added rule {@code rule} calls {@code function}, directly or through other functions. */
  boolean consequenceCalls(String rule, String function) {
    return conditionCalls.consequenceCalls(rule, function);
  }

  /** The conditions of the added rules, and the functions each calls. */
  ConditionCalls conditions() {
    return conditionCalls;
  }

  /** The conditions of the added rules that call {@code function}, directly or through other functions. */
  List<ConditionCalls.Call> conditionsCalling(String function) {
    return conditionCalls.callsOf(function);
  }

  /** What the innermost frames of {@code stack} that belong to a rule or a function say. */
  Found find(StackTraceElement[] stack) {
    String function = null;
    boolean condition = false;
    for (StackTraceElement frame : stack) {
      String className = frame.getClassName();
      if (function == null && functionByClass.containsKey(className)) {
        function = functionByClass.get(className);
      }
      // The classic compiler's conditions run in MVEL: the default rules, compiled ahead of time, never do.
      condition |= className.startsWith("org.mvel2.") || className.startsWith("org.drools.mvel.");
      Optional<String> rule = rule(className);
      if (rule.isPresent()) {
        boolean consequence = className.contains("Consequence") || frame.getMethodName().contains("Consequence");
        // A condition evaluated as a consequence inserts a fact is another rule's: which one, MVEL's frames do not say.
        return consequence && condition ? new Found(null, true, function) : new Found(rule.get(), !consequence, function);
      }
    }
    return new Found(null, condition, function);
  }

  private Optional<String> rule(String className) {
    for (Map.Entry<String, String> e : ruleByClassPrefix.entrySet()) {
      String prefix = e.getKey();
      if (className.startsWith(prefix) && (className.length() == prefix.length()
          || !Character.isDigit(className.charAt(prefix.length())))) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * What a stack says.
   *
   * @param rule the rule whose code was running, or null if none was found
   * @param inCondition whether a condition was being evaluated: one of {@code rule}'s, or, when it is
   *     null, an added rule's (MVEL was evaluating it)
   * @param function the innermost function of the rule files that was running, or null
   */
  record Found(String rule, boolean inCondition, String function) {
    /** " in function f()" when a function was found, else "". */
    String inFunction() {
      return function == null ? "" : " in function " + function + "()";
    }
  }
}
