package org.psp.examples.scenario;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.psp.model.Mode;
import org.psp.model.Outcome;
import org.psp.model.Problem;
import org.psp.model.Strategy;
import org.psp.model.YearlyStatistics;
import org.psp.model.internal.JsonSyntax;
import org.psp.model.json.SiteFileReader;
import org.psp.model.text.BoundedText;

/**
 * Reads {@code *.scenario.json} files. A file that is not a valid scenario gives its problems, each
 * naming the JSON path, instead of a scenario; unknown fields and strategies are problems.
 */
public final class ScenarioReader {

  /** The largest scenario file read: one site and its expectations. */
  public static final long MAX_FILE_BYTES = 1024 * 1024;

  /** The ending of scenario files found in folders. */
  public static final String SUFFIX = ".scenario.json";

  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final List<String> FIELDS = List.of("name", "site", "year", "expect");
  private static final List<String> EXPECT_FIELDS = List.of("eligible", "recommend", "notRecommend", "priority", "mode",
      "dataGaps", "outcome", "focus");

  /**
   * What reading one file gave.
   *
   * @param file the file
   * @param scenario the scenario, when the file is valid
   * @param problems otherwise, what is wrong with it
   */
  public record Read(Path file, Optional<Scenario> scenario, List<Problem> problems) {}

  /** A reader. */
  public ScenarioReader() {}

  /**
   * The scenario files named by {@code paths}: files as given, folders searched for {@code
   * *.scenario.json} (whatever its case), symbolic links followed.
   *
   * @throws IOException if a folder cannot be read, or a link in it leads back to a folder above it
   */
  public List<Path> files(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
          walk.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX) && Files.isRegularFile(p)).sorted()
              .forEach(files::add);
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof FileSystemLoopException loop) {
            throw new IOException(path + ": the symbolic link " + loop.getFile() + " leads back to a folder above it", loop);
          }
          throw e.getCause();
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** Reads one scenario file. */
  public Read read(Path file) {
    JsonNode root;
    try {
      // As strict as a site file: what follows the scenario's object is an error, not ignored.
      try (JsonParser parser = MAPPER.createParser(BoundedText.read(file, new BoundedText.Limit("a scenario file", MAX_FILE_BYTES)))) {
        root = MAPPER.readTree(parser);
        if (root != null && parser.nextToken() != null) {
          throw new JsonParseException(parser, "trailing content after the closing brace");
        }
      }
    } catch (JsonProcessingException e) {
      return failed(file, JsonSyntax.malformed(e));
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      return failed(file, !Files.exists(file) ? "no such file" : message.startsWith(file + " ")
          ? message.substring(file.toString().length() + 1) : "cannot read the file: " + message);
    }
    List<Problem> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      return failed(file, "must be a JSON object with name, site and expect");
    }
    unknownFields(root, "", FIELDS, problems);
    String name = text(root.get("name"), "name", problems);
    SiteFileReader.SiteResult site = root.has("site") ? new SiteFileReader().readSite(root.get("site").toString()) : null;
    if (site == null) {
      problems.add(Problem.atPath("site", "is required but missing"));
    } else {
      site.problems().forEach(p -> problems.add(Problem.atPath("site" + (p.path().isEmpty() ? "" : "." + p.path()), p.message())));
    }
    OptionalInt year = OptionalInt.empty();
    JsonNode yearNode = root.get("year");
    if (yearNode != null && !yearNode.isNull()) {
      if (yearNode.isIntegralNumber() && yearNode.canConvertToInt()) {
        year = OptionalInt.of(yearNode.intValue());
      } else if (yearNode.isFloatingPointNumber() && yearNode.doubleValue() == Math.rint(yearNode.doubleValue())
          && Math.abs(yearNode.doubleValue()) <= Integer.MAX_VALUE) {
        // A whole number written with a point or an exponent (2019.0, 2.019e3), as site files take it.
        year = OptionalInt.of((int) yearNode.doubleValue());
      } else {
        problems.add(Problem.atPath("year", "must be a whole number but was " + yearNode));
      }
      if (year.isPresent() && !YearlyStatistics.isYear(year.getAsInt())) {
        problems.add(Problem.atPath("year", "must be " + YearlyStatistics.YEAR_RANGE + " but was " + year.getAsInt()));
        year = OptionalInt.empty();
      }
    }
    Expectation expect = expectation(root.get("expect"), problems);
    if (!problems.isEmpty()) {
      return new Read(file, Optional.empty(), problems);
    }
    return new Read(file, Optional.of(new Scenario(name, site.site().orElseThrow(), year, expect)), List.of());
  }

  private static Expectation expectation(JsonNode node, List<Problem> problems) {
    if (node == null || !node.isObject()) {
      problems.add(Problem.atPath("expect", "must be an object with " + String.join(", ", EXPECT_FIELDS)));
      return null;
    }
    unknownFields(node, "expect.", EXPECT_FIELDS, problems);
    Optional<Boolean> eligible = Optional.empty();
    JsonNode e = node.get("eligible");
    if (e != null && !e.isNull()) {
      if (e.isBoolean()) {
        eligible = Optional.of(e.booleanValue());
      } else {
        problems.add(Problem.atPath("expect.eligible", "must be true or false but was " + e));
      }
    }
    Set<Strategy> recommend = strategies(node.get("recommend"), "expect.recommend", problems);
    Set<Strategy> notRecommend = strategies(node.get("notRecommend"), "expect.notRecommend", problems);
    Map<Strategy, Integer> priority = new LinkedHashMap<>();
    JsonNode p = node.get("priority");
    if (p != null && !p.isNull()) {
      if (!p.isObject()) {
        problems.add(Problem.atPath("expect.priority", "must be an object of STRATEGY: priority but was " + p));
      } else {
        p.properties().forEach(entry -> {
          String path = "expect.priority." + entry.getKey();
          Optional<Strategy> strategy = strategy(entry.getKey(), path, problems);
          JsonNode value = entry.getValue();
          if (!value.isIntegralNumber() || value.intValue() < 1 || value.intValue() > 3) {
            problems.add(Problem.atPath(path, "must be a priority from 1 to 3 but was " + value));
          } else {
            strategy.ifPresent(s -> priority.put(s, value.intValue()));
          }
        });
      }
    }
    Map<Strategy, Mode> mode = new LinkedHashMap<>();
    JsonNode m = node.get("mode");
    if (m != null && !m.isNull()) {
      if (!m.isObject()) {
        problems.add(Problem.atPath("expect.mode", "must be an object of STRATEGY: " + modes() + " but was " + m));
      } else {
        m.properties().forEach(entry -> {
          String path = "expect.mode." + entry.getKey();
          Optional<Strategy> strategy = strategy(entry.getKey(), path, problems);
          JsonNode value = entry.getValue();
          Optional<Mode> expected = Arrays.stream(Mode.values()).filter(v -> value.isTextual() && v.name().equals(value.textValue()))
              .findFirst();
          if (expected.isEmpty()) {
            problems.add(Problem.atPath(path, "must be " + modes() + " but was " + value));
          } else {
            strategy.ifPresent(s -> mode.put(s, expected.get()));
          }
        });
      }
    }
    Set<Strategy> dataGaps = strategies(node.get("dataGaps"), "expect.dataGaps", problems);
    Optional<Outcome.Verdict> outcome = Optional.empty();
    JsonNode o = node.get("outcome");
    if (o != null && !o.isNull()) {
      outcome = Arrays.stream(Outcome.Verdict.values()).filter(v -> o.isTextual() && v.name().equals(o.textValue())).findFirst();
      if (outcome.isEmpty()) {
        problems.add(Problem.atPath("expect.outcome", "must be one of " + List.of(Outcome.Verdict.values()) + " but was " + o));
      }
    }
    List<Strategy> focus = orderedStrategies(node.get("focus"), "expect.focus", problems);
    Expectation expectation = new Expectation(eligible, recommend, notRecommend, priority, mode, dataGaps, outcome, focus);
    if (expectation.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.atPath("expect", "states no expectation, so the scenario would pass whatever the advice; state at "
          + "least one of " + String.join(", ", EXPECT_FIELDS)));
    }
    return expectation;
  }

  /** The modes in words: "ESTABLISH, STRENGTHEN or UNKNOWN". */
  private static String modes() {
    List<String> names = Arrays.stream(Mode.values()).map(Mode::name).toList();
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /** An ordered array of strategies, each at most once. */
  private static List<Strategy> orderedStrategies(JsonNode node, String path, List<Problem> problems) {
    List<Strategy> listed = strategyList(node, path, problems, "an array of strategies, in order,");
    List<Strategy> strategies = new ArrayList<>(listed.size());
    for (int i = 0; i < listed.size(); i++) {
      Strategy s = listed.get(i);
      if (strategies.contains(s)) {
        problems.add(Problem.atPath(path + "[" + i + "]", s + " is already at " + path + "[" + listed.indexOf(s) + "]"));
      } else {
        strategies.add(s);
      }
    }
    return strategies;
  }

  private static Set<Strategy> strategies(JsonNode node, String path, List<Problem> problems) {
    Set<Strategy> strategies = EnumSet.noneOf(Strategy.class);
    strategies.addAll(strategyList(node, path, problems, "an array of strategies"));
    return strategies;
  }

  /** The strategies of an array, in its order; each element that is no strategy is a problem. */
  private static List<Strategy> strategyList(JsonNode node, String path, List<Problem> problems, String what) {
    List<Strategy> strategies = new ArrayList<>();
    if (node == null || node.isNull()) {
      return strategies;
    }
    if (!node.isArray()) {
      problems.add(Problem.atPath(path, "must be " + what + " but was " + node));
      return strategies;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      String at = path + "[" + i + "]";
      if (!element.isTextual()) {
        problems.add(Problem.atPath(at, "must be a strategy name but was " + element));
      } else {
        strategy(element.textValue(), at, problems).ifPresent(strategies::add);
      }
    }
    return strategies;
  }

  private static Optional<Strategy> strategy(String name, String path, List<Problem> problems) {
    try {
      return Optional.of(Strategy.valueOf(name));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.atPath(path, "unknown strategy \"" + name + "\"; known: " + List.of(Strategy.values())));
      return Optional.empty();
    }
  }

  private static String text(JsonNode node, String path, List<Problem> problems) {
    if (node == null || !node.isTextual() || node.textValue().isBlank()) {
      problems.add(Problem.atPath(path, "must be a non-empty string but was " + (node == null ? "missing" : node.toString())));
      return null;
    }
    return node.textValue();
  }

  /** A problem for each field of {@code node} not in {@code known}, naming the known ones, as the site file's do. */
  private static void unknownFields(JsonNode node, String prefix, List<String> known, List<Problem> problems) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!known.contains(field)) {
        problems.add(Problem.atPath(prefix + field, "unknown field \"" + field + "\"; known fields: " + String.join(", ", known)));
      }
    }
  }

  private static Read failed(Path file, String problem) {
    return new Read(file, Optional.empty(), List.of(Problem.atPath("", problem)));
  }
}
