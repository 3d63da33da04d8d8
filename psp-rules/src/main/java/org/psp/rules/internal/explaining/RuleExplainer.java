package org.psp.rules.internal.explaining;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.mvel2.MVEL;
import org.mvel2.ParserContext;
import org.psp.model.Measure;
import org.psp.model.text.BoundedText;
import org.psp.rules.catalog.Explanation.ConditionCheck;
import org.psp.rules.catalog.Explanation.RuleCheck;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Proposal;
import org.psp.rules.internal.authoring.RuleCompiler;
import org.psp.rules.internal.engine.FiringRecord;
import org.psp.rules.settings.PolicySettings;
import org.psp.rules.settings.Setting;

/**
 * Explains one rule for one site: reads the rule's conditions from its .drl file and evaluates each
 * against the facts of the site's evaluation, as they stood when the rules were done. A condition on
 * the {@link Assessment} is evaluated on its own, with the values it reads; a pattern on another
 * fact (a {@code Proposal}, {@code Eligible}, ...) as a whole, against the facts the rules inserted
 * (for {@code not} and {@code exists}, leaving out those the rule itself inserted, which it could
 * not have seen before it fired). A condition that reads a missing figure is undecided unless it asks
 * about the null itself; a kind of condition it cannot evaluate ({@code or}, {@code accumulate},
 * {@code eval}...) is undecided too, and says so.
 */
public final class RuleExplainer {
  private static final Pattern BINDING = Pattern.compile("^\\s*(\\$\\w+)\\s*:\\s*(.+?)\\s*$", Pattern.DOTALL);
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([a-z]\\w*)\\b(?!\\s*\\()");
  private static final Pattern SETTING = Pattern.compile("(\\$\\w+|settings)\\.(\\w+)");
  /** A setting read by name, as a setting an author's file added is: {@code settings.value("minimumPartners")}. */
  private static final Pattern SETTING_BY_NAME = Pattern.compile("(?:\\$\\w+|settings)\\.value\\(\\s*\"(\\w+)\"\\s*\\)");
  private static final Pattern CALL = Pattern.compile("\\b([a-z]\\w*)\\(\\s*([^()]*?)\\s*\\)");
  /**
   * The Assessment's properties that are null when the year or the national table does not give them:
   * those of the figures ({@link Measure}) that may be missing.
   */
  private static final Set<String> NULLABLE = Measure.keys().stream()
      .filter(key -> Measure.named(key).orElseThrow().mayBeMissing()).collect(Collectors.toUnmodifiableSet());

  private final Assessment assessment;
  private final FiringRecord record;
  private final Map<String, Object> settings;

  /** An explainer of the evaluation that {@code record} records for {@code assessment}. */
  public RuleExplainer(Assessment assessment, FiringRecord record) {
    this.assessment = assessment;
    this.record = record;
    this.settings = settingsByName(assessment.getSettings());
  }

  /** The check of {@code rule}: whether it fired, and each of its conditions. */
  public RuleCheck explain(RuleInfo rule) {
    boolean fired = record.rules().contains(rule.name());
    RuleDescr descr;
    PackageDescr pkg;
    try {
      pkg = new DrlParser().parse(false, source(rule));
    } catch (DroolsParserException e) {
      return new RuleCheck(rule, fired, List.of(new ConditionCheck("(the file cannot be read again: " + e.getMessage() + ")",
          rule.line(), Map.of(), null)));
    }
    descr = pkg.getRules().stream().filter(r -> r.getName().equals(rule.name())).findFirst().orElse(null);
    if (descr == null) {
      return new RuleCheck(rule, fired, List.of(new ConditionCheck("(the rule is no longer in its file)", rule.line(),
          Map.of(), null)));
    }
    ParserContext context = new ParserContext();
    for (ImportDescr i : pkg.getImports()) {
      try {
        Class<?> type = Class.forName(i.getTarget(), false, RuleExplainer.class.getClassLoader());
        context.addImport(type.getSimpleName(), type);
      } catch (ClassNotFoundException e) {
        // An import the explanation cannot load is one its conditions cannot use: they show as undecided.
      }
    }
    Map<String, Object> bindings = new HashMap<>();
    bindings.put("settings", settings);
    List<ConditionCheck> checks = new ArrayList<>();
    for (BaseDescr element : descr.getLhs().getDescrs()) {
      checks.addAll(check(element, rule, context, bindings));
    }
    return new RuleCheck(rule, fired, checks);
  }

  private List<ConditionCheck> check(BaseDescr element, RuleInfo rule, ParserContext context, Map<String, Object> bindings) {
    if (element instanceof PatternDescr pattern && isAssessment(pattern)) {
      if (pattern.getIdentifier() != null) {
        bindings.put(pattern.getIdentifier(), assessment);
      }
      List<ConditionCheck> checks = new ArrayList<>();
      for (BaseDescr constraint : pattern.getDescrs()) {
        if (constraint instanceof ExprConstraintDescr expr) {
          ConditionCheck check = constraint(expr.getExpression(), expr.getLine(), context, bindings);
          if (check != null) {
            checks.add(check);
          }
        }
      }
      return checks;
    }
    if (element instanceof PatternDescr pattern) {
      Object match = firstMatch(pattern, rule, false, context, bindings);
      if (match != null && pattern.getIdentifier() != null) {
        bindings.put(pattern.getIdentifier(), match);
      }
      return List.of(new ConditionCheck(text(pattern), pattern.getLine(), found(pattern), match != null));
    }
    if (element instanceof NotDescr not && not.getDescrs().size() == 1 && not.getDescrs().get(0) instanceof PatternDescr p) {
      Object match = firstMatch(p, rule, true, context, new HashMap<>(bindings));
      return List.of(new ConditionCheck("not " + text(p), not.getLine(), found(p), match == null));
    }
    if (element instanceof ExistsDescr exists && exists.getDescrs().size() == 1 && exists.getDescrs().get(0) instanceof PatternDescr p) {
      Object match = firstMatch(p, rule, true, context, new HashMap<>(bindings));
      return List.of(new ConditionCheck("exists " + text(p), exists.getLine(), found(p), match != null));
    }
    return List.of(new ConditionCheck("(a " + element.getClass().getSimpleName().replace("Descr", "").toLowerCase()
        + " condition, which the explanation does not evaluate)", element.getLine(), Map.of(), null));
  }

  /** One constraint on the Assessment; null for a binding alone, which binds its variable. */
  private ConditionCheck constraint(String text, int line, ParserContext context, Map<String, Object> bindings) {
    Matcher binding = BINDING.matcher(text);
    if (binding.matches() && !binding.group(2).contains("==")) {
      bindings.put(binding.group(1), evaluate(binding.group(2), assessment, context, bindings));
      return null;
    }
    Map<String, Object> values = values(text, context, bindings);
    boolean readsMissing = values.entrySet().stream().anyMatch(e -> NULLABLE.contains(e.getKey()) && e.getValue() == null);
    if (readsMissing && !text.contains("null")) {
      return new ConditionCheck(text, line, values, null);
    }
    Object held = evaluate(text, assessment, context, bindings);
    return new ConditionCheck(text, line, values, held instanceof Boolean b ? b : null);
  }

  /** What {@code text} reads of the site: the Assessment's properties, the settings and the methods it calls. */
  private Map<String, Object> values(String text, ParserContext context, Map<String, Object> bindings) {
    Map<String, Object> values = new LinkedHashMap<>();
    Matcher byName = SETTING_BY_NAME.matcher(text);
    while (byName.find()) {
      if (settings.containsKey(byName.group(1))) {
        values.put(byName.group(1), settings.get(byName.group(1)));
      }
    }
    String rest = SETTING_BY_NAME.matcher(text).replaceAll(" ");
    Matcher setting = SETTING.matcher(rest);
    while (setting.find()) {
      if (settings.containsKey(setting.group(2))) {
        values.put(setting.group(2), settings.get(setting.group(2)));
      }
    }
    String withoutSettings = SETTING.matcher(rest).replaceAll(" ");
    Matcher call = CALL.matcher(withoutSettings);
    while (call.find()) {
      if (hasMethod(call.group(1))) {
        values.put(call.group(1) + "(" + call.group(2).replaceAll("^\\w+\\.", "") + ")",
            evaluate(call.group(), assessment, context, bindings));
      }
    }
    Matcher name = IDENTIFIER.matcher(CALL.matcher(withoutSettings).replaceAll(" "));
    while (name.find()) {
      Method getter = getter(name.group(1));
      if (getter != null) {
        try {
          values.put(name.group(1), getter.invoke(assessment));
        } catch (ReflectiveOperationException e) {
          values.put(name.group(1), null);
        }
      }
    }
    return values;
  }

  /** The first fact of the pattern's type that meets all its constraints, or null. */
  private Object firstMatch(PatternDescr pattern, RuleInfo rule, boolean leaveOutOwn, ParserContext context,
      Map<String, Object> bindings) {
    for (Object fact : facts(pattern, rule, leaveOutOwn)) {
      Map<String, Object> scope = new HashMap<>(bindings);
      boolean all = true;
      for (BaseDescr constraint : pattern.getDescrs()) {
        if (constraint instanceof ExprConstraintDescr expr) {
          Matcher binding = BINDING.matcher(expr.getExpression());
          if (binding.matches() && !binding.group(2).contains("==")) {
            scope.put(binding.group(1), evaluate(binding.group(2), fact, context, scope));
          } else if (!Boolean.TRUE.equals(evaluate(expr.getExpression(), fact, context, scope))) {
            all = false;
            break;
          }
        }
      }
      if (all) {
        bindings.putAll(scope);
        return fact;
      }
    }
    return null;
  }

  /** The facts of the pattern's type: those the rules inserted, the assessment and the settings. */
  private List<Object> facts(PatternDescr pattern, RuleInfo rule, boolean leaveOutOwn) {
    List<Object> facts = new ArrayList<>();
    for (int i = 0; i < record.insertedCount(); i++) {
      if (isType(record.fact(i), pattern) && !(leaveOutOwn && record.insertedBy(i).equals(rule.name()))) {
        facts.add(record.fact(i));
      }
    }
    if (isType(assessment.getSettings(), pattern)) {
      facts.add(assessment.getSettings());
    }
    return facts;
  }

  /** What there was of the pattern's type: the strategies proposed, or how many such facts the rules inserted. */
  private Map<String, Object> found(PatternDescr pattern) {
    List<String> proposed = new ArrayList<>();
    int count = 0;
    for (int i = 0; i < record.insertedCount(); i++) {
      Object fact = record.fact(i);
      if (isType(fact, pattern)) {
        count++;
        if (fact instanceof Proposal p) {
          proposed.add(p.getStrategy().name());
        }
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    if (simpleName(pattern).equals(Proposal.class.getSimpleName())) {
      values.put("proposed", proposed);
    } else {
      values.put(simpleName(pattern) + " facts", count);
    }
    return values;
  }

  private static String text(PatternDescr pattern) {
    List<String> constraints = new ArrayList<>();
    pattern.getDescrs().forEach(d -> constraints.add(d instanceof ExprConstraintDescr e ? e.getExpression() : d.getText()));
    return (pattern.getIdentifier() == null ? "" : pattern.getIdentifier() + " : ") + simpleName(pattern)
        + (constraints.isEmpty() ? "()" : "( " + String.join(", ", constraints) + " )");
  }

  private static String simpleName(PatternDescr pattern) {
    String type = pattern.getObjectType();
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private static boolean isAssessment(PatternDescr pattern) {
    return simpleName(pattern).equals(Assessment.class.getSimpleName());
  }

  private static boolean isType(Object fact, PatternDescr pattern) {
    return fact.getClass().getSimpleName().equals(simpleName(pattern)) || fact.getClass().getName().equals(pattern.getObjectType())
        || (fact instanceof PolicySettings && simpleName(pattern).equals(PolicySettings.class.getSimpleName()));
  }

  /** {@code expression} evaluated with {@code self} as {@code this}; null when it cannot be evaluated. */
  private static Object evaluate(String expression, Object self, ParserContext context, Map<String, Object> bindings) {
    try {
      return MVEL.executeExpression(MVEL.compileExpression(expression, context), self, new HashMap<>(bindings));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Method getter(String property) {
    String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (String prefix : List.of("get", "is")) {
      try {
        Method m = Assessment.class.getMethod(prefix + suffix);
        if (m.getParameterCount() == 0) {
          return m;
        }
      } catch (NoSuchMethodException e) {
        // try the next prefix
      }
    }
    return null;
  }

  private static boolean hasMethod(String name) {
    for (Method m : Assessment.class.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The settings by name, as numbers: what {@code $p.eligibilityRatio} and {@code settings.eligibilityRatio}
   * read, and {@code settings.value("name")} for any setting, an added one too.
   */
  private static Map<String, Object> settingsByName(PolicySettings settings) {
    SettingsByName byName = new SettingsByName();
    for (Setting setting : settings.declared()) {
      double value = settings.value(setting.name());
      byName.put(setting.name(), setting.kind() == Setting.Kind.NUMBER ? (Object) value : (Object) (int) value);
    }
    return byName;
  }

  /** The settings as a condition reads them in an explanation: by property, or by {@link #value(String)}. */
  public static final class SettingsByName extends HashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    /** The setting {@code name}'s value, as {@code settings.value("name")} reads it in a rule. */
    public double value(String name) {
      Object value = get(name);
      if (value == null) {
        throw new IllegalArgumentException("no setting is named \"" + name + "\"");
      }
      return ((Number) value).doubleValue();
    }
  }

  /** The text of the rule's file: a class path resource for a default rule, the author's file for an added one. */
  private static String source(RuleInfo rule) {
    try {
      if (rule.origin() == RuleInfo.Origin.ADDED) {
        return BoundedText.read(Path.of(rule.file()), RuleCompiler.DRL_FILE);
      }
      try (InputStream in = RuleExplainer.class.getClassLoader().getResourceAsStream(rule.file())) {
        if (in == null) {
          throw new IllegalStateException(rule.file() + " is missing from the class path");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + rule.file() + " again to explain rule \"" + rule.name() + "\"", e);
    }
  }
}
