package org.psp.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psp.model.Figure;
import org.psp.rules.PolicySettings;

/**
 * Where the rules in force read the figures that the {@link DataGapProbe} tries, read from the text of
 * their .drl files: which tries can change what the rules do, so that the probe runs only those.
 *
 * <p>A try sets one missing figure to one end of its range (0 or 1). Every rule and condition that
 * does not read that figure evaluates as it did with the figure missing, so the try can differ from
 * the advice only where a read of the figure turns out differently:
 * <ul>
 *   <li>a condition of the form {@code figure OP threshold} in an {@code Assessment} pattern that is
 *       a condition of its rule of its own (not under {@code not}, {@code exists}, {@code or},
 *       {@code from}, {@code accumulate}, a method or a {@code !}), OP one of {@code < <= > >= ==
 *       !=}, the threshold a number, {@code null} or a setting ({@code $p.name},
 *       {@code settings.name}). A missing figure meets no threshold (but {@code != number} and
 *       {@code == null}), so the condition is evaluated at each end and at null. When it holds at an
 *       end and not at null, that end is tried ({@code gangShare >= 0.25}: 1; {@code
 *       homicideClearanceRate < 0.5}: 0). When it held at null and not at the end ({@code
 *       firearmShare == null}), the try can only take matches of its rule away, and that changes
 *       nothing unless the rule fired: that end is tried when the rule fired for the site;
 *   <li>a read in a rule's consequence: the consequence runs only if the rule fires, and then does
 *       what it did unless it decides on the value. A consequence that only inserts proposals of
 *       named strategies (whatever text they carry) decides nothing; any other is tried at both ends
 *       when its rule fired for the site;
 *   <li>any other read (in {@code eval}, a function, a method's argument, after {@code from}, a
 *       comparison with another property, a rule attribute), and any text that reaches the year's
 *       statistics otherwise ({@code statistics}, {@code toString}, {@code equals}, ...), names a
 *       class that is neither this library's nor Java's (its code could read them unseen), or that
 *       this reading does not follow ({@code extends}, named consequences): both ends, for every site.
 * </ul>
 */
public final class FigureReads {
  /** The figures the probe tries, by their name in a rule's conditions, in the order of {@link Figure#probed()}. */
  static final List<String> FIGURES = Figure.probed().stream().map(Figure::key).toList();

  /** The try at 0, as a bit of an {@code ends} mask. */
  static final int AT_ZERO = 1;
  /** The try at 1. */
  static final int AT_ONE = 2;
  /** Both tries. */
  static final int BOTH = AT_ZERO | AT_ONE;

  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+");
  private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
  private static final Pattern THEN = Pattern.compile("\\bthen\\b");
  private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end\\b");
  /** Text whose reading this class does not follow, or that reaches the year's statistics other than by name. */
  private static final Pattern UNFOLLOWED = Pattern.compile("\\bextends\\b|\\b(?:do|break|then)\\s*\\[|\\b(?:statistics|"
      + "getStatistics|YearlyStatistics|toString|equals|hashCode|SiteFileWriter)\\b");
  /** A class that is neither this library's nor Java's, whose code may read the figures unseen. */
  private static final Pattern FOREIGN_CLASS = Pattern.compile("(?<![\\w.$])(?!org\\.psp\\.|java\\.)(?:[a-z_]\\w*\\.)+[A-Z]\\w*");
  private static final Pattern COMPARISON = Pattern.compile("\\G\\s*(>=|<=|==|!=|>|<)\\s*(\\d+(?:\\.\\d+)?|\\.\\d+|null"
      + "|\\$\\w+\\s*\\.\\s*\\w+|settings\\s*\\.\\s*\\w+)(?=\\s*(?:,|\\)|\\|\\||&&))");
  private static final Pattern AFTER_COMPARISON = Pattern.compile("\\G\\s*(?:,|\\)|(?:\\|\\||&&)\\s*(?![<>=!]))");
  /** A consequence that decides nothing: no statement but inserting proposals of named strategies. */
  private static final Pattern DECIDING = Pattern.compile("\\b(?:if|else|for|while|switch|do|modify|update|delete|retract"
      + "|insertLogical|drools|kcontext|return|throw|try|catch)\\b");
  private static final Pattern INSERT = Pattern.compile("\\binsert\\s*\\(");
  private static final Pattern PROPOSAL_OF_NAMED_STRATEGY = Pattern.compile(
      "\\G\\s*new\\s+Proposal\\s*\\(\\s*\\$\\w+\\s*,\\s*Strategy\\s*\\.\\s*\\w+\\s*,");
  private static final Pattern TOP_LEVEL_BEFORE = Pattern.compile("(?:\\bwhen|[);])\\s*(?:\\$\\w+\\s*:\\s*)?$");

  /** A condition {@code figure OP threshold} of rule {@code rule}. */
  private record Comparison(String rule, String op, String threshold) {}

  /** What the rules do with one figure. */
  private static final class Use {
    /** Read where it cannot be followed: both ends for every site. */
    boolean unfollowed;
    final List<Comparison> comparisons = new ArrayList<>();
    /** The rules whose consequences read it and may decide on it. */
    final List<String> decidingConsequences = new ArrayList<>();
  }

  /** The tries for one figure under one set of settings: always these ends, and these when a rule fired. */
  record Tries(int always, Map<String, Integer> whenFired) {
    /** The ends to try for a site whose evaluation fired {@code fired}. */
    int ends(Collection<String> fired) {
      int ends = always;
      for (Map.Entry<String, Integer> e : whenFired.entrySet()) {
        if ((ends | e.getValue()) != ends && fired.contains(e.getKey())) {
          ends |= e.getValue();
        }
      }
      return ends;
    }
  }

  private final Map<String, Use> uses;

  private FigureReads(Map<String, Use> uses) {
    this.uses = uses;
  }

  /** Every figure tried at both ends for every site: the contract's probe, and the way back when the rules cannot be read. */
  public static FigureReads everywhere() {
    Map<String, Use> uses = new LinkedHashMap<>();
    for (String figure : FIGURES) {
      Use use = new Use();
      use.unfollowed = true;
      uses.put(figure, use);
    }
    return new FigureReads(uses);
  }

  /** The reads of the default rules. */
  public static FigureReads defaults() {
    return Defaults.READS;
  }

  /** The reads of the default rules and of rule authors' {@code addedTexts} (the text of each added .drl file). */
  public static FigureReads withAdded(Collection<String> addedTexts) {
    List<String> texts = new ArrayList<>(RuleCatalog.defaultTexts());
    texts.addAll(addedTexts);
    return of(texts);
  }

  /** The default rules' reads, made once on first use. */
  private static final class Defaults {
    static final FigureReads READS = of(RuleCatalog.defaultTexts());
  }

  /**
   * The reads in {@code drlTexts}, the text of every .drl file in force. A rule left out ({@code
   * --disable}) or replaced by an added one of the same name may be among them: its reads only add
   * tries.
   */
  static FigureReads of(Collection<String> drlTexts) {
    Map<String, Use> uses = new LinkedHashMap<>();
    FIGURES.forEach(f -> uses.put(f, new Use()));
    for (String text : drlTexts) {
      if (!read(text, uses)) {
        return everywhere();
      }
    }
    return new FigureReads(uses);
  }

  /** The tries for each figure, in the order of {@link #FIGURES}, with the values of {@code settings}. */
  List<Tries> tries(PolicySettings settings) {
    Map<String, String> values = settings.asMap();
    List<Tries> tries = new ArrayList<>(FIGURES.size());
    for (String figure : FIGURES) {
      Use use = uses.get(figure);
      int always = use.unfollowed ? BOTH : 0;
      Map<String, Integer> whenFired = new LinkedHashMap<>();
      use.decidingConsequences.forEach(rule -> whenFired.merge(rule, BOTH, (a, b) -> a | b));
      for (Comparison c : use.comparisons) {
        Double threshold = threshold(c.threshold(), values);
        boolean withNull = c.threshold().equals("null");
        if (threshold == null && !(withNull && (c.op().equals("==") || c.op().equals("!=")))) {
          always = BOTH;
          continue;
        }
        boolean atNull = holds(null, c.op(), threshold);
        for (int end = 0; end <= 1; end++) {
          boolean atEnd = holds((double) end, c.op(), threshold);
          int bit = end == 0 ? AT_ZERO : AT_ONE;
          if (atEnd && !atNull) {
            always |= bit;
          } else if (atNull && !atEnd) {
            whenFired.merge(c.rule(), bit, (a, b) -> a | b);
          }
        }
      }
      tries.add(new Tries(always, Map.copyOf(whenFired)));
    }
    return List.copyOf(tries);
  }

  /** A number, or a setting's value; null for {@code null} or a name that is no setting. */
  private static Double threshold(String text, Map<String, String> settings) {
    if (text.equals("null")) {
      return null;
    }
    if (Character.isDigit(text.charAt(0)) || text.charAt(0) == '.') {
      return Double.valueOf(text);
    }
    String value = settings.get(text.substring(text.indexOf('.') + 1).strip());
    return value == null ? null : Double.valueOf(value);
  }

  /** How a rule compares {@code value} (null: missing): a missing figure meets no threshold. */
  private static boolean holds(Double value, String op, Double threshold) {
    if (threshold == null) {
      return op.equals("==") == (value == null);
    }
    if (value == null) {
      return op.equals("!=");
    }
    int c = Double.compare(value, threshold);
    return switch (op) {
      case ">=" -> c >= 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      case "<" -> c < 0;
      case "==" -> c == 0;
      default -> c != 0;
    };
  }

  /** Adds the reads of one file to {@code uses}; false when its rules cannot be told apart. */
  private static boolean read(String text, Map<String, Use> uses) {
    String[] cleaned = clean(text);
    String code = cleaned[0];
    String masked = cleaned[1];
    if (UNFOLLOWED.matcher(masked).find() || FOREIGN_CLASS.matcher(masked).find()) {
      uses.values().forEach(u -> u.unfollowed = true);
      return true;
    }
    List<int[]> spans = new ArrayList<>(); // each rule: start, when's end, then's start, then's end, end's start
    List<String> names = new ArrayList<>();
    Matcher rule = RULE.matcher(masked);
    int from = 0;
    while (rule.find(from)) {
      Matcher when = WHEN.matcher(masked);
      Matcher then = THEN.matcher(masked);
      Matcher end = END.matcher(masked);
      if (!when.find(rule.end()) || !then.find(when.end()) || !end.find(then.end())) {
        return false;
      }
      names.add(name(code, rule.end()));
      spans.add(new int[] {rule.start(), when.end(), then.start(), then.end(), end.start()});
      from = end.end();
    }
    for (String figure : FIGURES) {
      Use use = uses.get(figure);
      String getter = "get" + Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
      Matcher read = Pattern.compile("\\b(?:" + figure + "|" + getter + ")\\b").matcher(masked);
      while (read.find()) {
        int at = -1;
        for (int i = 0; i < spans.size() && at < 0; i++) {
          if (read.start() >= spans.get(i)[0] && read.start() < spans.get(i)[4]) {
            at = i;
          }
        }
        int[] span = at < 0 ? null : spans.get(at);
        if (span != null && read.start() >= span[1] && read.start() < span[2] && read.group().equals(figure)) {
          Comparison c = comparison(masked, code, read.start(), read.end(), span[1], names.get(at));
          if (c == null) {
            use.unfollowed = true;
          } else {
            use.comparisons.add(c);
          }
        } else if (span != null && read.start() >= span[3]) {
          if (decides(masked.substring(span[3], span[4]))) {
            use.decidingConsequences.add(names.get(at));
          }
        } else {
          use.unfollowed = true;
        }
      }
    }
    return true;
  }

  /**
   * The read of a figure at {@code start..end} as a condition of its rule of its own, or null when it
   * is anything else.
   */
  private static Comparison comparison(String masked, String code, int start, int end, int lhsStart, String rule) {
    char before = previous(masked, start);
    if (!(before == '(' || before == ',' || masked.substring(0, start).stripTrailing().endsWith("||")
        || masked.substring(0, start).stripTrailing().endsWith("&&"))) {
      return null;
    }
    Matcher comparison = COMPARISON.matcher(masked).region(end, masked.length());
    if (!comparison.find() || !AFTER_COMPARISON.matcher(masked).region(comparison.end(), masked.length()).find()) {
      return null;
    }
    // Out through the parentheses around it: groups, then the Assessment pattern itself.
    int depth = 0;
    for (int i = start - 1; i >= lhsStart; i--) {
      char c = masked.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(' && depth > 0) {
        depth--;
      } else if (c == '(') {
        String head = masked.substring(lhsStart, i).stripTrailing();
        int word = head.length();
        while (word > 0 && (Character.isJavaIdentifierPart(head.charAt(word - 1)) || head.charAt(word - 1) == '.')) {
          word--;
        }
        String name = head.substring(word);
        if (name.equals("Assessment") || name.endsWith(".Assessment")) {
          int close = closing(masked, i);
          return close > 0 && TOP_LEVEL_BEFORE.matcher("when " + head.substring(0, word)).find()
              && !masked.substring(close + 1).stripLeading().startsWith("from")
              ? new Comparison(rule, comparison.group(1), code.substring(comparison.start(2), comparison.end(2))
                  .replaceAll("\\s", "")) : null;
        }
        int close = closing(masked, i);
        if (!name.isEmpty() || head.endsWith("!") || close < 0
            || !AFTER_COMPARISON.matcher(masked).region(close + 1, masked.length()).find()) {
          return null;
        }
      }
    }
    return null;
  }

  /** Whether a consequence may do something else than insert proposals of named strategies. */
  private static boolean decides(String consequence) {
    if (DECIDING.matcher(consequence).find()) {
      return true;
    }
    Matcher insert = INSERT.matcher(consequence);
    while (insert.find()) {
      if (!PROPOSAL_OF_NAMED_STRATEGY.matcher(consequence).region(insert.end(), consequence.length()).find()) {
        return true;
      }
    }
    return false;
  }

  /** The position of the parenthesis that closes the one at {@code open}; -1 if none does. */
  private static int closing(String masked, int open) {
    int depth = 0;
    for (int i = open; i < masked.length(); i++) {
      char c = masked.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static char previous(String text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 ? ' ' : text.charAt(i);
  }

  /** A rule's name at {@code at}: quoted or one word. */
  private static String name(String code, int at) {
    char quote = code.charAt(at);
    if (quote == '"' || quote == '\'') {
      int close = code.indexOf(quote, at + 1);
      return code.substring(at + 1, close < 0 ? code.length() : close);
    }
    int stop = at;
    while (stop < code.length() && !Character.isWhitespace(code.charAt(stop))) {
      stop++;
    }
    return code.substring(at, stop);
  }

  /**
   * The text without its comments, and the same with the insides of its strings blanked too (a
   * string cannot read a figure); both of the text's length, so that positions hold in each.
   */
  private static String[] clean(String text) {
    StringBuilder code = new StringBuilder(text);
    StringBuilder masked = new StringBuilder(text);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
        boolean line = text.charAt(i + 1) == '/';
        int stop = line ? text.indexOf('\n', i) : text.indexOf("*/", i + 2);
        stop = stop < 0 ? text.length() : line ? stop : stop + 2;
        for (int j = i; j < stop; j++) {
          if (text.charAt(j) != '\n') {
            code.setCharAt(j, ' ');
            masked.setCharAt(j, ' ');
          }
        }
        i = stop;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
          if (text.charAt(j) == '\\') {
            masked.setCharAt(j, ' ');
            j++;
          }
          if (j < text.length()) {
            masked.setCharAt(j, ' ');
          }
          j++;
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return new String[] {code.toString(), masked.toString()};
  }
}
