package org.psp.rules.internal.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.psp.model.DerivedFigure;
import org.psp.model.Figure;
import org.psp.rules.catalog.Stage;
import org.psp.rules.facts.Proposal;
import org.psp.rules.internal.rulebase.GroundNames;
import org.psp.rules.settings.PolicySettings;

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
 *       !=}, the threshold a number, {@code null} or a setting ({@code $p.name()},
 *       {@code settings.name}). A missing figure meets no threshold (but {@code != number} and
 *       {@code == null}), so the condition is evaluated at each end and at null. When it holds at an
 *       end and not at null, that end is tried ({@code gangShare >= 0.25}: 1; {@code
 *       homicideClearanceRate < 0.5}: 0). When it held at null and not at the end ({@code
 *       firearmShare == null}), the try can only take matches of its rule away, and that changes
 *       nothing unless the rule fired: that end is tried when the rule fired for the site;
 *   <li>a read in a rule's consequence (by name, or as {@code Because.atLeast( $a, "gangShare", ...
 *       )} names it: {@link GroundNames}; a figure named to Because other than in quotes can be any,
 *       and is read everywhere): the consequence runs only if the rule fires, and then does what it
 *       did unless it decides on the value. A consequence that only inserts proposals of
 *       named strategies (whatever text they carry) decides nothing; any other is tried at both ends
 *       when its rule fired for the site;
 *   <li>any other read (in {@code eval}, a function, a method's argument, after {@code from}, a
 *       comparison with another property, a rule attribute), and any text that reaches the year's
 *       statistics otherwise ({@code statistics}, {@code toString}, {@code equals}, ...), names a
 *       class that is neither this library's nor Java's (its code could read them unseen), or that
 *       this reading does not follow ({@code extends}, named consequences): both ends, for every site.
 * </ul>
 *
 * <p>A try that the reads say can change what the rules do still brings no gap unless it proposes a
 * strategy the advice does not have. The rules' shapes ({@link RuleShape}) say when it cannot
 * ({@link Changes}): when the rules that the try changes, and those that read what these insert, can
 * only match more as more is proposed (a {@code not Proposal( strategy == X )} in a rule that proposes
 * X alone only keeps it from proposing X twice), and each rule whose condition newly holds would
 * propose only what the advice's evaluation had proposed by the end of that rule's stage, or needs a
 * fact that evaluation never had. A missing firearm share where a murder-rate stand-in fired: at 0
 * the stand-ins only stop proposing, and at 1 the firearm-share rules propose the strategies the
 * stand-ins had; prevention beside enforcement still follows either way.
 */
public final class FigureReads {
  /** The figures the probe tries, by their name in a rule's conditions, in the order of {@link Figure#probed()}. */
  static final List<String> FIGURES = Figure.probed().stream().map(Figure::key).toList();
  /**
   * The names a rule reads each probed figure by: its key, and the keys of the derived figures worked
   * out from it ({@link DerivedFigure#workedFrom()}).
   */
  private static final Map<String, List<String>> READ_AS = Figure.probed().stream().collect(Collectors.toUnmodifiableMap(
      Figure::key, f -> Stream.concat(Stream.of(f.key()), DerivedFigure.all().stream().filter(d -> d.workedFrom().contains(f))
          .map(DerivedFigure::key)).distinct().toList()));

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
    /** The rules whose consequences read it and only insert proposals of named strategies. */
    final List<String> readingConsequences = new ArrayList<>();

    Use copy() {
      Use copy = new Use();
      copy.unfollowed = unfollowed;
      copy.comparisons.addAll(comparisons);
      copy.decidingConsequences.addAll(decidingConsequences);
      copy.readingConsequences.addAll(readingConsequences);
      return copy;
    }
  }

  /**
   * The tries for one figure under one set of settings: by the reads of the figure, always these ends
   * and these when a rule fired; by what the rules can propose, each end only when {@link Changes}
   * says it can bring a strategy the advice does not have. An end is tried when both say so.
   */
  record Tries(int always, Map<String, Integer> whenFired, Changes atZero, Changes atOne) {
    /** The ends to try for a site whose evaluation made {@code record}, {@code base} what it inserted by stage. */
    int ends(FiringRecord record, Supplier<BaseFacts> base) {
      Collection<String> fired = record.rules();
      int ends = always;
      for (Map.Entry<String, Integer> e : whenFired.entrySet()) {
        if ((ends | e.getValue()) != ends && fired.contains(e.getKey())) {
          ends |= e.getValue();
        }
      }
      if ((ends & AT_ZERO) != 0 && !atZero.canPropose(fired, base)) {
        ends &= ~AT_ZERO;
      }
      if ((ends & AT_ONE) != 0 && !atOne.canPropose(fired, base)) {
        ends &= ~AT_ONE;
      }
      return ends;
    }
  }

  /**
   * What one try (one figure at one end) can change in what the rules propose, read from the rules
   * that can take part in proposing (see {@code relevant}): the rules whose conditions on the figure turn
   * out otherwise at the end than with the figure missing, and every rule that reads, directly or
   * through other facts, what those insert. The try cannot propose a strategy the advice does not
   * have when each of those rules is one this reading follows and can only match more as more
   * strategies are proposed ({@link RuleShape#monotone}), and each rule whose condition on the figure
   * holds at the end and not when missing (a gainer) can fire only where what it inserts is already
   * there: the strategies it proposes already proposed by the end of its stage, its other facts
   * already inserted. Then, stage by stage, every fact of the try has a fact of the same kind (the
   * same strategy) in the advice's own evaluation. A gainer that needs a fact the advice's evaluation
   * never inserted and no changed rule inserts ({@code Eligible()} at a site that is not eligible)
   * cannot fire at all.
   *
   * @param any whether the try is needed whatever the site (a rule this reading does not follow)
   * @param whenFired rules whose consequences read the figure and may decide on it: the try is needed
   *     where one of them fired
   * @param gainers the rules whose conditions can newly hold in the try
   */
  record Changes(boolean any, List<String> whenFired, List<Gainer> gainers) {
    static final Changes ANY = new Changes(true, List.of(), List.of());
    static final Changes NONE = new Changes(false, List.of(), List.of());

    /** Whether the try can propose a strategy the advice does not have, for a site whose evaluation fired {@code fired}. */
    boolean canPropose(Collection<String> fired, Supplier<BaseFacts> base) {
      if (any) {
        return true;
      }
      for (String rule : whenFired) {
        if (fired.contains(rule)) {
          return true;
        }
      }
      for (Gainer g : gainers) {
        if (g.canBringSomethingNew(base.get())) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A rule whose condition on the figure newly holds in a try: in {@code stage} (its ordinal), it
   * proposes {@code proposes} and inserts facts of {@code inserts} (besides proposals); it cannot
   * fire unless facts of each of {@code needs} are inserted, none of which a changed rule inserts.
   */
  record Gainer(String rule, int stage, long proposes, Set<String> inserts, Set<String> needs) {
    boolean canBringSomethingNew(BaseFacts base) {
      for (String type : needs) {
        if (!base.inserted(type, Integer.MAX_VALUE)) {
          return false;
        }
      }
      if ((proposes & ~base.proposedThrough(stage)) != 0) {
        return true;
      }
      for (String type : inserts) {
        if (!base.inserted(type, stage)) {
          return true;
        }
      }
      return false;
    }
  }

  /** What an evaluation inserted, by the stage of the rule that inserted it. */
  static final class BaseFacts {
    private final long[] proposed = new long[Stage.values().length];
    private final Map<String, Integer> firstStage = new HashMap<>();

    /** What {@code record} says the rules inserted, {@code stageOf} the stage of each rule. */
    BaseFacts(FiringRecord record, Map<String, Integer> stageOf) {
      for (int i = 0; i < record.insertedCount(); i++) {
        Object fact = record.fact(i);
        int stage = stageOf.getOrDefault(record.insertedBy(i), LAST_STAGE);
        if (fact instanceof Proposal p) {
          proposed[stage] |= RuleShape.bit(p.getStrategy());
        }
        firstStage.merge(fact.getClass().getSimpleName(), stage, Math::min);
      }
      for (int stage = 1; stage < proposed.length; stage++) {
        proposed[stage] |= proposed[stage - 1];
      }
    }

    long proposedThrough(int stage) {
      return proposed[stage];
    }

    /** Whether a fact of {@code type} was inserted by a rule of stage {@code stage} or before. */
    boolean inserted(String type, int stage) {
      Integer first = firstStage.get(type);
      return STARTING_TYPES.contains(type) || (first != null && first <= stage);
    }
  }

  /** The types of the facts every evaluation starts with. */
  private static final Set<String> STARTING_TYPES = SessionRunner.STARTING_FACTS.stream().map(Class::getSimpleName)
      .collect(Collectors.toUnmodifiableSet());
  private static final int LAST_STAGE = Stage.values().length - 1;

  private final Map<String, Use> uses;
  /** Every rule of the files in force, as {@link RuleShape} reads it; null when the rules are not read. */
  private final List<RuleShape> shapes;
  /** The stage (ordinal) of each rule by name: the last, if two rules of one name are in different stages. */
  private final Map<String, Integer> stageOf;
  /** The rules that can take part in proposing: see {@code relevant(List)}. */
  private final Set<RuleShape> relevant;
  /** The last stage a try needs to run: see {@link #lastStage()}. */
  private final Stage lastStage;
  /**
   * {@link RuleShape#monotone()} of each rule asked about, worked out once: every try of every figure
   * asks it of the same rules, and it tries every set of the strategies their patterns name.
   */
  private final Map<RuleShape, Boolean> monotone = new ConcurrentHashMap<>();

  private FigureReads(Map<String, Use> uses, List<RuleShape> shapes, Set<RuleShape> added) {
    this.uses = uses;
    this.shapes = shapes;
    Map<String, Integer> stages = new HashMap<>();
    if (shapes != null) {
      shapes.forEach(r -> stages.merge(r.name(), r.stage() == null ? LAST_STAGE : r.stage().ordinal(), Math::max));
    }
    this.stageOf = Map.copyOf(stages);
    this.relevant = shapes == null ? Set.of() : relevant(shapes);
    this.lastStage = shapes == null ? null : lastStage(shapes, relevant, added);
  }

  /** Every figure tried at both ends for every site: the contract's probe, and the way back when the rules cannot be read. */
  public static FigureReads everywhere() {
    Map<String, Use> uses = new LinkedHashMap<>();
    for (String figure : FIGURES) {
      Use use = new Use();
      use.unfollowed = true;
      uses.put(figure, use);
    }
    return new FigureReads(uses, null, Set.of());
  }

  /** The reads of the default rules, as the build read them from their texts ({@link DefaultFigureReads}). */
  public static FigureReads defaults() {
    return Defaults.READS;
  }

  /**
   * The reads of the default rules and of rule authors' {@code addedTexts} (the text of each added .drl
   * file): the default rules' as the build read them, and the added files' read now.
   */
  public static FigureReads withAdded(Collection<String> addedTexts) {
    return defaults().and(addedTexts);
  }

  /** The default rules' reads, loaded once on first use. */
  private static final class Defaults {
    static final FigureReads READS = DefaultFigureReads.load();
  }

  /**
   * The reads in {@code defaultTexts}, the text of every default .drl file, read now: what the build
   * keeps for {@link #defaults()}.
   */
  static FigureReads of(Collection<String> defaultTexts) {
    Map<String, Use> uses = new LinkedHashMap<>();
    FIGURES.forEach(f -> uses.put(f, new Use()));
    List<RuleShape> shapes = new ArrayList<>();
    for (String text : defaultTexts) {
      if (!read(text, uses, shapes)) {
        return everywhere();
      }
    }
    return new FigureReads(uses, List.copyOf(shapes), Set.of());
  }

  /**
   * These reads and those of {@code addedTexts}, the text of each added .drl file: the reads of every
   * file in force. A rule left out ({@code --disable}) or replaced by an added one of the same name may
   * be among them: its reads only add tries.
   */
  FigureReads and(Collection<String> addedTexts) {
    if (shapes == null) {
      return this;
    }
    Map<String, Use> all = new LinkedHashMap<>();
    uses.forEach((figure, use) -> all.put(figure, use.copy()));
    List<RuleShape> allShapes = new ArrayList<>(shapes);
    Set<RuleShape> added = new LinkedHashSet<>();
    for (String text : addedTexts) {
      int before = allShapes.size();
      if (!read(text, all, allShapes)) {
        return everywhere();
      }
      added.addAll(allShapes.subList(before, allShapes.size()));
    }
    return new FigureReads(all, List.copyOf(allShapes), added);
  }

  /**
   * Writes these reads, made without added rules, for {@link #readFrom}: the build keeps the default
   * rules' so ({@link DefaultFigureReads}).
   */
  void writeTo(DataOutputStream out) throws IOException {
    writeStrings(out, FIGURES);
    out.writeBoolean(shapes != null);
    if (shapes == null) {
      return;
    }
    for (String figure : FIGURES) {
      Use use = uses.get(figure);
      out.writeBoolean(use.unfollowed);
      out.writeInt(use.comparisons.size());
      for (Comparison c : use.comparisons) {
        out.writeUTF(c.rule());
        out.writeUTF(c.op());
        out.writeUTF(c.threshold());
      }
      writeStrings(out, use.decidingConsequences);
      writeStrings(out, use.readingConsequences);
    }
    out.writeInt(shapes.size());
    for (RuleShape r : shapes) {
      out.writeUTF(r.name());
      out.writeInt(r.stage() == null ? -1 : r.stage().ordinal());
      out.writeInt(r.patterns() == null ? -1 : r.patterns().size());
      for (RuleShape.Element p : r.patterns() == null ? List.<RuleShape.Element>of() : r.patterns()) {
        out.writeBoolean(p.negated());
        out.writeUTF(p.type());
        out.writeUTF(p.constraints());
        writeStrings(out, new TreeSet<>(p.binds())); // in one order, whatever the set's
      }
      writeStrings(out, r.typesRead());
      writeStrings(out, r.inserts());
      out.writeLong(r.proposes());
      out.writeBoolean(r.insertsUnnamed());
    }
  }

  /**
   * The reads {@link #writeTo} wrote; empty when they were written for other figures than {@link
   * #FIGURES} (a figure added to {@link Figure#probed()} since).
   */
  static Optional<FigureReads> readFrom(DataInputStream in) throws IOException {
    if (!readStrings(in).equals(FIGURES)) {
      return Optional.empty();
    }
    if (!in.readBoolean()) {
      return Optional.of(everywhere());
    }
    Map<String, Use> uses = new LinkedHashMap<>();
    for (String figure : FIGURES) {
      Use use = new Use();
      use.unfollowed = in.readBoolean();
      for (int i = in.readInt(); i > 0; i--) {
        use.comparisons.add(new Comparison(in.readUTF(), in.readUTF(), in.readUTF()));
      }
      use.decidingConsequences.addAll(readStrings(in));
      use.readingConsequences.addAll(readStrings(in));
      uses.put(figure, use);
    }
    List<RuleShape> shapes = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      String name = in.readUTF();
      int stage = in.readInt();
      int patternCount = in.readInt();
      List<RuleShape.Element> patterns = null;
      if (patternCount >= 0) {
        patterns = new ArrayList<>(patternCount);
        for (int i = 0; i < patternCount; i++) {
          patterns.add(new RuleShape.Element(in.readBoolean(), in.readUTF(), in.readUTF(), Set.copyOf(readStrings(in))));
        }
        patterns = List.copyOf(patterns);
      }
      Set<String> typesRead = new LinkedHashSet<>(readStrings(in));
      Set<String> inserts = new LinkedHashSet<>(readStrings(in));
      shapes.add(new RuleShape(name, stage < 0 ? null : Stage.values()[stage], patterns, typesRead, inserts, in.readLong(),
          in.readBoolean()));
    }
    return Optional.of(new FigureReads(uses, List.copyOf(shapes), Set.of()));
  }

  private static void writeStrings(DataOutputStream out, Collection<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      out.writeUTF(s);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> strings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      strings.add(in.readUTF());
    }
    return strings;
  }

  /**
   * The last stage a try needs to run, or null for every stage. Only proposals make data gaps, and a
   * stage's rules never see the facts of a later stage: a try can stop after the last stage of a rule
   * that can take part in proposing (see {@code relevant(List)}), when every rule of the stages after it is a
   * default rule (they refine proposals, and do not fail on them; an author's rule there might fail on
   * a tried proposal, and a try in which the rules fail brings no gap).
   */
  public Stage lastStage() {
    return lastStage;
  }

  private static Stage lastStage(List<RuleShape> shapes, Set<RuleShape> relevant, Set<RuleShape> added) {
    int last = 0;
    for (RuleShape r : relevant) {
      if (r.stage() == null) {
        return null;
      }
      last = Math.max(last, r.stage().ordinal());
    }
    for (RuleShape r : shapes) {
      if ((r.stage() == null || r.stage().ordinal() > last) && added.contains(r)) {
        return null;
      }
    }
    return Stage.values()[last];
  }

  /**
   * The rules that can take part in proposing: those that insert proposals or facts whose type or
   * strategy their text does not name (or do more than insert), and those that insert facts such a
   * rule reads, and so on. The others insert only facts no proposing rule ever sees.
   */
  private static Set<RuleShape> relevant(List<RuleShape> shapes) {
    Set<RuleShape> relevant = new LinkedHashSet<>();
    Set<String> read = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (RuleShape r : shapes) {
        if (!relevant.contains(r) && (r.insertsUnnamed() || r.proposes() != 0 || r.inserts().contains("Proposal")
            || read.contains("*") || r.inserts().stream().anyMatch(read::contains))) {
          relevant.add(r);
          read.addAll(r.typesRead());
          grew = true;
        }
      }
    }
    return relevant;
  }

  /** What the rules of {@code record}'s evaluation inserted, by stage, for {@link Tries#ends}. */
  BaseFacts baseFacts(FiringRecord record) {
    return new BaseFacts(record, stageOf);
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
      tries.add(new Tries(always, Map.copyOf(whenFired), changes(use, 0, values), changes(use, 1, values)));
    }
    return List.copyOf(tries);
  }

  /** What trying the figure of {@code use} at {@code end} can change in what the rules propose (see {@link Changes}). */
  private Changes changes(Use use, int end, Map<String, String> settings) {
    if (use.unfollowed || shapes == null) {
      return Changes.ANY;
    }
    Set<String> gaining = new HashSet<>();
    Set<String> changed = new HashSet<>(use.readingConsequences);
    for (Comparison c : use.comparisons) {
      Double threshold = threshold(c.threshold(), settings);
      if (threshold == null && !(c.threshold().equals("null") && (c.op().equals("==") || c.op().equals("!=")))) {
        return Changes.ANY;
      }
      boolean atNull = holds(null, c.op(), threshold);
      boolean atEnd = holds((double) end, c.op(), threshold);
      if (atEnd != atNull) {
        changed.add(c.rule());
      }
      if (atEnd && !atNull) {
        gaining.add(c.rule());
      }
    }
    List<String> whenFired = new ArrayList<>();
    for (String rule : use.decidingConsequences) {
      if (shapes.stream().anyMatch(r -> r.name().equals(rule) && relevant.contains(r))) {
        whenFired.add(rule);
      }
    }
    // The changed rules that can take part in proposing, and every such rule that reads what they insert.
    Set<RuleShape> affected = new LinkedHashSet<>();
    shapes.stream().filter(r -> relevant.contains(r) && changed.contains(r.name())).forEach(affected::add);
    Set<String> types = new HashSet<>();
    boolean grew = true;
    while (grew) {
      affected.forEach(r -> types.addAll(r.inserts()));
      grew = false;
      for (RuleShape r : relevant) {
        if (!affected.contains(r) && (r.typesRead().stream().anyMatch(types::contains) || r.typesRead().contains("*") && !types.isEmpty())) {
          affected.add(r);
          grew = true;
        }
      }
    }
    List<Gainer> gainers = new ArrayList<>();
    for (RuleShape r : affected) {
      if (!followed(r, types)) {
        return Changes.ANY;
      }
      if (gaining.contains(r.name())) {
        Set<String> needs = new HashSet<>();
        Set<String> inserts = new HashSet<>(r.inserts());
        inserts.remove("Proposal");
        for (RuleShape.Element p : r.patterns()) {
          if (!p.negated() && RuleShape.covered(p.type()).equals(Set.of(p.type())) && !types.contains(p.type())
              && !STARTING_TYPES.contains(p.type())) {
            needs.add(p.type());
          }
        }
        gainers.add(new Gainer(r.name(), r.stage().ordinal(), r.proposes(), Set.copyOf(inserts), Set.copyOf(needs)));
      }
    }
    return whenFired.isEmpty() && gainers.isEmpty() ? Changes.NONE
        : new Changes(false, List.copyOf(whenFired), List.copyOf(gainers));
  }

  /**
   * Whether {@link Changes} can follow rule {@code r}, a rule that a try changes or that reads facts of
   * {@code changedTypes}: a stage, a list of patterns, named inserts only; proposal patterns that read
   * the strategy alone and let it match more as more are proposed; patterns of changed types that
   * read no property (only whether such a fact is there), never under {@code not}; other patterns
   * that read no variable bound to a proposal or a changed fact, and a {@code not} only of a type no
   * rule of its stage or after inserts (so that it reads the same at any moment of the stage).
   */
  private boolean followed(RuleShape r, Set<String> changedTypes) {
    if (r.stage() == null || r.patterns() == null || r.insertsUnnamed() || !monotone.computeIfAbsent(r, RuleShape::monotone)) {
      return false;
    }
    Set<String> changing = new HashSet<>();
    for (RuleShape.Element p : r.patterns()) {
      if (p.type().equals("Proposal") || readsAny(p.type(), changedTypes)) {
        changing.addAll(p.binds());
      }
    }
    for (RuleShape.Element p : r.patterns()) {
      if (p.type().equals("Proposal")) {
        if (RuleShape.StrategyTest.parse(p.constraints()) == null) {
          return false;
        }
      } else if (readsAny(p.type(), changedTypes)) {
        if (p.negated() || !p.constraints().isBlank()) {
          return false;
        }
      } else {
        Set<String> reads = RuleShape.variables(p.constraints());
        reads.removeAll(p.binds());
        if (reads.stream().anyMatch(changing::contains)) {
          return false;
        }
        if (p.negated() && shapes.stream().anyMatch(other -> (other.stage() == null || other.stage().compareTo(r.stage()) >= 0)
            && (other.insertsUnnamed() || readsAny(p.type(), other.inserts())))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a pattern of {@code type} matches facts of any of {@code types}. */
  private static boolean readsAny(String type, Set<String> types) {
    Set<String> covered = RuleShape.covered(type);
    return covered.contains("*") ? !types.isEmpty() : covered.stream().anyMatch(types::contains);
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

  /** Adds the reads of one file to {@code uses} and its rules to {@code shapes}; false when its rules cannot be told apart. */
  private static boolean read(String text, Map<String, Use> uses, List<RuleShape> shapes) {
    String[] cleaned = clean(text);
    String code = cleaned[0];
    String masked = cleaned[1];
    List<GroundNames.Named> grounds = GroundNames.in(code).stream().filter(n -> n.role() == GroundNames.Role.FIGURE).toList();
    // A figure named to Because by other than a text in quotes can be any figure.
    boolean unfollowed = UNFOLLOWED.matcher(masked).find() || FOREIGN_CLASS.matcher(masked).find()
        || grounds.stream().anyMatch(n -> !n.isLiteral());
    if (unfollowed) {
      uses.values().forEach(u -> u.unfollowed = true);
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
      String name = name(code, rule.end());
      names.add(name);
      spans.add(new int[] {rule.start(), when.end(), then.start(), then.end(), end.start()});
      int attributes = endOfName(code, rule.end());
      shapes.add(RuleShape.of(name, code.substring(attributes, when.start()), masked.substring(attributes, when.start()),
          masked.substring(when.end(), then.start()), masked.substring(then.end(), end.start())));
      from = end.end();
    }
    for (String probed : unfollowed ? List.<String>of() : FIGURES) {
      Use use = uses.get(probed);
      for (String figure : READ_AS.get(probed)) {
        readsOf(probed, figure, code, masked, spans, names, grounds, use);
      }
    }
    return true;
  }

  /**
   * Adds the reads of {@code figure}, a name a rule reads {@code probed} by, to {@code use}: in {@code
   * code} and {@code masked} (its text cleaned), whose rules are at {@code spans} and named {@code names},
   * and where {@code grounds}, the figures its consequences name to Because, name it.
   * A condition on a figure worked out from the probed one is not followed: it is tried at both ends.
   */
  private static void readsOf(String probed, String figure, String code, String masked, List<int[]> spans,
      List<String> names, List<GroundNames.Named> grounds, Use use) {
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
      if (span != null && read.start() >= span[1] && read.start() < span[2] && read.group().equals(probed)) {
        Comparison c = comparison(masked, code, read.start(), read.end(), span[1], names.get(at));
        if (c == null) {
          use.unfollowed = true;
        } else {
          use.comparisons.add(c);
        }
      } else if (span != null && read.start() >= span[3]) {
        (decides(masked.substring(span[3], span[4])) ? use.decidingConsequences : use.readingConsequences)
            .add(names.get(at));
      } else {
        use.unfollowed = true;
      }
    }
    // A figure a consequence names to Because, as Because.atLeast( $a, "gangShare", ... ) does: read there.
    for (GroundNames.Named named : grounds) {
      for (int i = 0; i < spans.size(); i++) {
        if (figure.equals(named.name()) && named.at() >= spans.get(i)[3] && named.at() < spans.get(i)[4]) {
          (decides(masked.substring(spans.get(i)[3], spans.get(i)[4])) ? use.decidingConsequences : use.readingConsequences)
              .add(names.get(i));
        }
      }
    }
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
          int close = RuleShape.closing(masked, i);
          return close > 0 && TOP_LEVEL_BEFORE.matcher("when " + head.substring(0, word)).find()
              && !masked.substring(close + 1).stripLeading().startsWith("from")
              ? new Comparison(rule, comparison.group(1), code.substring(comparison.start(2), comparison.end(2))
                  .replaceAll("\\s", "")) : null;
        }
        int close = RuleShape.closing(masked, i);
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

  private static char previous(String text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 ? ' ' : text.charAt(i);
  }

  /** Where a rule's name that starts at {@code at} ends. */
  private static int endOfName(String code, int at) {
    char quote = code.charAt(at);
    if (quote == '"' || quote == '\'') {
      int close = code.indexOf(quote, at + 1);
      return close < 0 ? code.length() : close + 1;
    }
    int stop = at;
    while (stop < code.length() && !Character.isWhitespace(code.charAt(stop))) {
      stop++;
    }
    return stop;
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
