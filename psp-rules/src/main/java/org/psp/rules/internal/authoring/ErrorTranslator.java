package org.psp.rules.internal.authoring;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.psp.model.Problem;
import org.psp.rules.internal.rulebase.BoundVariables;
import org.psp.rules.internal.rulebase.FactTypes;
import org.psp.rules.internal.spelling.Spelling;

/**
 * Turns the Drools compiler's errors into problems a rule author can act on: the author's file, the
 * line and column of the offending word, and a plain message without the compiler's internals.
 */
final class ErrorTranslator {

  private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ ");
  /** The parser's words for a word it cannot read on from, and for one it did not expect. */
  private static final Pattern NO_VIABLE_ALTERNATIVE = Pattern.compile("no viable alternative at input '(.*)' in rule \"(.*)\"");
  private static final Pattern MISMATCHED_INPUT = Pattern.compile("mismatched input '(.*)' in rule \"(.*)\"");
  private static final Pattern UNKNOWN_FIELD =
      Pattern.compile("unable to resolve method using strict-mode: ((?:[\\w$]+\\.)*([\\w$]+))\\.(\\w+)\\(([^)]*)\\)");
  /** The compiler's echo of a condition it could not analyse, beside the reason it could not. */
  private static final Pattern UNABLE_TO_ANALYZE = Pattern.compile("^Unable to analyze expression '(.*)'$");
  /** The project's own message about an unknown field or method, up to its name and type. */
  private static final Pattern UNKNOWN_FIELD_SAID =
      Pattern.compile("^(?:unknown (?:field|method) \"\\w+\" of [\\w$]+|method \"\\w+\" of [\\w$]+ takes )");
  private static final Pattern IMPORT_LINE = Pattern.compile("(?m)^\\s*import\\s+([\\w.$]+(?:\\.\\*)?)\\s*;?\\s*$");
  /** The classic compiler's word on a part of a pattern that is no condition: "1,000" falls in "1" and "000". */
  private static final Pattern NOT_A_CONDITION = Pattern.compile("^Predicate '(.*?)' must be a Boolean expression");
  private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
  private static final Pattern JAVA_UNKNOWN_NAME = Pattern.compile("^([\\w.$]+) cannot be resolved(?: to a \\w+| or is not a field)?");
  private static final Pattern JAVA_UNKNOWN_METHOD = Pattern.compile("^The method (\\w+)\\(.*?\\) is undefined for the type (\\w+)");
  /** A method called with arguments it does not take: {@code $r.score( "need", "1", ... )}. */
  private static final Pattern JAVA_INAPPLICABLE_METHOD =
      Pattern.compile("^The method (\\w+)\\(.*?\\) in the type (\\w+) is not applicable for the arguments");
  /** Said beside a call of {@code score} that does not compile: what a proposal's {@code score} takes. */
  private static final String SCORE_HINT = " (points are given to a proposal: $r.score( \"factor\", POINTS, GROUNDS ), where"
      + " $r is bound to a Proposal, the factor is in quotes, POINTS is a number, and GROUNDS are made with Because, or are"
      + " a text of your own in quotes)";
  /**
   * A call that fits more than one form of a method or constructor: {@code $r.score( "need", 1, null )},
   * where null could be grounds or a text of one's own.
   */
  private static final Pattern JAVA_AMBIGUOUS =
      Pattern.compile("^The (?:method (\\w+)\\(.*?\\) is ambiguous for the type (\\w+)|constructor (\\w+)\\(.*?\\) is ambiguous)");
  private static final Pattern GENERATED_RULE_CLASS = Pattern.compile(" for the type Rule_\\w+");
  private static final Pattern JAVA_UNKNOWN_CONSTRUCTOR = Pattern.compile("^The constructor (\\w+)\\(.*?\\) is undefined");
  /** Said beside a wrong constructor or factory of a fact about a site: each takes the site's assessment (or proposal) first. */
  private static final String SITE_FACT_HINT = " (facts about a site take its assessment first: new Proposal( $a, Strategy.X,"
      + " Because.condition( $a, Condition.Y ) ), Criterion.met( $a, \"name\", Because.commitment( $a ) ), new Eligible( $a );"
      + " refinements take the proposal first: new Strengthen( $r, GROUNDS ), new Caution( $r, GROUNDS ), new RankScore( $r,"
      + " \"need\", 0.5, GROUNDS ), new RankWithin( $r, \"outcome\", 1, GROUNDS ); GROUNDS are made with Because, or are a"
      + " text of your own in quotes, but for a criterion's)";
  /** Said beside a criterion given a text for its grounds: the name and the reason, both in quotes, could be swapped unseen. */
  private static final String CRITERION_HINT = " (a criterion's grounds are made with Because, your own words too: Criterion.met("
      + " $a, \"name\", Because.words( \"your reason\" ) ))";
  /** The facts that {@link #SITE_FACT_HINT} is about. */
  private static final Set<String> SITE_FACTS = Set.of("Criterion", "Eligible", "Proposal", "Caution", "Strengthen", "RankScore",
      "RankWithin");
  private static final Pattern IMPORT = Pattern.compile("Error importing : '([\\w.$]+)'");
  private static final Pattern IMPORT_ECHO = Pattern.compile("Only a type can be imported\\. ([\\w.$]+) resolves to a package");
  private static final String RULE_COMPILATION = "Rule Compilation error";
  private static final String NULL_PACKAGE = "Parser returned a null Package";

  private ErrorTranslator() {}

  static List<Problem> translate(KnowledgeBuilderError error, Map<String, String> sources) {
    String file = error.getResource() != null && error.getResource().getSourcePath() != null
        ? error.getResource().getSourcePath() : "(unknown file)";
    String text = sources.getOrDefault(file, "");
    int[] lines = error.getLines();
    int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
    String message = error.getMessage() == null ? error.toString() : error.getMessage().strip();

    if (error instanceof ParserError parserError) {
      return List.of(Problem.inFile(file, line, parserError.getCol() + 1,
          parserWords(PARSER_PREFIX.matcher(message).replaceFirst(""))));
    }
    Matcher field = UNKNOWN_FIELD.matcher(message);
    if (field.find()) {
      String name = field.group(3);
      boolean isMethod = !field.group(4).isEmpty();
      String in = firstLineOf(message).replaceFirst("^Unable to Analyse Expression ", " in: ");
      List<String> takes = isMethod ? parameterLists(field.group(1), name) : List.of();
      if (!takes.isEmpty()) {
        // The method is there; the arguments are not what it takes: hasCondition( "LOW_TRUST" ).
        return List.of(at(file, text, line, name, "method \"" + name + "\" of " + field.group(2) + " takes "
            + String.join(" or ", takes) + ", not (" + simpleNames(field.group(4)) + ")," + in));
      }
      String near = Spelling.didYouMean(name, members(field.group(1), isMethod));
      Class<?> type = near.isEmpty() && !isMethod ? load(field.group(1)) : null;
      if (type != null && type.isEnum()) {
        near = "; " + field.group(2) + "'s values are " + String.join(", ", FactTypes.constants(type));
      }
      return List.of(at(file, text, line, name, "unknown " + (isMethod ? "method" : "field") + " \"" + name + "\" of "
          + field.group(2) + in + near));
    }
    Matcher type = UNKNOWN_TYPE.matcher(message);
    if (type.find()) {
      String name = type.group(1);
      String missing = missingImport(text, name);
      return List.of(at(file, text, line, name, "unknown fact type \"" + name + "\"" + (missing.isEmpty()
          ? " (misspelt, or is an import missing?)" : missing)));
    }
    Matcher imported = IMPORT.matcher(message);
    if (imported.find()) {
      String name = imported.group(1);
      int[] position = find(text, 1, "import " + name);
      String said = "cannot import \"" + name + "\": no such class" + elsewhere(name);
      return List.of(position == null
          ? Problem.inFile(file, line, line > 0 ? 1 : 0, said)
          : Problem.inFile(file, position[0], position[1] + "import ".length(), said));
    }
    if (message.startsWith(RULE_COMPILATION)) {
      return consequenceProblems(file, text, line, message.substring(RULE_COMPILATION.length()).strip());
    }
    Matcher notACondition = NOT_A_CONDITION.matcher(message);
    if (notACondition.find()) {
      String part = notACondition.group(1);
      return List.of(at(file, text, line, part, "\"" + part + "\" is not a condition" + (part.matches("\\d+")
          ? ": a comma separates conditions, so a number written with a thousands separator (1,000) falls in two; write "
              + "1000" : " (a condition holds or not, as population > 1000 does)")));
    }
    return List.of(Problem.inFile(file, line, line > 0 ? 1 : 0, message));
  }

  /**
   * The parser's complaint in plain words, with what usually causes it: "mismatched input 'then'" is
   * a condition left open, "no viable alternative at input '>='" a word missing before it.
   */
  private static String parserWords(String said) {
    Matcher noWay = NO_VIABLE_ALTERNATIVE.matcher(said);
    if (noWay.matches()) {
      return "rule \"" + noWay.group(2) + "\": \"" + noWay.group(1) + "\" cannot come here: something is missing before it "
          + "(a field name, a value) or it is out of place";
    }
    Matcher mismatched = MISMATCHED_INPUT.matcher(said);
    if (mismatched.matches()) {
      String token = mismatched.group(1);
      if (token.equals("<eof>")) {
        return "the file ends inside rule \"" + mismatched.group(2) + "\": is its \"end\" missing?";
      }
      String rule = "rule \"" + mismatched.group(2) + "\": ";
      return rule + switch (token) {
        case "then" -> "\"then\" came while a condition was still open: is a \")\" missing?";
        case "end" -> "\"end\" came before \"then\": is \"then\" missing?";
        case ")" -> "a \")\" too many, or one closing nothing";
        case "=" -> "\"=\" is not a comparison: write \"==\" (or \">=\", \"<=\", \"!=\")";
        default -> "\"" + token + "\" was not expected here";
      };
    }
    return said;
  }

  /**
   * The parameter lists of the public methods named {@code name} of the class {@code className}, as
   * "(Condition)"; empty when it has none or cannot be loaded.
   */
  private static List<String> parameterLists(String className, String name) {
    Class<?> type = load(className);
    if (type == null) {
      return List.of();
    }
    Set<String> lists = new TreeSet<>();
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getDeclaringClass() != Object.class) {
        List<String> parameters = new ArrayList<>();
        for (Class<?> parameter : method.getParameterTypes()) {
          parameters.add(parameter.getSimpleName());
        }
        lists.add("(" + String.join(", ", parameters) + ")");
      }
    }
    return List.copyOf(lists);
  }

  /** "java.lang.String, org.psp.model.Condition" as "String, Condition". */
  private static String simpleNames(String typeNames) {
    return typeNames.replaceAll("\\b(?:[a-z_][\\w]*\\.)+(?=[A-Z])", "");
  }

  /**
   * What a rule can name of the class {@code className}: its public methods when {@code methods},
   * else its public fields and constants (an enum's values) and its fields as conditions write them
   * ({@code firearmShare} for {@code getFirearmShare()}, {@code committed} for {@code isCommitted()},
   * {@code eligibilityRatio} for {@code eligibilityRatio()}). None for a class that cannot be loaded,
   * such as one a .drl declares.
   */
  private static Set<String> members(String className, boolean methods) {
    Class<?> type = load(className);
    if (type == null) {
      return Set.of();
    }
    Set<String> names = new TreeSet<>();
    if (!methods) {
      for (Field field : type.getFields()) {
        names.add(field.getName());
      }
    }
    for (Method method : type.getMethods()) {
      if (method.getDeclaringClass() == Object.class) {
        continue;
      }
      String name = method.getName();
      if (methods) {
        names.add(name);
      } else {
        FactTypes.propertyName(method).ifPresent(names::add);
      }
    }
    return names;
  }

  /** The class name written before {@code .word} in the rule at {@code ruleLine} (Strategy in Strategy.REENTRYY), or null. */
  private static String qualifierOf(String text, int ruleLine, String word) {
    String[] lines = text.split("\\R", -1);
    Pattern qualified = Pattern.compile("\\b([A-Z][\\w$]*)\\s*\\.\\s*" + Pattern.quote(word) + "(?![\\w$])");
    for (int i = Math.max(ruleLine, 1) - 1; i < lines.length; i++) {
      Matcher m = qualified.matcher(lines[i]);
      if (m.find()) {
        return m.group(1);
      }
      if (i > ruleLine && lines[i].strip().equals("end")) {
        break;
      }
    }
    return null;
  }

  /** The line of "then" in the rule at {@code ruleLine}, where its consequence starts; {@code ruleLine} if none. */
  private static int thenLine(String text, int ruleLine) {
    String[] lines = text.split("\\R", -1);
    for (int i = Math.max(ruleLine, 1) - 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.equals("then") || line.startsWith("then ")) {
        return i + 1;
      }
    }
    return ruleLine;
  }

  /**
   * Where a consequence lacks a ";": the last line of the consequence after {@code thenLine} that ends
   * a statement without one, at its end; null if every line ends as a statement should.
   */
  private static int[] lineWithoutSemicolon(String text, int thenLine) {
    String[] lines = text.split("\\R", -1);
    int[] last = null;
    for (int i = thenLine; i < lines.length && !lines[i].strip().equals("end"); i++) {
      String line = lines[i].replaceFirst("//.*$", "").stripTrailing();
      if (!line.isBlank() && !line.endsWith(";") && !line.endsWith("{") && !line.endsWith("}") && !line.endsWith(",")
          && !line.endsWith("(") && !line.endsWith("+")) {
        last = new int[] {i + 1, line.length() + 1};
      }
    }
    return last;
  }

  /**
   * "; a consequence is Java: write getNationalRatio()" when {@code property} is a property of the
   * facts rules use, which a condition names as such but Java reads with its method; "" otherwise.
   */
  private static String getterHint(String property) {
    return FactTypes.FACTS.stream().flatMap(fact -> FactTypes.accessor(fact, property).stream()).findFirst()
        .map(method -> "; a consequence is Java, which reads a fact's property with its method: write " + method.getName()
            + "()")
        .orElse("");
  }

  /** The class {@code simpleName} names in a rule: as the file imports it, or in a package rules use; null if none. */
  private static String classNamed(String text, String simpleName) {
    String imported = importedClass(text, simpleName);
    if (imported != null) {
      return imported;
    }
    for (String pkg : FactTypes.PACKAGES) {
      if (load(pkg + "." + simpleName) != null) {
        return pkg + "." + simpleName;
      }
    }
    return null;
  }

  /**
   * What to say of {@code variable}, used in the consequence of the rule at {@code ruleLine} but bound
   * by none of its conditions: the nearest of the variables the rule binds, or those it binds.
   */
  private static String unboundVariable(String text, int ruleLine, String variable) {
    String[] lines = text.split("\\R", -1);
    Set<String> bound = new LinkedHashSet<>();
    for (int i = Math.max(ruleLine, 1) - 1; i < lines.length && !lines[i].strip().equals("then"); i++) {
      BoundVariables.addTo(bound, lines[i]);
    }
    if (bound.isEmpty()) {
      return "; the rule's conditions bind no variable: bind one in a condition, as in $a : Assessment( ... )";
    }
    String near = Spelling.didYouMean(variable, bound);
    return !near.isEmpty() ? near : "; the rule's conditions bind " + String.join(", ", bound);
  }

  /**
   * "; is an import missing? import org.psp.model.Strategy;" when the file imports no class named
   * {@code simpleName} and one of the packages rules use has one; "" otherwise.
   */
  /**
   * For an import of no class: where a class of that simple name is in the packages rules import from
   * (a class that moved, e.g. {@code org.psp.rules.PolicySettings}, now {@code
   * org.psp.rules.settings.PolicySettings}), or nothing.
   */
  private static String elsewhere(String imported) {
    String simpleName = imported.substring(imported.lastIndexOf('.') + 1);
    for (String pkg : FactTypes.PACKAGES) {
      String candidate = pkg + "." + simpleName;
      if (!candidate.equals(imported) && load(candidate) != null) {
        return "; it is " + candidate + ": import " + candidate + ";";
      }
    }
    return "";
  }

  private static String missingImport(String text, String simpleName) {
    if (simpleName.isEmpty() || !Character.isUpperCase(simpleName.charAt(0)) || importedClass(text, simpleName) != null) {
      return "";
    }
    String named = classNamed(text, simpleName);
    return named == null ? "" : "; is an import missing? import " + named + ";";
  }

  /**
   * The name of the class {@code simpleName} as the file imports it, by name ({@code import
   * a.b.Strategy}) or with its package ({@code import a.b.*}), that can be loaded; null if none.
   */
  private static String importedClass(String text, String simpleName) {
    Matcher imported = IMPORT_LINE.matcher(text);
    while (imported.find()) {
      String name = imported.group(1);
      String candidate = name.endsWith(".*") ? name.substring(0, name.length() - 1) + simpleName
          : name.endsWith("." + simpleName) ? name : null;
      if (candidate != null && load(candidate) != null) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * The class named {@code name} as Java source writes it, a nested class's dots included
   * ({@code org.psp.model.Outcome.Verdict}); null if there is none.
   */
  private static Class<?> load(String name) {
    String binary = name;
    while (true) {
      try {
        return Class.forName(binary, false, ErrorTranslator.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        int dot = binary.lastIndexOf('.');
        if (dot < 0) {
          return null;
        }
        binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
      }
    }
  }

  /**
   * A problem about {@code word}: at the compiler's line, in the column of the word there; when the
   * compiler gives no line, at the first place the word stands in the file.
   */
  private static Problem at(String file, String text, int line, String word, String message) {
    if (line > 0) {
      return Problem.inFile(file, line, column(text, line, word), message);
    }
    int[] position = find(text, 1, word);
    return position == null ? Problem.inFile(file, 0, 0, message) : Problem.inFile(file, position[0], position[1], message);
  }

  /** One problem per Java error of a consequence, at the line of the word it names when found. */
  private static List<Problem> consequenceProblems(String file, String text, int ruleLine, String errors) {
    List<Problem> problems = new ArrayList<>();
    int thenLine = thenLine(text, ruleLine);
    for (String javaError : errors.split("\\R")) {
      if (javaError.isBlank()) {
        continue;
      }
      String word = null;
      String type = null;
      int[] at = null;
      Matcher name = JAVA_UNKNOWN_NAME.matcher(javaError);
      Matcher method = JAVA_UNKNOWN_METHOD.matcher(javaError);
      Matcher constructor = JAVA_UNKNOWN_CONSTRUCTOR.matcher(javaError);
      Matcher inapplicable = JAVA_INAPPLICABLE_METHOD.matcher(javaError);
      Matcher ambiguous = JAVA_AMBIGUOUS.matcher(javaError);
      String suggestion = "";
      String said = null;
      if (name.find()) {
        word = name.group(1);
        // "Strategy.TECHNOLOGY cannot be resolved to a type": Strategy is not imported.
        suggestion = missingImport(text, word.contains(".") ? word.substring(0, word.indexOf('.')) : word);
        if (word.startsWith("$")) {
          suggestion = unboundVariable(text, ruleLine, word);
        } else if (suggestion.isEmpty() && !word.contains(".")) {
          String qualifier = qualifierOf(text, ruleLine, word);
          String qualified = qualifier == null ? null : importedClass(text, qualifier);
          suggestion = qualified == null ? "" : Spelling.didYouMean(word, members(qualified, false));
          if (suggestion.isEmpty() && javaError.contains("or is not a field")) {
            suggestion = getterHint(word);
          }
        }
      } else if (method.find()) {
        word = method.group(1);
        type = method.group(2);
        String qualified = classNamed(text, type);
        suggestion = qualified == null ? "" : Spelling.didYouMean(word, members(qualified, true));
        if (word.equals("score") && !type.equals("Proposal")) {
          suggestion = SCORE_HINT;
          type = null;
        }
      } else if (inapplicable.find()) {
        word = inapplicable.group(1);
        suggestion = word.equals("score") && inapplicable.group(2).equals("Proposal") ? SCORE_HINT
            : inapplicable.group(2).equals("Criterion") ? CRITERION_HINT : "";
      } else if (javaError.startsWith("Syntax error, insert \";\"")) {
        at = lineWithoutSemicolon(text, thenLine);
        suggestion = at == null ? "" : " (at the end of this line)";
      } else if (constructor.find()) {
        word = "new " + constructor.group(1);
        type = constructor.group(1);
      } else if (ambiguous.find()) {
        String of = ambiguous.group(2) != null ? ambiguous.group(2) : ambiguous.group(3);
        word = ambiguous.group(1) != null ? ambiguous.group(1) : "new " + of;
        if (SITE_FACTS.contains(of)) {
          // A fact's grounds are Ground... or one String: null fits both.
          said = word + "( ... ) is given null where its grounds go, and null could stand for grounds or for a text of"
              + " your own: give the grounds, made with Because, or your own words in quotes (a reason is never null)";
        }
      }
      // The class the compiler wrote the consequence into (Rule_NAME1234) means nothing to the author.
      String message = "in the consequence: " + (said != null ? said
          : GENERATED_RULE_CLASS.matcher(javaError.strip()).replaceAll("")
          + (type != null && SITE_FACTS.contains(type) ? SITE_FACT_HINT : "") + suggestion);
      if (word != null) {
        at = find(text, thenLine, word);
      }
      problems.add(at == null
          ? Problem.inFile(file, ruleLine, ruleLine > 0 ? 1 : 0, message)
          : Problem.inFile(file, at[0], at[1], message));
    }
    return problems;
  }

  /**
   * Drops the errors that only echo another: the parser's "null Package" beside a real syntax error,
   * the generated class clash beside a duplicate rule name, the compiler's "Duplicate rule name" beside
   * the project's own message at the same place, a failed import's complaints in the other rules
   * of its package, and, beside an unknown field, the compiler's "Unable to analyze expression" and
   * the same field's problem again for a larger part of the same condition.
   */
  static List<Problem> withoutEchoes(List<Problem> problems) {
    List<Problem> kept = new ArrayList<>();
    for (Problem p : problems) {
      if (unknownFieldEcho(p, problems)) {
        continue;
      }
      boolean otherInFile = problems.stream().anyMatch(o -> o != p && o.file().equals(p.file()));
      boolean echo = (p.message().startsWith(NULL_PACKAGE) && otherInFile)
          || importEcho(p, problems)
          || (p.message().contains("is already defined") && p.message().contains("Rule_")
              && problems.stream().anyMatch(o -> o.message().startsWith("Duplicate rule name")))
          || (p.message().startsWith("Duplicate rule name: ") && problems.stream().anyMatch(o -> o.file().equals(p.file())
              && o.line() == p.line() && o.message().startsWith("rule \"" + p.message().substring(21) + "\" is also defined at ")));
      if (!echo) {
        kept.add(p);
      }
    }
    return kept;
  }

  /**
   * Whether {@code p} only repeats an unknown field said at the same line: the compiler's
   * "Unable to analyze expression" naming it, or the same field's problem for a smaller part of the
   * condition.
   */
  private static boolean unknownFieldEcho(Problem p, List<Problem> problems) {
    Matcher analyze = UNABLE_TO_ANALYZE.matcher(p.message());
    if (analyze.find()) {
      String expression = analyze.group(1);
      return problems.stream().anyMatch(o -> o != p && sameLine(o, p) && UNKNOWN_FIELD_SAID.matcher(o.message()).find()
          && o.message().contains(" in: " + expression));
    }
    Matcher field = UNKNOWN_FIELD_SAID.matcher(p.message());
    if (!field.find()) {
      return false;
    }
    // Of the same field's problems at a line, the one that quotes the whole condition is kept.
    for (int i = 0; i < problems.size(); i++) {
      Problem o = problems.get(i);
      if (o != p && sameLine(o, p) && o.message().startsWith(field.group()) && (o.message().length() > p.message().length()
          || o.message().length() == p.message().length() && i < problems.indexOf(p))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameLine(Problem a, Problem b) {
    return a.file().equals(b.file()) && a.line() == b.line();
  }

  /**
   * Whether {@code p} only repeats a failed import: imports belong to the package, so one bad import
   * makes the compiler complain in every rule of the package, in whatever file.
   */
  private static boolean importEcho(Problem p, List<Problem> problems) {
    Matcher echo = IMPORT_ECHO.matcher(p.message());
    return echo.find()
        && problems.stream().anyMatch(o -> o.message().startsWith("cannot import \"" + echo.group(1) + "\""));
  }

  /** The column (from 1) of {@code word} in line {@code line} of {@code text}; 1 when not found. */
  private static int column(String text, int line, String word) {
    String[] lines = text.split("\\R", -1);
    if (line < 1 || line > lines.length) {
      return line > 0 ? 1 : 0;
    }
    int index = indexOfWord(lines[line - 1], word);
    return index < 0 ? 1 : index + 1;
  }

  /**
   * Line and column of the first whole {@code word} at or after line {@code fromLine}, or null; a
   * search from a rule's line stops at the rule's {@code end}, a search from line 1 covers the file.
   */
  private static int[] find(String text, int fromLine, String word) {
    String[] lines = text.split("\\R", -1);
    for (int i = Math.max(fromLine, 1) - 1; i < lines.length; i++) {
      int index = indexOfWord(lines[i], word);
      if (index >= 0) {
        return new int[] {i + 1, index + 1};
      }
      if (fromLine > 1 && i > fromLine && lines[i].strip().equals("end")) {
        break;
      }
    }
    return null;
  }

  private static int indexOfWord(String line, String word) {
    Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])").matcher(line);
    return m.find() ? m.start() : -1;
  }

  private static String firstLineOf(String message) {
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip().replaceFirst(":$", "");
  }
}
