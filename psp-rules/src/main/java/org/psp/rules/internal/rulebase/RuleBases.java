package org.psp.rules.internal.rulebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.psp.model.Problem;
import org.psp.rules.internal.spelling.Spelling;

/** Makes rule bases: the default one, pre-compiled at build time, and the default one with changes. */
public final class RuleBases {

  private RuleBases() {}

  /** Lists the classes of the executable model that kie-maven-plugin generated from the default rules. */
  static final String MODEL_INDEX = "META-INF/kie/org.psp/psp-rules/drools-model";

  /**
   * Lists the default rules' names in the order of their .drl files (by file name) and of their place
   * in each; the build writes it (psp-rules/pom.xml), since the executable model keeps no order. It
   * holds the order alone: loading checks that it names exactly the compiled rules.
   */
  static final String RULE_ORDER = "META-INF/psp-rules/default-rule-order.txt";

  /**
   * A new instance of the default rule base, built from the executable model compiled at build time.
   * It is read directly, not through a KieContainer, so that no .drl file elsewhere on the class path
   * (a fat jar holds many) is picked up and compiled.
   */
  public static KieBase defaults() {
    // Immutable: sessions of a rule base that cannot change skip its locks and its list of sessions.
    return KieBaseBuilder.createKieBaseFromModel(models(), KieBaseMutabilityOption.DISABLED);
  }

  /**
   * The names of the default rules, as the executable model compiled from their files lists them: what
   * an added rule's name is checked against, without building a rule base.
   */
  public static Set<String> defaultNames() {
    return Defaults.NAMES;
  }

  /** The key of a default rule's former name: {@code @formerly("the name it had")}. */
  static final String FORMERLY = "formerly";

  /**
   * The former names of renamed default rules ({@code @formerly("...")} in their .drl), each with the
   * rule's name now: an added rule or a disabled name under a former name no longer meets its rule, and
   * the author is told the name to use.
   */
  public static Map<String, String> renamedDefaults() {
    return Defaults.RENAMED;
  }

  /** What to tell an author who used {@code name}: "", or that it is a default rule's former name and the rule's name now. */
  private static String formerNameOf(String name) {
    String now = Defaults.RENAMED.get(name);
    return now == null ? "" : "; \"" + name + "\" is the former name of the default rule now named \"" + now + "\"";
  }

  /**
   * The executable model of the default rules, its rules in the order of {@link #RULE_ORDER}: loaded
   * once, since a model only describes the rules; each rule base is built from it anew.
   */
  static List<Model> models() {
    return Defaults.MODELS;
  }

  /** The default rules' model and names, loaded on first use. */
  private static final class Defaults {
    static final List<Model> MODELS = load();
    static final Set<String> NAMES = names();
    static final Map<String, String> RENAMED = renamed();

    private static Map<String, String> renamed() {
      Map<String, String> renamed = new LinkedHashMap<>();
      for (Model model : MODELS) {
        for (org.drools.model.Rule rule : model.getRules()) {
          Object former = rule.getMetaData().get(FORMERLY);
          if (former != null) {
            renamed.put(unquoted(former.toString()), rule.getName());
          }
        }
      }
      return Collections.unmodifiableMap(renamed);
    }

    /** A metadata value as written, without the quotes around it. */
    private static String unquoted(String value) {
      return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static Set<String> names() {
      Set<String> names = new LinkedHashSet<>();
      for (Model model : MODELS) {
        model.getRules().forEach(rule -> names.add(rule.getName()));
      }
      return Collections.unmodifiableSet(names);
    }
  }

  private static List<Model> load() {
    List<String> order = lines(RULE_ORDER, "the build of psp-rules writes it");
    Map<String, Integer> place = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      place.putIfAbsent(order.get(i), i);
    }
    // Drools fires the rules of one stage and salience in the order they were loaded; kie-maven-plugin
    // lists them in an order that changes from one build to the next.
    Comparator<org.drools.model.Rule> inFileOrder = Comparator.comparingInt(rule -> place.get(rule.getName()));
    List<Model> models = new ArrayList<>();
    for (String line : lines(MODEL_INDEX, "psp-rules was not built with kie-maven-plugin, or a fat jar left it out")) {
      if (line.startsWith("Drools-Model-Version:")) {
        continue;
      }
      Model model;
      try {
        model = (Model) Class.forName(line, true, RuleBases.class.getClassLoader()).getConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot load the executable model class " + line, e);
      }
      models.add(model);
    }
    checkOrder(order, models);
    return models.stream().<Model>map(model -> new Reordered(model, model.getRules().stream().sorted(inFileOrder).toList()))
        .toList();
  }

  /**
   * Checks that {@code order}, as the build read it from the .drl files, names each compiled rule of
   * {@code models} once, and nothing else: the compiled rules are the one list of rules, and the order
   * only orders them.
   *
   * @throws IllegalStateException naming the rules the two do not share, or those named twice
   */
  static void checkOrder(List<String> order, List<Model> models) {
    Set<String> compiled = new TreeSet<>();
    models.forEach(model -> model.getRules().forEach(rule -> compiled.add(rule.getName())));
    Set<String> twice = new TreeSet<>();
    Set<String> ordered = new TreeSet<>();
    order.forEach(name -> {
      if (!ordered.add(name)) {
        twice.add(name);
      }
    });
    Set<String> notOrdered = new TreeSet<>(compiled);
    notOrdered.removeAll(ordered);
    Set<String> notCompiled = new TreeSet<>(ordered);
    notCompiled.removeAll(compiled);
    if (!notOrdered.isEmpty() || !notCompiled.isEmpty() || !twice.isEmpty()) {
      throw new IllegalStateException(RULE_ORDER + ", which the build reads from the lines of the default .drl files that "
          + "start with rule \"NAME\", does not match the compiled rules: "
          + (notOrdered.isEmpty() ? "" : "it misses " + notOrdered + " (write each rule as rule \"NAME\" at the start "
          + "of a line); ") + (notCompiled.isEmpty() ? "" : "no compiled rule is named " + notCompiled + "; ")
          + (twice.isEmpty() ? "" : "it names " + twice + " twice; ") + "rebuild psp-rules");
    }
  }

  /** The lines of the class path resource {@code name} that are not blank, stripped. */
  private static List<String> lines(String name, String ifMissing) {
    try (InputStream in = RuleBases.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path: " + ifMissing);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
          .map(String::strip).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** {@code model} with its rules in another order. */
  private record Reordered(Model model, List<org.drools.model.Rule> rules) implements Model {
    @Override
    public String getName() {
      return model.getName();
    }

    @Override
    public String getPackageName() {
      return model.getPackageName();
    }

    @Override
    @SuppressWarnings("rawtypes") // as Drools' Model declares it
    public List<Global> getGlobals() {
      return model.getGlobals();
    }

    @Override
    public List<org.drools.model.Rule> getRules() {
      return rules;
    }

    @Override
    public List<Query> getQueries() {
      return model.getQueries();
    }

    @Override
    public List<TypeMetaData> getTypeMetaDatas() {
      return model.getTypeMetaDatas();
    }

    @Override
    public List<EntryPoint> getEntryPoints() {
      return model.getEntryPoints();
    }
  }

  /**
   * The default rule base with the rules of {@code added} (each replacing a default rule of the same
   * name) and without the rules named in {@code disabled}, default or added.
   *
   * @param problems receives a problem, where the name was given, for every disabled name that names
   *     no rule, with the nearest names
   */
  public static KieBase withChanges(Collection<KiePackage> added, Collection<DisabledRule> disabled,
      List<Problem> problems) {
    KieBase base = KieBaseBuilder.createKieBaseFromModel(models());
    Set<String> addedNames = new LinkedHashSet<>();
    added.forEach(p -> p.getRules().forEach(r -> addedNames.add(r.getName())));
    Set<String> known = new LinkedHashSet<>();
    base.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> known.add(rule.getName())));
    known.addAll(addedNames);
    Set<String> disabledNames = new LinkedHashSet<>();
    for (DisabledRule rule : disabled) {
      if (known.contains(rule.name())) {
        disabledNames.add(rule.name());
      } else {
        String former = formerNameOf(rule.name());
        problems.add(Problem.inFile(rule.file(), rule.line(), rule.line() > 0 ? 1 : 0, "no rule is named \"" + rule.name() + "\""
            + (former.isEmpty() ? Spelling.didYouMeanRule(rule.name(), known) : former)));
      }
    }
    for (KiePackage pkg : new ArrayList<>(base.getKiePackages())) {
      for (Rule rule : new ArrayList<>(pkg.getRules())) {
        if (disabledNames.contains(rule.getName()) || addedNames.contains(rule.getName())) {
          base.removeRule(pkg.getName(), rule.getName());
        }
      }
    }
    ((InternalKnowledgeBase) base).addPackages(added);
    for (KiePackage pkg : new ArrayList<>(base.getKiePackages())) {
      for (Rule rule : new ArrayList<>(pkg.getRules())) {
        if (disabledNames.contains(rule.getName()) && addedNames.contains(rule.getName())) {
          base.removeRule(pkg.getName(), rule.getName());
        }
      }
    }
    return base;
  }
}
