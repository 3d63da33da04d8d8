package org.psp.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The evidence behind the strategies, row by row, and a short summary for each. The bundled table,
 * {@code evidence.csv} beside this class (the build copies the project's {@code data/evidence/evidence.csv}), has
 * 69 sourced rows, at least one for each strategy; it is checked when it is read (a known strategy, rater,
 * level and effect, a source for each row).
 */
public final class EvidenceTable {

  /** The bundled table, on the class path beside this class. */
  public static final String BUNDLED_RESOURCE = "evidence.csv";

  private static final String HEADER = "strategy,rater,rating,level,outcome,source_title,source_url,finding,effect";

  private final Map<Strategy, List<Evidence>> byStrategy;
  private final Map<Strategy, Summary> summaries;

  private EvidenceTable(List<Evidence> rows) {
    Map<Strategy, List<Evidence>> map = new EnumMap<>(Strategy.class);
    for (Strategy s : Strategy.values()) {
      map.put(s, new ArrayList<>());
    }
    rows.forEach(r -> map.get(r.strategy()).add(r));
    map.replaceAll((s, list) -> ImmutableList.copyOf(list));
    this.byStrategy = map;
    // The table never changes, and the engine asks for a strategy's summary at every site it ranks.
    Map<Strategy, Summary> summaryMap = new EnumMap<>(Strategy.class);
    for (Strategy s : Strategy.values()) {
      summaryMap.put(s, summarize(s));
    }
    this.summaries = summaryMap;
  }

  /** The bundled table. */
  public static EvidenceTable bundled() {
    return Bundled.TABLE;
  }

  /** The table of {@code rows}. */
  public static EvidenceTable of(List<Evidence> rows) {
    return new EvidenceTable(rows);
  }

  /** The rows about {@code strategy}, in the table's order. */
  public List<Evidence> rows(Strategy strategy) {
    return byStrategy.get(strategy);
  }

  /**
   * The summary of the evidence on {@code strategy}: its strongest favourable rating (the strongest level
   * first, since a practice's rating weighs more for a whole strategy than one program's, then the highest
   * rating) or, with none, its strongest favourable study no body rated; every row that found no effect,
   * a harmful one or mixed results, which disagrees with it; and the other strategies whose rows cite the
   * same source.
   */
  public Summary summary(Strategy strategy) {
    return summaries.get(strategy);
  }

  private Summary summarize(Strategy strategy) {
    List<Evidence> rows = rows(strategy);
    Optional<Evidence> strongest = rows.stream().filter(r -> r.strength() > 0)
        .min(Comparator.comparing(Evidence::level).thenComparingInt((Evidence r) -> -r.strength()));
    Optional<Evidence> strongestUnrated = rows.stream()
        .filter(r -> !r.isRated() && r.effect() == Evidence.Effect.FAVOURABLE)
        .min(Comparator.comparing(Evidence::level));
    Optional<String> lookedFor = rows.stream().map(Evidence::outcome).findFirst();
    Map<String, Set<Strategy>> alsoCitedFor = new LinkedHashMap<>();
    for (Evidence row : rows) {
      byStrategy.forEach((other, otherRows) -> {
        if (other != strategy && otherRows.stream().anyMatch(o -> o.sourceUrl().equals(row.sourceUrl()))) {
          alsoCitedFor.computeIfAbsent(row.sourceUrl(), url -> EnumSet.noneOf(Strategy.class)).add(other);
        }
      });
    }
    return new Summary(strategy, strongest, effect(rows, Evidence.Effect.NONE), strongestUnrated, lookedFor, rows.size(),
        effect(rows, Evidence.Effect.HARMFUL), effect(rows, Evidence.Effect.MIXED), alsoCitedFor);
  }

  private static List<Evidence> effect(List<Evidence> rows, Evidence.Effect effect) {
    return rows.stream().filter(r -> r.effect() == effect).toList();
  }

  /**
   * What the evidence on one strategy comes to: its strongest favourable rating or study, and the rows
   * that disagree with it. {@link org.psp.model.words.Phrases#evidence(Summary)} says it in words.
   */
  public static final class Summary {
    private final Strategy strategy;
    private final Optional<Evidence> strongest;
    private final List<Evidence> noEffect;
    private final Optional<Evidence> strongestUnrated;
    private final Optional<String> lookedFor;
    private final int rows;
    private final List<Evidence> harmful;
    private final List<Evidence> mixed;
    private final Map<String, Set<Strategy>> alsoCitedFor;

    /**
     * The summary of these findings; keeps immutable copies of the lists and the map.
     *
     * @param strategy the strategy
     * @param strongest its strongest favourable rating, if any body rated it
     * @param noEffect the rows (rated or not) that found no effect, each on its own outcome
     * @param strongestUnrated the strongest favourable study or review no body rated, if any
     * @param lookedFor the outcome of the table's first row, for a strategy with nothing rated or studied
     * @param rows how many rows the table has on it
     * @param harmful the rows that found the outcome got worse
     * @param mixed the rows that found a favourable effect on some outcomes, sites or measures and none or a
     *     harmful one on others
     * @param alsoCitedFor for each source this strategy's rows cite that rows of other strategies cite too, those
     *     strategies: one evaluation counted for two strategies
     */
    public Summary(Strategy strategy, Optional<Evidence> strongest, List<Evidence> noEffect,
        Optional<Evidence> strongestUnrated, Optional<String> lookedFor, int rows, List<Evidence> harmful,
        List<Evidence> mixed, Map<String, Set<Strategy>> alsoCitedFor) {
      this.strategy = checkNotNull(strategy, "strategy");
      this.strongest = checkNotNull(strongest, "strongest");
      this.noEffect = ImmutableList.copyOf(noEffect);
      this.strongestUnrated = checkNotNull(strongestUnrated, "strongestUnrated");
      this.lookedFor = checkNotNull(lookedFor, "lookedFor");
      this.rows = rows;
      this.harmful = ImmutableList.copyOf(harmful);
      this.mixed = ImmutableList.copyOf(mixed);
      this.alsoCitedFor = ImmutableMap.copyOf(Maps.transformValues(alsoCitedFor, ImmutableSet::copyOf));
    }

    /** The strategy. */
    public Strategy strategy() {
      return strategy;
    }

    /** Its strongest favourable rating, if any body rated it. */
    public Optional<Evidence> strongest() {
      return strongest;
    }

    /** The rows (rated or not) that found no effect, each on its own outcome. */
    public List<Evidence> noEffect() {
      return noEffect;
    }

    /** The strongest favourable study or review no body rated, if any. */
    public Optional<Evidence> strongestUnrated() {
      return strongestUnrated;
    }

    /** The outcome of the table's first row, for a strategy with nothing rated or studied. */
    public Optional<String> lookedFor() {
      return lookedFor;
    }

    /** How many rows the table has on it. */
    public int rows() {
      return rows;
    }

    /** The rows that found the outcome got worse. */
    public List<Evidence> harmful() {
      return harmful;
    }

    /** The rows that found a favourable effect on some outcomes, sites or measures and none or a harmful one on others. */
    public List<Evidence> mixed() {
      return mixed;
    }

    /** For each source this strategy's rows cite that rows of other strategies cite too, those strategies. */
    public Map<String, Set<Strategy>> alsoCitedFor() {
      return alsoCitedFor;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Summary that && strategy == that.strategy && strongest.equals(that.strongest)
          && noEffect.equals(that.noEffect) && strongestUnrated.equals(that.strongestUnrated)
          && lookedFor.equals(that.lookedFor) && rows == that.rows && harmful.equals(that.harmful)
          && mixed.equals(that.mixed) && alsoCitedFor.equals(that.alsoCitedFor);
    }

    @Override
    public int hashCode() {
      return Objects.hash(strategy, strongest, noEffect, strongestUnrated, lookedFor, rows, harmful, mixed, alsoCitedFor);
    }

    @Override
    public String toString() {
      return "Summary[" + strategy + ", strongest " + strongest.map(Evidence::rating).orElse("none") + ", " + rows + " rows, "
          + nullFindings().size() + " null findings]";
    }

    /**
     * The rows that count against the strategy in a ranking: those that found no effect and those that
     * found harm, in that order.
     */
    public List<Evidence> nullFindings() {
      return ImmutableList.<Evidence>builder().addAll(noEffect).addAll(harmful).build();
    }

    /**
     * How strong the favourable evidence is, from 0 to 1, before null findings: its strongest
     * favourable rating — Effective or Scientifically Supported 1, Promising ⅔, another rating ⅓ —
     * halved when it rates one program rather than the practice; with no rating, the level of its
     * strongest favourable study no body rated: a systematic review or randomized trial 0.25, a
     * quasi-experiment 0.15, a single evaluation or an expert review 0.1, anything else 0.
     */
    public double strength() {
      if (strongest.isPresent()) {
        Evidence e = strongest.get();
        double rating = e.strength() / 3.0;
        return e.level() == Evidence.Level.PROGRAM ? rating / 2 : rating;
      }
      return strongestUnrated.map(e -> switch (e.level()) {
        case SYSTEMATIC_REVIEW, RANDOMIZED_TRIAL -> 0.25;
        case QUASI_EXPERIMENT -> 0.15;
        case SINGLE_EVALUATION, EXPERT_REVIEW -> 0.1;
        default -> 0.0;
      }).orElse(0.0);
    }

    /** Whether any body rated the strategy (for or against). */
    public boolean isRated() {
      return strongest.isPresent() || noEffect.stream().anyMatch(Evidence::isRated)
          || harmful.stream().anyMatch(Evidence::isRated) || mixed.stream().anyMatch(Evidence::isRated);
    }

    /** Whether some row found a favourable effect and another found none, a harmful one or mixed results. */
    public boolean isMixed() {
      return (strongest.isPresent() || strongestUnrated.isPresent())
          && !(noEffect.isEmpty() && harmful.isEmpty() && mixed.isEmpty());
    }
  }

  /** Holds the bundled table, read and checked once on first use. */
  private static final class Bundled {
    static final EvidenceTable TABLE = read();

    private static EvidenceTable read() {
      String text;
      try (InputStream in = EvidenceTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the bundled " + BUNDLED_RESOURCE + " is missing from the class path");
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled " + BUNDLED_RESOURCE, e);
      }
      return new EvidenceTable(parse(BUNDLED_RESOURCE, text));
    }
  }

  /**
   * The rows of a table in the bundled table's format, each checked.
   *
   * @throws InvalidValueException naming the line and column of every bad cell
   */
  static List<Evidence> parse(String name, String text) {
    String[] lines = text.split("\r?\n");
    List<Problem> problems = new ArrayList<>();
    List<Evidence> rows = new ArrayList<>();
    if (!lines[0].equals(HEADER)) {
      problems.add(Problem.inFile(name, 1, 0, "the first line must be \"" + HEADER + "\""));
    }
    for (int i = 1; i < lines.length && problems.isEmpty(); i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int line = i + 1;
      List<CsvLine.Cell> cells = CsvLine.split(lines[i]);
      if (cells.size() != 9) {
        problems.add(Problem.inFile(name, line, 0, "expected 9 columns but found " + cells.size()));
        continue;
      }
      Optional<Strategy> strategy = java.util.Arrays.stream(Strategy.values()).filter(s -> s.name().equals(cells.get(0).text()))
          .findFirst();
      Optional<Evidence.Rater> rater = Evidence.Rater.labelled(cells.get(1).text());
      Optional<Evidence.Level> level = Evidence.Level.labelled(cells.get(3).text());
      Optional<Evidence.Effect> effect = Evidence.Effect.labelled(cells.get(8).text());
      if (strategy.isEmpty() || rater.isEmpty() || level.isEmpty() || effect.isEmpty()) {
        int at = strategy.isEmpty() ? 0 : rater.isEmpty() ? 1 : level.isEmpty() ? 3 : 8;
        CsvLine.Cell bad = cells.get(at);
        String column = HEADER.split(",")[at];
        String known = at == 8 ? "; known: " + java.util.Arrays.stream(Evidence.Effect.values()).map(Evidence.Effect::label)
            .collect(Collectors.joining(", ")) : "";
        problems.add(Problem.inFile(name, line, bad.column(), "unknown " + column + " \"" + bad.text() + "\"" + known).about(column));
        continue;
      }
      try {
        rows.add(new Evidence(strategy.get(), rater.get(), cells.get(2).text(), level.get(), cells.get(4).text(),
            cells.get(5).text(), cells.get(6).text(), cells.get(7).text(), effect.get()));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.inFile(name, line, 0, e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("evidence table", problems);
    }
    return rows;
  }
}
