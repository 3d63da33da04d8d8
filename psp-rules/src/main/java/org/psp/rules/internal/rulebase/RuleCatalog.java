package org.psp.rules.internal.rulebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.psp.model.Problem;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.catalog.Stage;

/**
 * Every rule in force in one rule base, by name, as the compiled rule base lists them: the default
 * rules less the disabled and replaced ones, and the added ones. What a rule proposes and reads comes
 * from its compiled metadata ({@link RuleMetadata}: {@code @proposes(...)}, {@code @reads(...)}); its
 * file and line, which a compiled rule does not keep, from the text of its .drl file ({@link
 * DrlOutline}). Immutable.
 */
public final class RuleCatalog {
  /** Where the default policy's .drl files are on the class path. */
  static final String DEFAULT_POLICY = "org/psp/rules/policy/";

  /** Lists the names of the default policy's .drl files, one a line, in name order; the build writes it. */
  static final String POLICY_FILES = "META-INF/psp-rules/default-policy-files.txt";

  private final Map<String, RuleInfo> rules;

  private RuleCatalog(Map<String, RuleInfo> rules) {
    this.rules = rules;
  }

  /** The default rules, of a default rule base of their own, made on first use. */
  public static RuleCatalog defaults() {
    return DefaultCatalog.CATALOG;
  }

  /** The default rules' catalog, apart from their outlines so that an advisor's catalog does not make it. */
  private static final class DefaultCatalog {
    static final RuleCatalog CATALOG = of(RuleBases.defaults(), List.of());
  }

  /**
   * The rules of {@code ruleBase}: those of {@code added} (as {@link DrlOutline} read their files) are
   * listed as added, the others as default rules, at the places their files give.
   *
   * @throws IllegalStateException if a rule of the rule base is in none of those files
   */
  public static RuleCatalog of(KieBase ruleBase, Collection<RuleInfo> added) {
    Map<String, RuleInfo> outlines = new LinkedHashMap<>();
    added.forEach(r -> outlines.putIfAbsent(r.name(), r));
    List<RuleInfo> rules = new ArrayList<>();
    for (KiePackage pkg : ruleBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        RuleInfo outline = outlines.get(rule.getName());
        if (outline == null) {
          outline = Defaults.OUTLINES.get(rule.getName());
        }
        if (outline == null) {
          throw new IllegalStateException("rule \"" + rule.getName() + "\" of package " + pkg.getName()
              + " is in the rule base but in none of its .drl files, the default policy's (" + DEFAULT_POLICY
              + ") or the added ones");
        }
        rules.add(entry(rule, outline));
      }
    }
    return new RuleCatalog(sorted(rules));
  }

  /**
   * The catalog's entry of the compiled {@code rule}: its stage and metadata from the compiled rule,
   * its file and line from {@code outline}; what the outline read from the text stands in for metadata
   * the rule does not have (a rule author's rule written before it, which compiling warned of).
   */
  private static RuleInfo entry(Rule rule, RuleInfo outline) {
    RuleMetadata metadata = RuleMetadata.of(rule);
    String group = ((RuleImpl) rule).getAgendaGroup();
    Stage stage = Stage.named(group).orElse(outline.stage());
    return new RuleInfo(rule.getName(), outline.file(), outline.line(), stage,
        metadata.proposes().orElse(outline.strategies()), metadata.reads().orElse(outline.settings()), outline.origin());
  }

  /** Every rule, default ones first, each group in file and line order. */
  public List<RuleInfo> all() {
    return List.copyOf(rules.values());
  }

  /** The rule named {@code name}, if it is in force. */
  public Optional<RuleInfo> rule(String name) {
    return Optional.ofNullable(rules.get(name));
  }

  private static Map<String, RuleInfo> sorted(Collection<RuleInfo> rules) {
    Map<String, RuleInfo> byName = new LinkedHashMap<>();
    rules.stream()
        .sorted(Comparator.comparing(RuleInfo::origin).thenComparing(RuleInfo::file).thenComparingInt(RuleInfo::line))
        .forEach(r -> byName.put(r.name(), r));
    return byName;
  }

  /**
   * The text of each of the default policy's .drl files, in name order, read once on first use. It
   * does not outline them: the data-gap probe reads these texts for every advisor, the outlines only
   * the commands that list rules or say where one is.
   */
  public static List<String> defaultTexts() {
    return PolicyFiles.TEXTS;
  }

  /** The default rules' places in their files, read once on first use. */
  private static final class Defaults {
    static final Map<String, RuleInfo> OUTLINES = read();

    /**
     * The default rules as their files outline them, by name. A problem in them (a warning too: a
     * default rule whose metadata is missing, say) is a bug of the library, which a test keeps out.
     */
    private static Map<String, RuleInfo> read() {
      Map<String, RuleInfo> rules = new LinkedHashMap<>();
      List<Problem> problems = new ArrayList<>();
      List<String> texts = PolicyFiles.TEXTS;
      for (int i = 0; i < texts.size(); i++) {
        String file = PolicyFiles.NAMES.get(i);
        DrlOutline.rules(file, texts.get(i), RuleInfo.Origin.DEFAULT, problems).forEach(r -> rules.put(r.name(), r));
      }
      if (!problems.isEmpty() || rules.isEmpty()) {
        throw new IllegalStateException("the default policy's rules cannot be outlined: " + (rules.isEmpty()
            ? "no rule in " + DEFAULT_POLICY : problems));
      }
      return Map.copyOf(rules);
    }
  }

  /** The default policy's .drl files: their names and texts, read once on first use. */
  private static final class PolicyFiles {
    static final List<String> NAMES = policyFiles();
    static final List<String> TEXTS = NAMES.stream().map(PolicyFiles::resource).toList();

    /**
     * The default policy's .drl files, as class path resources, in name order: the build lists them in
     * {@code POLICY_FILES} (psp-rules/pom.xml), since finding them in a jar means listing every entry
     * of it, some 15,000 in psp.jar.
     */
    private static List<String> policyFiles() {
      return resource(POLICY_FILES).lines().filter(name -> !name.isBlank()).map(name -> DEFAULT_POLICY + name).toList();
    }

    static String resource(String name) {
      try (InputStream in = RuleCatalog.class.getClassLoader().getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(name + " is missing from the class path");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
  }
}
