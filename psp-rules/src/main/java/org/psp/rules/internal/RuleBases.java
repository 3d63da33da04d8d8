package org.psp.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.psp.rules.RuleProblem;

/** Makes rule bases: the default one, pre-compiled at build time, and the default one with changes. */
public final class RuleBases {

  /** The name of the default rule base in META-INF/kmodule.xml. */
  public static final String DEFAULT_RULE_BASE = "psp-default";

  private RuleBases() {}

  private static KieContainer container() {
    KieServices services = KieServices.Factory.get();
    if (services == null) {
      throw new IllegalStateException("Drools is not on the class path: KieServices.Factory.get() returned null "
          + "(in a fat jar, every META-INF/kie.conf must be merged)");
    }
    return services.getKieClasspathContainer(RuleBases.class.getClassLoader());
  }

  /** A new instance of the default rule base, loaded from the executable model compiled at build time. */
  public static KieBase defaults() {
    KieContainer container = container();
    return container.newKieBase(DEFAULT_RULE_BASE, KieServices.Factory.get().newKieBaseConfiguration());
  }

  /**
   * The default rule base with the rules of {@code added} (each replacing a default rule of the same
   * name) and without the rules named in {@code disabled}.
   *
   * @param problems receives a problem for every disabled name that names no rule
   */
  public static KieBase withChanges(Collection<KiePackage> added, Collection<String> disabled, List<RuleProblem> problems) {
    KieBase base = defaults();
    Set<String> replaced = new LinkedHashSet<>();
    added.forEach(p -> p.getRules().forEach(r -> replaced.add(r.getName())));
    Set<String> unknown = new LinkedHashSet<>(disabled);
    for (KiePackage pkg : new ArrayList<>(base.getKiePackages())) {
      for (Rule rule : new ArrayList<>(pkg.getRules())) {
        boolean isDisabled = disabled.contains(rule.getName());
        if (isDisabled) {
          unknown.remove(rule.getName());
        }
        if (isDisabled || replaced.contains(rule.getName())) {
          base.removeRule(pkg.getName(), rule.getName());
        }
      }
    }
    unknown.forEach(name -> problems.add(new RuleProblem("(disabled rules)", 0, 0,
        "no default rule is named \"" + name + "\"")));
    ((InternalKnowledgeBase) base).addPackages(added);
    return base;
  }
}
