package org.psp.model;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence behind the strategies, row by row, and a short summary for each. The bundled table,
 * {@code evidence.csv} beside this class, has 69 sourced rows, at least one for each strategy; it is
 * checked when it is read (a known strategy, rater and level, a source for each row).
 */
public final class EvidenceTable {

  /** The bundled table, on the class path beside this class. */
  public static final String BUNDLED_RESOURCE = "evidence.csv";

  private static final String HEADER = "strategy,rater,rating,level,outcome,source_title,source_url,finding";

  private final Map<Strategy, List<Evidence>> byStrategy;

  private EvidenceTable(List<Evidence> rows) {
    Map<Strategy, List<Evidence>> map = new EnumMap<>(Strategy.class);
    for (Strategy s : Strategy.values()) {
      map.put(s, new ArrayList<>());
    }
    rows.forEach(r -> map.get(r.strategy()).add(r));
    map.replaceAll((s, list) -> ImmutableList.copyOf(list));
    this.byStrategy = map;
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
   * The summary of the evidence on {@code strategy}: its strongest positive rating (the strongest
   * level first, since a practice's rating weighs more for a whole strategy than one program's, then
   * the highest rating), and every rating that found no effect, which disagrees with it.
   */
  public Summary summary(Strategy strategy) {
    List<Evidence> rows = rows(strategy);
    Optional<Evidence> strongest = rows.stream().filter(r -> r.strength() > 0)
        .min(Comparator.comparing(Evidence::level).thenComparingInt((Evidence r) -> -r.strength()));
    List<Evidence> noEffect = rows.stream().filter(Evidence::isNoEffect).toList();
    Optional<Evidence> strongestUnrated = rows.stream().filter(r -> !r.isRated() && r.level() != Evidence.Level.NONE_FOUND)
        .min(Comparator.comparing(Evidence::level));
    Optional<String> lookedFor = rows.stream().map(Evidence::outcome).findFirst();
    List<Evidence> nullFindings = rows.stream().filter(Evidence::isNullFinding).toList();
    return new Summary(strategy, strongest, noEffect, strongestUnrated, lookedFor, rows.size(), nullFindings);
  }

  /**
   * What the evidence on one strategy comes to; {@link #text()} says it in words.
   *
   * @param strategy the strategy
   * @param strongest its strongest positive rating, if any body rated it
   * @param noEffect the ratings that found no effect, each on its own outcome
   * @param strongestUnrated the strongest study or review no body rated, if any
   * @param lookedFor the outcome of the table's first row, for a strategy with nothing rated or studied
   * @param rows how many rows the table has on it
   * @param nullFindings the rows that found no effect: ratings of no effect and studies their row calls null
   */
  public record Summary(Strategy strategy, Optional<Evidence> strongest, List<Evidence> noEffect,
      Optional<Evidence> strongestUnrated, Optional<String> lookedFor, int rows, List<Evidence> nullFindings) {

    /** Keeps immutable copies of the no-effect ratings and the null findings. */
    public Summary {
      noEffect = ImmutableList.copyOf(noEffect);
      nullFindings = ImmutableList.copyOf(nullFindings);
    }

    /**
     * How strong the evidence is, from 0 to 1, before null findings: its strongest positive rating —
     * Effective or Scientifically Supported 1, Promising ⅔, another rating ⅓ — halved when it rates
     * one program rather than the practice; with no rating, the level of its strongest unrated study:
     * a systematic review or randomized trial 0.25, a quasi-experiment 0.15, a single evaluation or an
     * expert review 0.1, anything else 0.
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
      return strongest.isPresent() || !noEffect.isEmpty();
    }

    /**
     * The summary in words: the strongest rating with its rater, level and outcome; each rating
     * that found no effect, on its outcome; or "no rating found" with the strongest unrated study.
     * A program's rating is never called a practice's.
     */
    public String text() {
      List<String> parts = new ArrayList<>();
      strongest.ifPresent(e -> parts.add(rated(e)));
      // Ratings of no effect by the same rater at the same level, on several outcomes, said once.
      Map<String, List<String>> outcomes = new java.util.LinkedHashMap<>();
      for (Evidence e : noEffect) {
        outcomes.computeIfAbsent(e.rater().label() + ": " + e.rating() + " — " + e.level().words(), k -> new ArrayList<>())
            .add(e.outcome());
      }
      outcomes.forEach((head, about) -> parts.add((strongest.isPresent() ? "but " : "") + head + "; outcome"
          + (about.size() == 1 ? ": " : "s: ") + String.join(" / ", about)));
      if (parts.isEmpty()) {
        parts.add("no rating found" + strongestUnrated.map(e -> "; unrated evidence: " + e.level().words() + ", outcome: "
            + e.outcome()).orElse(lookedFor.map(outcome -> "; outcome looked for: " + outcome).orElse("")));
      }
      return String.join("; ", parts);
    }

    private static String rated(Evidence e) {
      return e.rater().label() + ": " + e.rating() + " — " + e.level().words() + "; outcome: " + e.outcome();
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
    List<Violation> problems = new ArrayList<>();
    List<Evidence> rows = new ArrayList<>();
    if (!lines[0].equals(HEADER)) {
      problems.add(new Violation(name + ":1", lines[0], name + ":1: the first line must be \"" + HEADER + "\""));
    }
    for (int i = 1; i < lines.length && problems.isEmpty(); i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String where = name + ":" + (i + 1);
      List<CsvLine.Cell> cells = CsvLine.split(lines[i]);
      if (cells.size() != 8) {
        problems.add(new Violation(where, lines[i], where + ": expected 8 columns but found " + cells.size()));
        continue;
      }
      Optional<Strategy> strategy = java.util.Arrays.stream(Strategy.values()).filter(s -> s.name().equals(cells.get(0).text()))
          .findFirst();
      Optional<Evidence.Rater> rater = Evidence.Rater.labelled(cells.get(1).text());
      Optional<Evidence.Level> level = Evidence.Level.labelled(cells.get(3).text());
      if (strategy.isEmpty() || rater.isEmpty() || level.isEmpty()) {
        CsvLine.Cell bad = strategy.isEmpty() ? cells.get(0) : rater.isEmpty() ? cells.get(1) : cells.get(3);
        String column = strategy.isEmpty() ? "strategy" : rater.isEmpty() ? "rater" : "level";
        problems.add(new Violation(where, bad.text(), where + ":" + bad.column() + ": unknown " + column + " \"" + bad.text() + "\""));
        continue;
      }
      try {
        rows.add(new Evidence(strategy.get(), rater.get(), cells.get(2).text(), level.get(), cells.get(4).text(),
            cells.get(5).text(), cells.get(6).text(), cells.get(7).text()));
      } catch (IllegalArgumentException e) {
        problems.add(new Violation(where, lines[i], where + ": " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("evidence table", problems);
    }
    return rows;
  }
}
