package org.psp.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.psp.rules.RuleProblem;

/** Makes rule bases: the default one, pre-compiled at build time, and the default one with changes. */
public final class RuleBases {

  private RuleBases() {}

  /** Lists the classes of the executable model that kie-maven-plugin generated from the default rules. */
  static final String MODEL_INDEX = "META-INF/kie/org.psp/psp-rules/drools-model";

  /**
   * A new instance of the default rule base, built from the executable model compiled at build time.
   * It is read directly, not through a KieContainer, so that no .drl file elsewhere on the class path
   * (a fat jar holds many) is picked up and compiled.
   */
  public static KieBase defaults() {
    return KieBaseBuilder.createKieBaseFromModel(models());
  }

  /**
   * The names of the default rules, from the executable model's classes: what an added rule's name is
   * checked against, without parsing the default .drl files as the catalog does.
   */
  public static Set<String> defaultNames() {
    return DefaultNames.NAMES;
  }

  private static final class DefaultNames {
    static final Set<String> NAMES = names();

    private static Set<String> names() {
      Set<String> names = new LinkedHashSet<>();
      for (Model model : models()) {
        model.getRules().forEach(rule -> names.add(rule.getName()));
      }
      return Collections.unmodifiableSet(names);
    }
  }

  private static List<Model> models() {
    List<String> classNames = new ArrayList<>();
    try (InputStream in = RuleBases.class.getClassLoader().getResourceAsStream(MODEL_INDEX)) {
      if (in == null) {
        throw new IllegalStateException(MODEL_INDEX + " is missing from the class path: psp-rules was not built "
            + "with kie-maven-plugin, or a fat jar left it out");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (!line.isBlank() && !line.startsWith("Drools-Model-Version:")) {
          classNames.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL_INDEX, e);
    }
    List<Model> models = new ArrayList<>();
    for (String className : classNames) {
      try {
        models.add((Model) Class.forName(className, true, RuleBases.class.getClassLoader()).getConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot load the executable model class " + className, e);
      }
    }
    return models;
  }

  /**
   * The default rule base with the rules of {@code added} (each replacing a default rule of the same
   * name) and without the rules named in {@code disabled}, default or added.
   *
   * @param problems receives a problem, where the name was given, for every disabled name that names
   *     no rule, with the nearest names
   */
  public static KieBase withChanges(Collection<KiePackage> added, Collection<RuleCompiler.DisabledRule> disabled,
      List<RuleProblem> problems) {
    KieBase base = defaults();
    Set<String> addedNames = new LinkedHashSet<>();
    added.forEach(p -> p.getRules().forEach(r -> addedNames.add(r.getName())));
    Set<String> known = new LinkedHashSet<>(defaultNames());
    known.addAll(addedNames);
    Set<String> disabledNames = new LinkedHashSet<>();
    for (RuleCompiler.DisabledRule rule : disabled) {
      if (known.contains(rule.name())) {
        disabledNames.add(rule.name());
      } else {
        problems.add(new RuleProblem(rule.file(), rule.line(), 0, "no rule is named \"" + rule.name() + "\""
            + Spelling.didYouMean(rule.name(), known)));
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
