package org.psp.rules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.psp.rules.RuleProblem;

/**
 * Checks that a rule never matches facts of two sites. The engine advises many sites in one session,
 * so a rule that matches two facts about sites ({@code Assessment}, {@code Criterion}, {@code
 * Eligible}, {@code Proposal}, {@code Caution}) must tie them to the same site: {@code
 * Proposal( assessment == $a )} where {@code $a : Assessment()}, or {@code Assessment( this ==
 * $r.assessment )} where {@code $r : Proposal()}. Without the tie, {@code not Proposal( strategy ==
 * X )} would look at every site of the session, and a join would pair one site's proposal with
 * another site's figures: wrong advice, silently. This check makes it an error at the pattern's line.
 */
public final class SiteTies {

  private static final Pattern BINDING = Pattern.compile("^(\\$?\\w+)\\s*:\\s*assessment$");
  private static final Pattern EQUALITY = Pattern.compile("^(.+?)\\s*==\\s*(.+)$");

  private SiteTies() {}

  /** The problems of the rules in {@code drl}, the text of {@code file}; none if it does not parse. */
  public static List<RuleProblem> check(String file, String drl) {
    PackageDescr parsed;
    DrlParser parser = new DrlParser();
    try {
      parsed = parser.parse(false, drl);
    } catch (DroolsParserException e) {
      return List.of();
    }
    if (parser.hasErrors() || parsed == null) {
      // The compiler reports those.
      return List.of();
    }
    List<RuleProblem> problems = new ArrayList<>();
    for (RuleDescr rule : parsed.getRules()) {
      problems.addAll(check(file, rule));
    }
    return problems;
  }

  private static List<RuleProblem> check(String file, RuleDescr rule) {
    List<PatternDescr> patterns = new ArrayList<>();
    collect(rule.getLhs(), patterns);
    List<SitePattern> sites = new ArrayList<>();
    for (PatternDescr pattern : patterns) {
      String type = simpleName(pattern.getObjectType());
      if (SiteFacts.SIMPLE_NAMES.contains(type)) {
        sites.add(new SitePattern(pattern, type));
      }
    }
    if (sites.size() < 2) {
      return List.of();
    }
    // Union of the patterns tied to one another, starting from the first.
    Set<SitePattern> tied = new HashSet<>();
    tied.add(sites.get(0));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (SitePattern a : sites) {
        if (tied.contains(a)) {
          continue;
        }
        for (SitePattern b : tied) {
          if (a.tiedTo(b) || b.tiedTo(a)) {
            tied.add(a);
            grew = true;
            break;
          }
        }
      }
    }
    List<RuleProblem> problems = new ArrayList<>();
    String anchor = sites.get(0).type;
    for (SitePattern site : sites) {
      if (!tied.contains(site)) {
        PatternDescr pattern = site.pattern;
        String hint = !site.type.equals("Assessment")
            ? site.type + "( assessment == $a, ... ) where $a : Assessment( ... )"
            : anchor.equals("Assessment")
                ? "Assessment( this == $a, ... ) where $a is the other Assessment"
                : "bind it, $a : Assessment( ... ), and tie the rule's " + anchor + " to it: " + anchor + "( assessment == $a, ... )";
        problems.add(new RuleProblem(file, pattern.getLine(), pattern.getColumn() + 1, site.type + " in rule \""
            + rule.getName() + "\" is not tied to the site of the rule's other facts; the engine advises many sites"
            + " in one session, so tie it: " + hint));
      }
    }
    return problems;
  }

  /** The patterns of {@code descr}, nested ones (in not, exists, or, forall, accumulate, collect) too. */
  private static void collect(BaseDescr descr, List<PatternDescr> patterns) {
    if (descr instanceof PatternDescr pattern) {
      patterns.add(pattern);
      if (pattern.getSource() instanceof AccumulateDescr accumulate) {
        collect(accumulate.getInput(), patterns);
      } else if (pattern.getSource() instanceof CollectDescr collect) {
        collect(collect.getInputPattern(), patterns);
      }
    } else if (descr instanceof ForallDescr forall) {
      forall.getDescrs().forEach(d -> collect(d, patterns));
    } else if (descr instanceof ConditionalElementDescr element) {
      element.getDescrs().forEach(d -> collect(d, patterns));
    }
  }

  private static String simpleName(String type) {
    return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
  }

  private static String compact(String expression) {
    return expression.replaceAll("\\s+", "");
  }

  /** A pattern on a fact about a site: the names of its site and the sites it is tied to. */
  private static final class SitePattern {
    private final PatternDescr pattern;
    private final String type;
    /** Expressions that denote this pattern's assessment, e.g. "$a" or "$r.assessment". */
    private final Set<String> names = new HashSet<>();
    /** Expressions this pattern's site is said to equal, e.g. "$a" in assessment == $a. */
    private final Set<String> ties = new HashSet<>();

    SitePattern(PatternDescr pattern, String type) {
      this.pattern = pattern;
      this.type = type;
      String identifier = pattern.getIdentifier();
      boolean assessment = type.equals("Assessment");
      if (identifier != null) {
        names.add(assessment ? identifier : identifier + ".assessment");
        if (!assessment) {
          names.add(identifier + ".getAssessment()");
        }
      }
      String self = assessment ? "this" : "assessment";
      for (BaseDescr constraint : pattern.getDescrs()) {
        if (!(constraint instanceof ExprConstraintDescr expression)) {
          continue;
        }
        String text = compact(expression.getExpression());
        Matcher binding = BINDING.matcher(text);
        if (!assessment && binding.matches()) {
          names.add(binding.group(1));
        }
        Matcher equality = EQUALITY.matcher(text);
        if (equality.matches()) {
          if (equality.group(1).equals(self)) {
            ties.add(equality.group(2));
          } else if (equality.group(2).equals(self)) {
            ties.add(equality.group(1));
          }
        }
      }
    }

    boolean tiedTo(SitePattern other) {
      for (String tie : ties) {
        if (other.names.contains(tie)) {
          return true;
        }
      }
      return false;
    }
  }
}
