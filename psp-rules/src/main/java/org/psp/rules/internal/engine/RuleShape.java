package org.psp.rules.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psp.model.Strategy;
import org.psp.rules.catalog.Stage;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Caution;
import org.psp.rules.facts.Criterion;
import org.psp.rules.facts.Eligible;
import org.psp.rules.facts.NotOnRecord;
import org.psp.rules.facts.Proposal;
import org.psp.rules.facts.RankScore;
import org.psp.rules.facts.RankWithin;
import org.psp.rules.facts.Strengthen;
import org.psp.rules.internal.rulebase.BoundVariables;
import org.psp.rules.settings.PolicySettings;

/**
 * One rule as {@link FigureReads} reads it to tell which data-gap tries can propose a strategy the
 * advice does not have: its stage, its conditions as a list of patterns (a fact type, its
 * constraints, whether under {@code not}), and what its consequence inserts. Read from the rule's text
 * with comments removed and strings blanked; whatever this reading does not follow is said so ({@link
 * #patterns} null, {@link #insertsUnnamed}, {@link #stage} null) and makes the reading fall back to
 * running the try.
 *
 * <p>A proposal's constraints are followed when they read nothing but its strategy: {@code strategy
 * == Strategy.X}, {@code !=}, {@code in ( ... )}, {@code not in}, a binding {@code $s : strategy} and
 * a comparison of such a binding with a strategy, joined by {@code ,}, {@code &&} and {@code ||}.
 * Whether such a rule can match then depends only on which strategies are proposed, and {@link
 * #monotone} says whether proposing more can only let it match more.
 *
 * @param name its name
 * @param stage its stage; null when not one of the stages, or when it has attributes that decide which
 *     matches fire
 * @param patterns its conditions, in order; null when they are more than a list of patterns of facts in
 *     working memory
 * @param typesRead every fact type its conditions name, followed or not, and the types extending those
 *     ("*": every type)
 * @param inserts the simple names of the types of the facts it inserts (Proposal for proposals)
 * @param proposes the strategies of the proposals it inserts, as bits ({@link #bit})
 * @param insertsUnnamed whether it may insert a fact of a type, or a proposal of a strategy, its text does
 *     not name, or do more than insert
 */
record RuleShape(String name, Stage stage, List<Element> patterns, Set<String> typesRead, Set<String> inserts,
    long proposes, boolean insertsUnnamed) {
  /**
   * One pattern of the conditions, {@code [$x :] [not|exists] Type( constraints )}, with the variables
   * it binds ({@code $x}, and {@code $y : property} among its constraints).
   */
  record Element(boolean negated, String type, String constraints, Set<String> binds) {
    // Written out, as RuleShape's: a record's own equals and hashCode link method handles on their first call.
    @Override
    public boolean equals(Object o) {
      return o instanceof Element e && negated == e.negated && type.equals(e.type) && constraints.equals(e.constraints)
          && binds.equals(e.binds);
    }

    @Override
    public int hashCode() {
      return Objects.hash(negated, type, constraints, binds);
    }
  }

  /**
   * Written out: a record's own equals and hashCode link method handles on their first call, which
   * cost a cold {@code psp advise} some milliseconds at its first site (the probe's sets of rules).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof RuleShape r && name.equals(r.name) && stage == r.stage && Objects.equals(patterns, r.patterns)
        && typesRead.equals(r.typesRead) && inserts.equals(r.inserts) && proposes == r.proposes
        && insertsUnnamed == r.insertsUnnamed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, stage, patterns, typesRead, inserts, proposes, insertsUnnamed);
  }

  private static final Set<String> NOT_FACT_TYPES = Set.of("eval", "forall", "accumulate", "collect", "or", "and",
      "not", "exists", "from", "over", "entry", "window", "if", "do");
  private static final Pattern BINDING = Pattern.compile("\\G\\s*(\\$\\w+)\\s*:\\s*");
  private static final Pattern QUANTIFIER = Pattern.compile("\\G\\s*(not|exists)\\b");
  private static final Pattern TYPE = Pattern.compile("\\G\\s*((?:[A-Za-z_]\\w*\\s*\\.\\s*)*([A-Za-z_]\\w*))\\s*\\(");
  private static final Pattern AFTER_PATTERN = Pattern.compile("\\G\\s*(?:(?:from|over|or|and)\\b|\\|\\||&&|,|;)");
  private static final Pattern ATTRIBUTE_STAGE = Pattern.compile("\\b(?:ruleflow-group|agenda-group)\\s+\"([^\"]*)\"");
  /** The attributes of a rule that cannot change which of its matches fire; metadata ({@code @proposes(X)}) among them. */
  private static final Pattern FOLLOWED_ATTRIBUTES = Pattern.compile("(?:\\s|,|(?:ruleflow-group|agenda-group|dialect)\\s+\"[^\"]*\""
      + "|salience\\s+(?:-?\\d+|\\([^()]*\\))|@\\w+\\s*(?:\\([^()]*\\))?)*");
  private static final Pattern TYPE_READ = Pattern.compile("\\b([A-Z]\\w*)\\s*\\(");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\w+");
  private static final Pattern INSERT = Pattern.compile("\\binsert\\s*\\(");
  private static final Pattern NEW_FACT = Pattern.compile("\\G\\s*new\\s+(?:[\\w.]+\\.)?(\\w+)\\s*\\(");
  /** Points given to a proposal, {@code $r.score( "need", ... )}: a rank score (Proposal.score). */
  private static final Pattern SCORE = Pattern.compile("\\.\\s*score\\s*\\(");
  private static final Pattern NAMED_STRATEGY = Pattern.compile("\\G\\s*\\$\\w+\\s*,\\s*(?:[\\w.]+\\.)?Strategy\\s*\\.\\s*(\\w+)\\s*,");
  /** A consequence that does more than insert facts: it may insert some only, change or delete facts, steer the engine. */
  private static final Pattern MORE_THAN_INSERTS = Pattern.compile("\\b(?:if|else|for|while|switch|do|modify|update|delete"
      + "|retract|insertLogical|drools|kcontext|return|throw|try|catch)\\b");

  /**
   * The shape of rule {@code name} from its parts of the masked text (strings blanked, comments
   * removed): {@code attributes} between its name and {@code when}, {@code conditions} between
   * {@code when} and {@code then}, {@code consequence} after {@code then}. {@code attributesCode} is
   * the attributes' text with its strings, for the stage's name.
   */
  static RuleShape of(String name, String attributesCode, String attributes, String conditions, String consequence) {
    Stage stage = Stage.DEFAULT;
    Matcher group = ATTRIBUTE_STAGE.matcher(attributesCode);
    if (group.find()) {
      stage = Stage.named(group.group(1)).orElse(null);
    }
    if (!FOLLOWED_ATTRIBUTES.matcher(attributes).matches()) {
      stage = null;
    }
    Set<String> typesRead = new LinkedHashSet<>();
    Matcher read = TYPE_READ.matcher(conditions);
    while (read.find()) {
      typesRead.addAll(covered(read.group(1)));
    }
    Set<String> inserts = new LinkedHashSet<>();
    long proposes = 0;
    boolean unnamed = MORE_THAN_INSERTS.matcher(consequence).find();
    Matcher insert = INSERT.matcher(consequence);
    while (insert.find()) {
      Matcher fact = NEW_FACT.matcher(consequence).region(insert.end(), consequence.length());
      if (!fact.find()) {
        unnamed = true;
        continue;
      }
      inserts.add(fact.group(1));
      if (fact.group(1).equals("Proposal")) {
        Matcher strategy = NAMED_STRATEGY.matcher(consequence).region(fact.end(), consequence.length());
        Strategy named = strategy.find() ? strategy(strategy.group(1)) : null;
        if (named == null) {
          unnamed = true;
        } else {
          proposes |= bit(named);
        }
      }
    }
    if (SCORE.matcher(consequence).find()) {
      inserts.add("RankScore"); // points given with $r.score( ... ): rank scores, inserted where a rule matches them
    }
    return new RuleShape(name, stage, patterns(conditions), typesRead, inserts, proposes, unnamed);
  }

  /** The conditions as a list of patterns, or null when they are anything more. */
  private static List<Element> patterns(String conditions) {
    List<Element> patterns = new ArrayList<>();
    int at = 0;
    while (!conditions.substring(at).isBlank()) {
      Set<String> binds = new LinkedHashSet<>();
      Matcher binding = BINDING.matcher(conditions).region(at, conditions.length());
      if (binding.find()) {
        binds.add(binding.group(1));
        at = binding.end();
      }
      boolean negated = false;
      Matcher quantifier = QUANTIFIER.matcher(conditions).region(at, conditions.length());
      if (quantifier.find()) {
        negated = quantifier.group(1).equals("not");
        at = quantifier.end();
      }
      Matcher type = TYPE.matcher(conditions).region(at, conditions.length());
      if (!type.find() || NOT_FACT_TYPES.contains(type.group(2))) {
        return null;
      }
      int close = closing(conditions, type.end() - 1);
      if (close < 0 || AFTER_PATTERN.matcher(conditions).region(close + 1, conditions.length()).find()) {
        return null;
      }
      String constraints = conditions.substring(type.end(), close);
      BoundVariables.addTo(binds, constraints);
      patterns.add(new Element(negated, type.group(2), constraints, Set.copyOf(binds)));
      at = close + 1;
    }
    return List.copyOf(patterns);
  }

  /**
   * The types whose facts a pattern of {@code type} matches: the type and, for a type the facts extend
   * ({@code Refinement}), theirs; every type ({@code "*"}) for {@code Object}.
   */
  static Set<String> covered(String type) {
    return SUBTYPES.getOrDefault(type, Set.of(type));
  }

  /** The facts' supertypes, by simple name, with the types that extend them. */
  private static final Map<String, Set<String>> SUBTYPES = subtypes();

  private static Map<String, Set<String>> subtypes() {
    Map<String, Set<String>> subtypes = new HashMap<>();
    for (Class<?> fact : List.of(Assessment.class, PolicySettings.class, Proposal.class, Criterion.class, Eligible.class,
        Strengthen.class, NotOnRecord.class, Caution.class, RankScore.class, RankWithin.class)) {
      List<Class<?>> supertypes = new ArrayList<>(List.of(fact.getInterfaces()));
      for (Class<?> c = fact.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
        supertypes.add(c);
        supertypes.addAll(List.of(c.getInterfaces()));
      }
      for (Class<?> supertype : supertypes) {
        subtypes.computeIfAbsent(supertype.getSimpleName(), t -> new LinkedHashSet<>(Set.of(t))).add(fact.getSimpleName());
      }
    }
    subtypes.put("Object", Set.of("*"));
    return Map.copyOf(subtypes);
  }

  /** The variables {@code constraints} names, bound or read. */
  static Set<String> variables(String constraints) {
    Set<String> variables = new LinkedHashSet<>();
    Matcher variable = VARIABLE.matcher(constraints);
    while (variable.find()) {
      variables.add(variable.group());
    }
    return variables;
  }

  /** Whether the proposal pattern {@code p} is a guard {@code not Proposal( strategy == Strategy.X )} of a rule that proposes X alone. */
  boolean guardsItsOwnProposal(Element p) {
    if (!p.negated() || !p.type().equals("Proposal") || insertsUnnamed || !inserts.equals(Set.of("Proposal"))
        || Long.bitCount(proposes) != 1) {
      return false;
    }
    StrategyTest test = StrategyTest.parse(p.constraints());
    return test != null && test.onlyStrategy() == Long.numberOfTrailingZeros(proposes);
  }

  /**
   * Whether the rule's proposal patterns (those that guard its own proposal left out) can match no
   * less when more strategies are proposed, every other pattern as it was; false when a proposal
   * pattern reads more than the strategy. Decided by trying every set of the strategies its patterns
   * name, and one it does not name (they all look alike to it).
   */
  boolean monotone() {
    List<Element> positive = new ArrayList<>();
    List<Element> negative = new ArrayList<>();
    Map<Element, StrategyTest> tests = new HashMap<>();
    long named = 0;
    for (Element p : patterns) {
      if (!p.type().equals("Proposal") || guardsItsOwnProposal(p)) {
        continue;
      }
      StrategyTest test = StrategyTest.parse(p.constraints());
      if (test == null) {
        return false;
      }
      tests.put(p, test);
      named |= test.named();
      (p.negated() ? negative : positive).add(p);
    }
    if (negative.isEmpty()) {
      return true;
    }
    List<Integer> atoms = new ArrayList<>();
    for (Strategy s : Strategy.values()) {
      if ((named & bit(s)) != 0) {
        atoms.add(s.ordinal());
      }
    }
    for (Strategy s : Strategy.values()) {
      if ((named & bit(s)) == 0) {
        atoms.add(s.ordinal()); // one that no pattern names stands for all of them
        break;
      }
    }
    if (atoms.size() > 12) {
      return false;
    }
    try {
      return monotone(positive, negative, tests, atoms);
    } catch (IllegalStateException e) {
      return false; // a variable no proposal pattern binds: the patterns read more than strategies
    }
  }

  private static boolean monotone(List<Element> positive, List<Element> negative, Map<Element, StrategyTest> tests,
      List<Integer> atoms) {
    for (int set = 0; set < 1 << atoms.size(); set++) {
      long present = 0;
      for (int i = 0; i < atoms.size(); i++) {
        present |= (set >> i & 1) == 1 ? 1L << atoms.get(i) : 0;
      }
      if (!matches(positive, negative, tests, present, 0, new HashMap<>())) {
        continue;
      }
      for (int i = 0; i < atoms.size(); i++) {
        if ((set >> i & 1) == 0 && !matches(positive, negative, tests, present | 1L << atoms.get(i), 0, new HashMap<>())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the proposal patterns match when the strategies {@code present} are proposed, from positive pattern {@code i} on. */
  private static boolean matches(List<Element> positive, List<Element> negative, Map<Element, StrategyTest> tests,
      long present, int i, Map<String, Integer> bound) {
    if (i == positive.size()) {
      for (Element n : negative) {
        for (int s = 0; s < 64; s++) {
          if ((present >> s & 1) == 1 && tests.get(n).holds(s, new HashMap<>(bound))) {
            return false;
          }
        }
      }
      return true;
    }
    for (int s = 0; s < 64; s++) {
      Map<String, Integer> next = new HashMap<>(bound);
      if ((present >> s & 1) == 1 && tests.get(positive.get(i)).holds(s, next)
          && matches(positive, negative, tests, present, i + 1, next)) {
        return true;
      }
    }
    return false;
  }

  static long bit(Strategy strategy) {
    return 1L << strategy.ordinal();
  }

  private static Strategy strategy(String name) {
    for (Strategy s : Strategy.values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }

  /** The position of the parenthesis that closes the one at {@code open}; -1 if none does. */
  static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A proposal pattern's constraints that read its strategy alone, as a test of one strategy with the
   * variables bound so far; parsed from the constraints' text, null for any other.
   */
  abstract static sealed class StrategyTest {
    private static final Pattern TOKEN = Pattern.compile("\\s*(\\|\\||&&|==|!=|[(),:]|\\$\\w+|(?:[\\w.]+\\.)?Strategy\\s*\\.\\s*\\w+"
        + "|\\w+)");

    /** Whether a proposal of strategy {@code s} meets it, {@code bound} the variables' strategies (its bindings added). */
    abstract boolean holds(int s, Map<String, Integer> bound);

    /** The strategies it names. */
    abstract long named();

    /** The strategy X of a test that is exactly {@code strategy == X}; -1 for any other. */
    int onlyStrategy() {
      return this instanceof Compare c && c.left.equals("strategy") && c.equal && c.right.startsWith("#")
          ? Integer.parseInt(c.right.substring(1)) : -1;
    }

    static StrategyTest parse(String constraints) {
      List<String> tokens = new ArrayList<>();
      Matcher token = TOKEN.matcher(constraints);
      int at = 0;
      while (at < constraints.length() && !constraints.substring(at).isBlank()) {
        if (!token.find(at) || token.start() != at) {
          return null;
        }
        String t = token.group(1).replaceAll("\\s", "");
        if (t.contains("Strategy.")) {
          Strategy s = strategy(t.substring(t.lastIndexOf('.') + 1));
          if (s == null) {
            return null;
          }
          t = "#" + s.ordinal();
        }
        tokens.add(t);
        at = token.end();
      }
      if (tokens.isEmpty()) {
        return new Join(true, List.of());
      }
      Parser parser = new Parser(tokens);
      StrategyTest test = parser.constraints();
      return test == null || parser.at != tokens.size() ? null : test;
    }

    /**
     * A recursive-descent reading of the tokens, null on anything but the forms above: constraints
     * separated by {@code ,}, each a disjunction of conjunctions; a binding only outside {@code ||}.
     */
    private static final class Parser {
      final List<String> tokens;
      int at;

      Parser(List<String> tokens) {
        this.tokens = tokens;
      }

      String peek() {
        return at < tokens.size() ? tokens.get(at) : "";
      }

      StrategyTest constraints() {
        List<StrategyTest> all = separated(",", this::disjunction);
        return all == null ? null : all.size() == 1 ? all.get(0) : new Join(true, all);
      }

      StrategyTest disjunction() {
        List<StrategyTest> any = separated("||", this::conjunction);
        if (any == null || any.size() > 1 && any.stream().anyMatch(StrategyTest::binds)) {
          return null;
        }
        return any.size() == 1 ? any.get(0) : new Join(false, any);
      }

      StrategyTest conjunction() {
        List<StrategyTest> all = separated("&&", this::unit);
        return all == null ? null : all.size() == 1 ? all.get(0) : new Join(true, all);
      }

      /** One or more parts that {@code part} reads, {@code separator} between them; null if one is not read. */
      private List<StrategyTest> separated(String separator, Supplier<StrategyTest> part) {
        List<StrategyTest> parts = new ArrayList<>();
        do {
          if (!parts.isEmpty()) {
            at++;
          }
          StrategyTest next = part.get();
          if (next == null) {
            return null;
          }
          parts.add(next);
        } while (peek().equals(separator));
        return parts;
      }

      StrategyTest unit() {
        String t = peek();
        if (t.equals("(")) {
          at++;
          StrategyTest inner = disjunction();
          if (inner == null || !peek().equals(")")) {
            return null;
          }
          at++;
          return inner;
        }
        if (t.startsWith("$") && at + 2 < tokens.size() && tokens.get(at + 1).equals(":")) {
          if (!tokens.get(at + 2).equals("strategy")) {
            return null;
          }
          at += 3;
          return new Bind(t);
        }
        String left = operand();
        if (left == null) {
          return null;
        }
        String op = peek();
        if (op.equals("==") || op.equals("!=")) {
          at++;
          String right = operand();
          // One side a strategy: strategies no pattern names then all look alike (see monotone()).
          return right == null || !(left.startsWith("#") || right.startsWith("#")) ? null
              : new Compare(left, op.equals("=="), right);
        }
        boolean negated = op.equals("not");
        if (negated) {
          at++;
        }
        if (!peek().equals("in")) {
          return null;
        }
        at++;
        if (!peek().equals("(")) {
          return null;
        }
        long set = 0;
        do {
          at++;
          String s = peek();
          if (!s.startsWith("#")) {
            return null;
          }
          set |= 1L << Integer.parseInt(s.substring(1));
          at++;
        } while (peek().equals(","));
        if (!peek().equals(")")) {
          return null;
        }
        at++;
        return new In(left, negated, set);
      }

      /** {@code strategy}, a variable or a strategy ("#ordinal"); null for anything else. */
      String operand() {
        String t = peek();
        if (t.equals("strategy") || t.startsWith("$") || t.startsWith("#")) {
          at++;
          return t;
        }
        return null;
      }
    }

    boolean binds() {
      return this instanceof Bind || (this instanceof Join j && j.parts.stream().anyMatch(StrategyTest::binds));
    }

    /**
     * The strategy an operand stands for with {@code s} the pattern's and {@code bound} the variables'.
     *
     * @throws IllegalStateException for a variable no proposal pattern bound before
     */
    static int value(String operand, int s, Map<String, Integer> bound) {
      if (operand.equals("strategy")) {
        return s;
      }
      if (operand.startsWith("#")) {
        return Integer.parseInt(operand.substring(1));
      }
      Integer value = bound.get(operand);
      if (value == null) {
        throw new IllegalStateException(operand + " is bound by no proposal pattern before it");
      }
      return value;
    }

    /** Its parts all met ({@code ,} and {@code &&}), or one of them ({@code ||}). */
    static final class Join extends StrategyTest {
      final boolean all;
      final List<StrategyTest> parts;

      Join(boolean all, List<StrategyTest> parts) {
        this.all = all;
        this.parts = parts;
      }

      @Override
      boolean holds(int s, Map<String, Integer> bound) {
        // Bindings first: a constraint may read a variable the same pattern binds after it.
        for (StrategyTest part : parts) {
          if (part instanceof Bind b) {
            b.holds(s, bound);
          }
        }
        for (StrategyTest part : parts) {
          if (part.holds(s, bound) != all) {
            return !all;
          }
        }
        return all;
      }

      @Override
      long named() {
        return parts.stream().mapToLong(StrategyTest::named).reduce(0, (x, y) -> x | y);
      }
    }

    static final class Bind extends StrategyTest {
      final String variable;
      Bind(String variable) {
        this.variable = variable;
      }

      @Override
      boolean holds(int s, Map<String, Integer> bound) {
        bound.put(variable, s);
        return true;
      }

      @Override
      long named() {
        return 0;
      }
    }

    static final class Compare extends StrategyTest {
      final String left;
      final boolean equal;
      final String right;
      Compare(String left, boolean equal, String right) {
        this.left = left;
        this.equal = equal;
        this.right = right;
      }

      @Override
      boolean holds(int s, Map<String, Integer> bound) {
        return (value(left, s, bound) == value(right, s, bound)) == equal;
      }

      @Override
      long named() {
        return (left.startsWith("#") ? 1L << Integer.parseInt(left.substring(1)) : 0)
            | (right.startsWith("#") ? 1L << Integer.parseInt(right.substring(1)) : 0);
      }
    }

    static final class In extends StrategyTest {
      final String operand;
      final boolean negated;
      final long set;
      In(String operand, boolean negated, long set) {
        this.operand = operand;
        this.negated = negated;
        this.set = set;
      }

      @Override
      boolean holds(int s, Map<String, Integer> bound) {
        return ((set >> value(operand, s, bound) & 1) == 1) != negated;
      }

      @Override
      long named() {
        return set;
      }
    }
  }
}
