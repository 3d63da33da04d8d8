package org.psp.rules.internal.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.psp.model.Problem;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.facts.Assessment;
import org.psp.rules.internal.engine.SessionRunner;
import org.psp.rules.settings.PolicySettings;

/**
 * Finds the patterns of added rules that no fact of a session can match: a session holds the site's
 * {@link Assessment}, the {@link PolicySettings} and what rules insert (the facts of {@code
 * org.psp.rules.facts}, and what authors' consequences insert), so a rule that waits for a {@code
 * Site( ... )} in working memory never fires, and the compiler takes it without a word. A pattern
 * that reads from something ({@code Partner( ) from $a.site.partners}) is not working memory's and
 * is fine.
 */
final class UnmatchablePatterns {
  /**
   * An object an added rule makes, {@code new Foo( ... )}, which it may insert (directly or through a
   * variable): a pattern on its class is not reported.
   */
  private static final Pattern MADE = Pattern.compile("\\bnew\\s+(?:[\\w$]+\\.)*([\\w$]+)\\s*\\(");

  private UnmatchablePatterns() {}

  /**
   * A warning at each pattern of the rules of {@code packages} whose type no fact in a session has;
   * {@code sources} are the added files' texts by file name, {@code rules} the catalog's rules of them.
   */
  static List<Problem> warnings(Collection<KiePackage> packages, Map<String, String> sources, List<RuleInfo> rules) {
    Set<String> made = new HashSet<>();
    sources.values().forEach(text -> {
      Matcher making = MADE.matcher(text);
      while (making.find()) {
        made.add(making.group(1));
      }
    });
    Map<String, RuleInfo> byName = new HashMap<>();
    rules.forEach(rule -> byName.putIfAbsent(rule.name(), rule));
    List<Problem> warnings = new ArrayList<>();
    for (KiePackage pkg : packages) {
      for (Rule rule : pkg.getRules()) {
        RuleInfo info = byName.get(rule.getName());
        if (info == null) {
          continue;
        }
        Set<Class<?>> said = new HashSet<>();
        for (Class<?> type : workingMemoryTypes(((RuleImpl) rule).getLhs())) {
          if (!canBeInSession(type, made) && said.add(type)) {
            warnings.add(warning(info, sources.get(info.file()), type));
          }
        }
      }
    }
    return warnings;
  }

  /** The classes of the patterns under {@code element} that match facts in working memory. */
  private static List<Class<?>> workingMemoryTypes(RuleConditionElement element) {
    List<Class<?>> types = new ArrayList<>();
    if (element instanceof org.drools.base.rule.Pattern pattern) {
      if ((pattern.getSource() == null || pattern.getSource() instanceof EntryPointId)
          && pattern.getObjectType() instanceof ClassObjectType type) {
        types.add(type.getClassType());
      }
      if (pattern.getSource() != null && !(pattern.getSource() instanceof EntryPointId)) {
        types.addAll(workingMemoryTypes(pattern.getSource())); // an accumulate's own patterns read working memory
      }
      return types;
    }
    for (RuleConditionElement nested : element.getNestedElements()) {
      types.addAll(workingMemoryTypes(nested));
    }
    return types;
  }

  /**
   * Whether a fact of a session can be a {@code type}: the assessment, the settings, a fact of
   * org.psp.rules.facts, a class an added rule makes, or a type of Java's own (Object, Number...),
   * which the rule may mean for anything.
   */
  private static boolean canBeInSession(Class<?> type, Set<String> made) {
    return SessionRunner.STARTING_FACTS.stream().anyMatch(type::isAssignableFrom)
        || type.getPackageName().equals(Assessment.class.getPackageName()) || type.getPackageName().startsWith("java.")
        || made.contains(type.getSimpleName());
  }

  private static Problem warning(RuleInfo rule, String text, Class<?> type) {
    String name = type.getSimpleName();
    int line = rule.line();
    int column = 1;
    if (text != null) {
      String[] lines = text.split("\\R", -1);
      Pattern pattern = Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "\\s*\\(");
      for (int i = Math.max(rule.line(), 1) - 1; i < lines.length; i++) {
        Matcher at = pattern.matcher(lines[i]);
        if (at.find()) {
          line = i + 1;
          column = at.start() + 1;
          break;
        }
        if (i >= rule.line() && lines[i].strip().equals("then")) {
          break;
        }
      }
    }
    return Problem.warningInFile(rule.file(), line, column, "rule \"" + rule.name() + "\" waits for a " + name + " fact, "
        + "which no session holds, so it never fires: a session holds the site's Assessment, the settings and the facts "
        + "rules insert; reach the rest from the assessment, as in Assessment( site.population > 100000 ) or "
        + "Partner( ) from $a.site.partners");
  }
}
