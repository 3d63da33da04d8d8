package org.psp.rules.internal.rulebase;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.psp.model.Figure;
import org.psp.model.Measure;
import org.psp.model.Problem;
import org.psp.model.Strategy;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.catalog.Stage;
import org.psp.rules.internal.spelling.Spelling;
import org.psp.rules.settings.PolicySettings;

/**
 * Reads what the catalog of rules needs from the text of a .drl file, without compiling it: each
 * rule's file and line, which only the text has, and its stage (its {@code ruleflow-group}); and what
 * the rule does, to check it against what its metadata says ({@link RuleFactsCheck}): the strategies
 * its consequence proposes ({@code new Proposal( $a, Strategy.X, ... )}) and the settings it names,
 * each at its line. The figures and settings a rule names to {@code Because} ({@link GroundNames}) are
 * checked here too, each at its place: a misspelt one is an error when the rule compiles, not when it
 * fires. The catalog takes the strategies and settings from the compiled rule's metadata
 * ({@link RuleMetadata}); what the text says stands in only for a rule author's rule that has none.
 */
public final class DrlOutline {
  /** The attribute that names a rule's stage; Drools 10 takes the older {@code agenda-group} too, and so do we. */
  private static final String STAGE_ATTRIBUTE = "ruleflow-group";
  private static final String OLD_STAGE_ATTRIBUTE = "agenda-group";
  private static final Pattern NEW_PROPOSAL = Pattern.compile("new\\s+(?:[\\w.]+\\.)?Proposal\\s*\\(");
  private static final Pattern STRATEGY_ARGUMENT = Pattern.compile("\\G\\s*,\\s*(?:[\\w.]+\\.)?Strategy\\.([A-Z_]+)\\b");
  /** A proposal of an intervention's strategy, {@code new Proposal( $a, $i, ... )}: the variable. */
  private static final Pattern INTERVENTION_ARGUMENT = Pattern.compile("\\G\\s*,\\s*(\\$\\w+)\\s*,");
  /** A rule's metadata, {@code @proposes( ... )}, or a key alone, {@code @key}. */
  private static final Pattern METADATA = Pattern.compile("@\\w+(?:\\s*\\([^)]*\\))?");
  /** A name written in a rule's metadata, {@code technologyRatio} of {@code @reads(technologyRatio)}: after its key. */
  private static final Pattern NAME_IN_METADATA = Pattern.compile("(?<=[(,\\s])\\w+(?=\\s*[,)])");
  /** The keyword that ends a rule's name, metadata and attributes. */
  private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
  private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final Set<String> SETTING_NAMES = PolicySettings.defaults().asMap().keySet();
  /** A setting read by name, as one an author's settings file added is: {@code settings.value("minimumPartners")}. */
  private static final Pattern SETTING_BY_NAME = Pattern.compile("\\.value\\(\\s*\"([^\"]*)\"\\s*\\)");
  /** A figure of a year ({@link Figure}) compared with a number literal. */
  private static final Pattern FIGURE_AND_LITERAL = Pattern.compile("\\b(" + Figure.all().stream().map(Figure::key)
      .collect(Collectors.joining("|")) + ")\\s*(?:>=|<=|==|!=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)\\b");

  /**
   * A property compared with a text literal, in a condition: {@code nationalRatio > "two"}, {@code
   * kind == "CITY"}. The classic compiler takes both: the first fails on every site when the rule is
   * first evaluated, unless the text is a number; the second is never equal, whatever the text.
   */
  private static final Pattern PROPERTY_AND_TEXT = Pattern.compile(
      "\\b([a-z]\\w*)\\s*(?:>=|<=|==|!=|>|<)\\s*\"([^\"\\\\]*)\"");
  /**
   * The types of the properties of the facts rules match that a text cannot stand for (numbers and
   * enums), by their names in conditions.
   */
  private static final Map<String, Class<?>> TYPED_PROPERTIES = typedProperties();

  private DrlOutline() {}

  /**
   * The rules of {@code text}, the .drl file {@code file}, as the catalog lists them. A rule whose
   * stage is unknown or whose proposals do not name their strategy is a problem at its line, and is
   * left out.
   */
  public static List<RuleInfo> rules(String file, String text, RuleInfo.Origin origin, List<Problem> problems) {
    return rules(file, text, origin, SETTING_NAMES, problems);
  }

  /**
   * The rules of {@code text} as {@link #rules(String, String, RuleInfo.Origin, List)} reads them, where
   * {@code settingNames} are the settings in force: a rule that reads another by name ({@code
   * settings.value("x")}) is a problem at its place.
   */
  public static List<RuleInfo> rules(String file, String text, RuleInfo.Origin origin, Collection<String> settingNames,
      List<Problem> problems) {
    PackageDescr pkg;
    DrlParser parser = new DrlParser();
    try {
      pkg = parser.parse(false, text);
    } catch (DroolsParserException e) {
      return List.of(); // the compiler reports the syntax error, with its position
    }
    if (pkg == null || parser.hasErrors()) {
      return List.of();
    }
    List<RuleInfo> rules = new ArrayList<>();
    for (RuleDescr rule : pkg.getRules()) {
      AttributeDescr group = rule.getAttributes().get(STAGE_ATTRIBUTE);
      if (group == null) {
        group = rule.getAttributes().get(OLD_STAGE_ATTRIBUTE);
      }
      Stage stage = Stage.DEFAULT;
      if (group != null) {
        stage = Stage.named(group.getValue()).orElse(null);
        if (stage == null) {
          problems.add(Problem.inFile(file, Math.max(group.getLine(), rule.getLine()), Math.max(group.getColumn(), 0) + 1,
              "rule \"" + rule.getName() + "\": unknown stage \"" + group.getValue() + "\" in " + group.getName() + "; the stages are "
              + stageNames()));
          continue;
        }
      }
      String rawConsequence = String.valueOf(rule.getConsequence());
      String consequence = withoutComments(rawConsequence);
      int ruleStart = Math.max(rule.getStartCharacter(), 0);
      int consequenceStart = text.indexOf(rawConsequence, ruleStart);
      Set<Strategy> strategies = EnumSet.noneOf(Strategy.class);
      Map<Strategy, Integer> proposedAt = new EnumMap<>(Strategy.class);
      int interventionAt = -1;
      Matcher proposal = NEW_PROPOSAL.matcher(consequence);
      int unnamedAt = -1;
      String ruleText = withoutMetadata(withoutComments(text.substring(ruleStart,
          Math.min(Math.max(rule.getEndCharacter(), rule.getStartCharacter()), text.length()))));
      while (proposal.find()) {
        Matcher strategy = STRATEGY_ARGUMENT.matcher(consequence);
        Matcher intervention = INTERVENTION_ARGUMENT.matcher(consequence);
        int afterFirstArgument = endOfFirstArgument(consequence, proposal.end());
        if (afterFirstArgument >= 0 && intervention.find(afterFirstArgument) && Pattern.compile(
            Pattern.quote(intervention.group(1)) + "\\s*:\\s*(?:[\\w.]+\\.)?Intervention\\s*\\(").matcher(ruleText).find()) {
          // The strategy of an intervention the rule matched: any strategy a site can carry out.
          interventionAt = interventionAt < 0 ? intervention.start(1) : interventionAt;
        } else if (afterFirstArgument < 0 || !strategy.find(afterFirstArgument)) {
          unnamedAt = unnamedAt < 0 ? proposal.start() : unnamedAt;
        } else if (isStrategy(strategy.group(1))) {
          strategies.add(Strategy.valueOf(strategy.group(1)));
          proposedAt.putIfAbsent(Strategy.valueOf(strategy.group(1)), strategy.start(1));
        } // else a misspelt strategy, which the compiler reports at its position
      }
      if (unnamedAt >= 0) {
        int line = consequenceStart < 0 ? rule.getLine() : lineAt(text, consequenceStart + unnamedAt);
        problems.add(Problem.inFile(file, line, 1,
            "rule \"" + rule.getName() + "\": write the strategy of each new Proposal( $a, Strategy.X, ... ) as "
            + "Strategy.X (or propose a matched intervention's strategy, new Proposal( $a, $i, ... ) with $i : "
            + "Intervention( ... ), and @proposes(ANY)), so that the catalog of rules knows what the rule can propose"));
        continue;
      }
      ScoreCalls.check(file, text, rule.getName(), stage, consequence, consequenceStart, settingNames, problems);
      Map<String, Integer> settingsAt = new TreeMap<>();
      for (String name : SETTING_NAMES) {
        Matcher named = Pattern.compile("\\b" + name + "\\b").matcher(ruleText);
        if (named.find()) {
          settingsAt.put(name, ruleStart + named.start());
        }
      }
      Set<String> undeclared = new TreeSet<>();
      Matcher byName = SETTING_BY_NAME.matcher(ruleText);
      while (byName.find()) {
        int at = ruleStart + byName.start(1);
        if (settingNames.contains(byName.group(1))) {
          settingsAt.putIfAbsent(byName.group(1), at);
        } else {
          undeclared.add(byName.group(1));
          problems.add(Problem.inFile(file, lineAt(text, at), at - text.lastIndexOf('\n', at - 1), "rule \""
              + rule.getName() + "\" reads setting \"" + byName.group(1) + "\""
              + undeclaredSetting(byName.group(1), settingNames)));
        }
      }
      for (GroundNames.Named named : GroundNames.in(ruleText)) {
        if (named.isLiteral()) {
          checkGroundName(file, text, rule.getName(), named, ruleStart + named.at(), settingNames, settingsAt, undeclared,
              problems);
        } else {
          int at = ruleStart + named.at();
          while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
          }
          String role = named.role() == GroundNames.Role.FIGURE ? "figure" : "setting";
          problems.add(Problem.warningInFile(file, lineAt(text, at), at - text.lastIndexOf('\n', at - 1), "rule \""
              + rule.getName() + "\" gives Because." + named.method() + " its " + role + " by other than a name in quotes, "
              + "so psp cannot check the name until the rule runs" + (named.role() == GroundNames.Role.FIGURE
                  ? ", and psp then takes the rules to read every figure, which is slower" : " nor add it to what the rule reads")
              + ": write the " + role + "'s name in quotes, as in \"" + (named.role() == GroundNames.Role.FIGURE
                  ? "firearmShare" : "eligibilityRatio") + "\""));
        }
      }
      Set<String> settings = new TreeSet<>(settingsAt.keySet());
      Map<Strategy, RuleFactsCheck.Place> proposedLines = new EnumMap<>(Strategy.class);
      proposedAt.forEach((s, at) -> proposedLines.put(s, consequenceStart < 0 ? new RuleFactsCheck.Place(rule.getLine(), 1)
          : placeAt(text, consequenceStart + at)));
      Map<String, RuleFactsCheck.Place> settingLines = new TreeMap<>();
      settingsAt.forEach((name, at) -> settingLines.put(name, placeAt(text, at)));
      Map<String, RuleFactsCheck.Place> keys = new TreeMap<>();
      Map<String, Map<String, RuleFactsCheck.Place>> namedIn = new TreeMap<>();
      String header = withoutComments(text.substring(ruleStart, Math.min(Math.max(rule.getEndCharacter(), ruleStart),
          text.length())));
      Matcher key = METADATA.matcher(header);
      key.region(afterName(header), headerEnd(header));
      while (key.find()) {
        int at = ruleStart + key.start();
        String keyName = key.group().substring(1).split("[\\s(]", 2)[0];
        keys.putIfAbsent(keyName, placeAt(text, at));
        Matcher name = NAME_IN_METADATA.matcher(key.group());
        while (name.find()) {
          namedIn.computeIfAbsent(keyName, k -> new TreeMap<>()).putIfAbsent(name.group(), placeAt(text, at + name.start()));
        }
      }
      RuleFactsCheck.Declared declared = RuleFactsCheck.check(file, rule, new RuleFactsCheck.Done(proposedLines,
          interventionAt < 0 ? 0 : consequenceStart < 0 ? rule.getLine() : lineAt(text, consequenceStart + interventionAt),
          settingLines, undeclared, keys, namedIn), settingNames, problems);
      if (interventionAt >= 0) {
        strategies.addAll(EnumSet.allOf(Strategy.class));
      }
      strategies = declared.proposes().orElse(strategies);
      settings = declared.reads().orElse(settings);
      rules.add(new RuleInfo(rule.getName(), file, rule.getLine(), stage, strategies, settings, origin));
      String conditions = withoutMetadata(withoutComments(text.substring(ruleStart,
          consequenceStart < 0 ? ruleStart : consequenceStart)));
      Matcher quoted = PROPERTY_AND_TEXT.matcher(conditions);
      while (quoted.find()) {
        String mismatch = textMismatch(quoted.group(1), quoted.group(2));
        if (mismatch != null) {
          int at = ruleStart + quoted.start(2) - 1;
          problems.add(Problem.inFile(file, lineAt(text, at), at - text.lastIndexOf('\n', at - 1), "rule \""
              + rule.getName() + "\" compares " + quoted.group(1) + mismatch));
        }
      }
      Matcher literal = FIGURE_AND_LITERAL.matcher(ruleText);
      while (literal.find()) {
        Figure.Unit unit = Figure.byKey(literal.group(1)).orElseThrow().unit();
        double value = Double.parseDouble(literal.group(2));
        if (value < unit.lowest() || value > unit.highest()) {
          int at = ruleStart + literal.start(2);
          problems.add(Problem.warningInFile(file, lineAt(text, at), at - text.lastIndexOf('\n', at - 1), "rule \""
              + rule.getName() + "\" compares " + literal.group(1) + ", " + rangeWords(unit) + ", with " + literal.group(2)
              + ", so it can never hold as meant" + (unit == Figure.Unit.SHARE && value > 1 && value <= 100 ? "; write "
              + value / 100 + " for " + literal.group(2) + "%" : "")));
        }
      }
    }
    return rules;
  }

  /**
   * Checks a name the rule {@code rule} gives Because, at offset {@code at} of {@code text}: a figure
   * must be a {@link Measure}, a setting one of {@code settingNames}, else the name is an error at its
   * place with the nearest known name. A setting it names is one the rule reads ({@code settingsAt}), or
   * one it reads that no settings file declares ({@code undeclared}).
   */
  private static void checkGroundName(String file, String text, String rule, GroundNames.Named named, int at,
      Collection<String> settingNames, Map<String, Integer> settingsAt, Set<String> undeclared, List<Problem> problems) {
    String name = named.name();
    String where = "rule \"" + rule + "\" gives Because." + named.method() + " ";
    if (named.role() == GroundNames.Role.FIGURE) {
      if (Measure.named(name).isEmpty()) {
        List<String> near = Spelling.nearest(name, Measure.keys());
        problems.add(Problem.inFile(file, lineAt(text, at), at - text.lastIndexOf('\n', at - 1), where + "the figure \""
            + name + "\", which is no figure; " + (near.isEmpty() ? "the figures a rule can name are "
            + String.join(", ", Measure.keys()) : "did you mean \"" + near.get(0) + "\"?")));
      }
    } else if (settingNames.contains(name)) {
      settingsAt.putIfAbsent(name, at);
    } else {
      undeclared.add(name);
      problems.add(Problem.inFile(file, lineAt(text, at), at - text.lastIndexOf('\n', at - 1), where + "the setting \""
          + name + "\"" + undeclaredSetting(name, settingNames)));
    }
  }

  /** What follows a setting's name that no settings file declares: the nearest declared one, and how to declare it. */
  private static String undeclaredSetting(String name, Collection<String> settingNames) {
    List<String> near = Spelling.nearest(name, settingNames);
    return ", which no settings file declares; " + (near.isEmpty() ? "the settings in force are "
        + RuleFactsCheck.inForce(settingNames) + "; " : "did you mean \"" + near.get(0) + "\"? ") + "a new setting is declared in the settings file given with the rules (--settings), with a \"# range:\" line above it";
  }

  /**
   * What is wrong with comparing {@code property} with the text {@code literal}, from ", a number, with
   * ..." on, or null when nothing is: a number with a text that is no number, an enum with any text.
   */
  private static String textMismatch(String property, String literal) {
    Class<?> type = TYPED_PROPERTIES.get(property);
    if (type == null) {
      return null;
    }
    if (type.isEnum()) {
      String name = type.getSimpleName();
      List<String> constants = FactTypes.constants(type);
      String meant = constants.stream().filter(c -> c.equalsIgnoreCase(literal.strip())).findFirst()
          .or(() -> Spelling.nearest(literal.strip(), constants).stream().findFirst()).orElse(null);
      String write = meant != null ? name + "." + meant
          : "one of " + String.join(", ", constants.stream().map(c -> name + "." + c).toList());
      return ", a " + name + ", with the text \"" + literal + "\", which it never equals; write " + write + " (import "
          + type.getName() + ")";
    }
    return isNumber(literal) ? null : ", a number, with the text \"" + literal + "\", which is no number: the rule "
        + "would fail on every site; write the number without quotes";
  }

  /**
   * The properties of the facts and values rules read that are numbers or enums, by their names as
   * conditions write them, with {@code Number.class} or the enum; a name that has another kind of value
   * in one of the types (a text, a list) is left out, and so are optional values.
   */
  private static Map<String, Class<?>> typedProperties() {
    Map<String, Class<?>> kinds = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Class<?> type : Stream.concat(FactTypes.FACTS.stream(), FactTypes.VALUES.stream()).toList()) {
      for (Method method : type.getMethods()) {
        Class<?> returned = method.getReturnType();
        Optional<String> property = FactTypes.propertyName(method);
        if (property.isEmpty() || returned.getName().startsWith("java.util.Optional")) {
          continue;
        }
        boolean number = Number.class.isAssignableFrom(returned) || (returned.isPrimitive() && returned != boolean.class
            && returned != char.class);
        Class<?> kind = returned.isEnum() ? returned : number ? Number.class : Object.class;
        Class<?> before = kinds.putIfAbsent(property.get(), kind);
        if (before != null && before != kind) {
          ambiguous.add(property.get());
        }
      }
    }
    ambiguous.forEach(kinds::remove);
    kinds.values().removeIf(kind -> kind == Object.class);
    return Map.copyOf(kinds);
  }

  /** A figure's range in words, for a rule author: "a share from 0 to 1". */
  private static String rangeWords(Figure.Unit unit) {
    return switch (unit) {
      case SHARE -> "a share from 0 to 1";
      case OFFENSES -> "a count of offenses, 0 or more";
      case COUNT -> "a count, 0 or more";
      case RESIDENTS -> "a number of residents, above 0";
      case RATE -> "a rate per 100,000, 0 or more";
      case RATIO -> "a ratio to the national rate, 0 or more";
    };
  }

  /** Whether {@code text} reads as a number, as the compiler turns it into one. */
  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The line and column, from 1, of offset {@code at} of {@code text}. */
  private static RuleFactsCheck.Place placeAt(String text, int at) {
    return new RuleFactsCheck.Place(lineAt(text, at), at - text.lastIndexOf('\n', at - 1));
  }

  /** The line, from 1, of offset {@code at} of {@code text}. */
  static int lineAt(String text, int at) {
    int line = 1;
    for (int i = 0; i < at && i < text.length(); i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }

  /** The stages' names, in order, quoted. */
  static String stageNames() {
    List<String> names = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      names.add("\"" + stage.groupName() + "\"");
    }
    return String.join(", ", names);
  }

  /** The index of the comma after the first argument of a call whose arguments start at {@code from}, or -1. */
  private static int endOfFirstArgument(String text, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          return -1;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        return i;
      } else if (c == '"') {
        i = text.indexOf('"', i + 1);
        if (i < 0) {
          return -1;
        }
      }
    }
    return -1;
  }

  private static boolean isStrategy(String name) {
    for (Strategy strategy : Strategy.values()) {
      if (strategy.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text}, a rule's, with its metadata ({@code @proposes(...)}, {@code @reads(...)}, any {@code
   * @key(...)} before {@code when}) blanked out, keeping its length: what the rule does, not what it says
   * of itself.
   */
  private static String withoutMetadata(String text) {
    StringBuilder blanked = new StringBuilder(text);
    Matcher metadata = METADATA.matcher(text).region(afterName(text), headerEnd(text));
    while (metadata.find()) {
      for (int i = metadata.start(); i < metadata.end(); i++) {
        if (blanked.charAt(i) != '\n') {
          blanked.setCharAt(i, ' ');
        }
      }
    }
    return blanked.toString();
  }

  /** The offset in {@code text}, a rule's, after its name: a name may hold "when" or "@". */
  private static int afterName(String text) {
    return text.indexOf('"', text.indexOf('"') + 1) + 1;
  }

  /** The offset in {@code text}, a rule's, of its {@code when}: its name, metadata and attributes come before. */
  private static int headerEnd(String text) {
    Matcher when = WHEN.matcher(text);
    return when.find(afterName(text)) ? when.start() : text.length();
  }

  /** {@code text} with every comment blanked out, keeping its length and line breaks, so offsets still hold. */
  private static String withoutComments(String text) {
    StringBuilder blanked = new StringBuilder(text);
    Matcher comment = COMMENTS.matcher(text);
    while (comment.find()) {
      for (int i = comment.start(); i < comment.end(); i++) {
        if (blanked.charAt(i) != '\n') {
          blanked.setCharAt(i, ' ');
        }
      }
    }
    return blanked.toString();
  }
}
