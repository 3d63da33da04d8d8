package org.psp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.Advice;
import org.psp.model.Figure;
import org.psp.model.Ground;
import org.psp.model.Problem;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.model.json.AdviceJsonWriter;
import org.psp.model.json.SiteFile;
import org.psp.model.json.SiteFileReader;
import org.psp.model.json.SiteFileWriter;
import org.psp.model.words.Phrases;

/**
 * CONTRIBUTING.md's "Add a figure", done as it says: its four examples are put into copies of the four
 * files it lists, the copies are compiled (with the Immutables processor, as the build does) and loaded
 * before the library's own classes in a class loader of their own, and there the new figure must be
 * read and written by the site file, checked, read by an author's rule, tried by the data-gap probe,
 * written in the advice's JSON, explained and warned of by {@code validate}, with no other file changed.
 */
class AddAFigureTest {
  /** The repository's root, from this module's folder (where Maven runs its tests). */
  private static final Path ROOT = Path.of("..");
  private static final String SECTION = "## Add a figure";
  private static final String FIGURE = "psp-model/src/main/java/org/psp/model/Figure.java";
  private static final String YEAR = "psp-model/src/main/java/org/psp/model/YearlyStatistics.java";
  private static final String ASSESSMENT = "psp-rules/src/main/java/org/psp/rules/facts/Assessment.java";
  private static final String README = "README.md";
  private static final String TABLE_HEADER = "| figure | | unit | range | what it counts |";
  private static final Pattern STEP = Pattern.compile("(?m)^\\d+\\. \\*\\*`([^`]+)`\\*\\*");
  private static final Pattern FENCE = Pattern.compile("(?m)^( *)```\\w*\\n(.*?)^\\1```", Pattern.DOTALL);

  @Test
  void aFigureAddedAsContributingSaysIsReadWrittenProbedExplainedAndChecked(@TempDir Path dir) throws Exception {
    Map<String, String> steps = steps(Files.readString(ROOT.resolve("CONTRIBUTING.md")));
    assertThat(steps.keySet()).as("the files CONTRIBUTING.md lists").hasSizeLessThanOrEqualTo(4)
        .containsExactlyInAnyOrder(FIGURE, YEAR, ASSESSMENT, README);

    Path copy = dir.resolve("copy");
    for (Map.Entry<String, String> step : steps.entrySet()) {
      String original = Files.readString(ROOT.resolve(step.getKey()));
      String changed = insert(step.getKey(), original, step.getValue());
      assertThat(changed).as("%s with its step", step.getKey()).isNotEqualTo(original);
      Path file = copy.resolve(step.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, changed);
    }
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<Path> classPath = testClassPath();
    compile(List.of(copy.resolve(FIGURE), copy.resolve(YEAR), copy.resolve(ASSESSMENT),
        ROOT.resolve("psp-model/src/main/java/org/psp/model/package-info.java")), classes, classPath);

    Map<String, String> seen = runInTheCopy(classes, classPath, copy, Files.createDirectories(dir.resolve("work")));

    assertThat(seen.get("figure")).isEqualTo("juvenileShare: SHARE, optional, probed");
    assertThat(seen.get("readme")).isEqualTo(seen.get("figures"));
    assertThat(seen.get("read")).isEqualTo("0.4");
    assertThat(seen.get("out of range"))
        .isEqualTo("statistics[0].juvenileShare: must be between 0 and 1 but was 1.5");
    assertThat(seen.get("written")).contains("\"juvenileShare\" : 0.4");
    assertThat(seen.get("recommended in 2018")).isEqualTo("true");
    assertThat(seen.get("data gaps in 2019")).isEqualTo("[{\"strategy\":\"TREATMENT_AND_SERVICES\",\"missing\":"
        + "[\"juvenileShare\"],\"rules\":[\"Treatment: many juvenile suspects\"]}]");
    assertThat(seen.get("explained in 2019")).isEqualTo("juvenileShare >= 0.3 {juvenileShare=null} held null");
    assertThat(seen.get("worded")).isEqualTo("juvenileShare 40% (at least 30%, setting minimumJuvenileShare)");
    assertThat(seen.get("validated")).endsWith("warning: rule \"Treatment: many juvenile suspects\" compares "
        + "juvenileShare, a share from 0 to 1, with 30, so it can never hold as meant; write 0.3 for 30%");
  }

  /** The file and example code of each step of the section, in order. */
  private static Map<String, String> steps(String contributing) {
    int start = contributing.indexOf(SECTION);
    assertThat(start).as("CONTRIBUTING.md has \"%s\"", SECTION).isNotNegative();
    int end = contributing.indexOf("\n## ", start + SECTION.length());
    String section = contributing.substring(start, end < 0 ? contributing.length() : end);
    Map<String, String> steps = new LinkedHashMap<>();
    Matcher step = STEP.matcher(section);
    while (step.find()) {
      Matcher fence = FENCE.matcher(section);
      assertThat(fence.find(step.end())).as("the example of step %s", step.group(1)).isTrue();
      String indent = fence.group(1);
      steps.put(step.group(1), fence.group(2).lines().map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
          .collect(Collectors.joining("\n", "", "\n")));
    }
    return steps;
  }

  /** {@code original} with {@code example} where its step puts it: first of the figures, or last of a class. */
  private static String insert(String file, String original, String example) {
    if (file.equals(FIGURE)) {
      String head = "public enum Figure implements Measure {\n";
      return original.replace(head, head + example);
    }
    if (file.equals(README)) {
      int header = original.indexOf(TABLE_HEADER);
      int firstRow = original.indexOf('\n', original.indexOf('\n', header) + 1) + 1;
      return header < 0 ? original : original.substring(0, firstRow) + example + original.substring(firstRow);
    }
    int close = original.lastIndexOf('}');
    return original.substring(0, close) + "\n" + example + original.substring(close);
  }

  private static void compile(List<Path> sources, Path classes, List<Path> classPath) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options = List.of("-d", classes.toString(), "-classpath",
          classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
          "-processor", "org.immutables.processor.ProxyProcessor", "-implicit:none", "-encoding", "UTF-8", "-nowarn");
      boolean compiled = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      assertThat(compiled).as("the copies compile: %s", diagnostics.getDiagnostics()).isTrue();
    }
  }

  /** The tests' class path, as Maven's test runner gives it. */
  private static List<Path> testClassPath() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> entries = new ArrayList<>();
    for (String entry : path.split(Pattern.quote(File.pathSeparator))) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry));
      }
    }
    return entries;
  }

  /** What {@link InTheCopy} sees, run with the compiled copies before the library's classes. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> runInTheCopy(Path classes, List<Path> classPath, Path copy, Path work)
      throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(classes.toUri().toURL());
    for (Path entry : classPath) {
      urls.add(entry.toUri().toURL());
    }
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader("copy", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      thread.setContextClassLoader(loader);
      Constructor<?> make = loader.loadClass(InTheCopy.class.getName()).getDeclaredConstructor(Path.class, Path.class);
      make.setAccessible(true);
      return ((Supplier<Map<String, String>>) make.newInstance(copy, work)).get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /**
   * Run only in the class loader of the copies, where {@code Figure} has the new constant: what the
   * library does with the new figure, as text the test compares. The sites and the rule are illustrative.
   */
  static final class InTheCopy implements Supplier<Map<String, String>> {
    private static final String RULE = """
        package org.psp.rules.authors;

        import org.psp.model.Strategy;
        import org.psp.rules.facts.Assessment;
        import org.psp.rules.facts.Proposal;

        rule "Treatment: many juvenile suspects"
            ruleflow-group "strategies"
        when
            $a : Assessment( juvenileShare >= THRESHOLD )
        then
            insert( new Proposal( $a, Strategy.TREATMENT_AND_SERVICES, "illustrative: juvenile suspects" ) );
        end
        """;
    /** Illustrative figures: every share the probe tries is given, so that the new one alone can bring a gap. */
    private static final String YEAR = "\"murders\": 14, \"rapes\": 47, \"robberies\": 71, \"aggravatedAssaults\": 622, "
        + "\"firearmShare\": 0.3, \"gangShare\": 0.1, \"drugShare\": 0.1, \"homicideClearanceRate\": 0.6";
    private static final String SITE = "{ \"sites\": [ { \"id\": \"example-al\", \"name\": \"Example\", \"state\": \"AL\", "
        + "\"population\": 21955, \"statistics\": [ { \"year\": 2018, " + YEAR + ", \"juvenileShare\": SHARE }, "
        + "{ \"year\": 2019, " + YEAR + " } ] } ] }";

    private final Path copy;
    private final Path work;

    InTheCopy(Path copy, Path work) {
      this.copy = copy;
      this.work = work;
    }

    @Override
    public Map<String, String> get() {
      try {
        return seen();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private Map<String, String> seen() throws IOException {
      Map<String, String> seen = new LinkedHashMap<>();
      Figure figure = Figure.byKey("juvenileShare").orElseThrow();
      seen.put("figure", figure.key() + ": " + figure.unit() + ", " + (figure.required() ? "required" : "optional")
          + (Figure.probed().contains(figure) ? ", probed" : ""));
      seen.put("figures", Figure.all().stream().map(Figure::key).collect(Collectors.joining(", ")));
      seen.put("readme", readmeKeys());

      SiteFileReader reader = new SiteFileReader();
      SiteFile file = reader.parse(SITE.replace("SHARE", "0.4"), "example.json");
      Site site = file.sites().get(0);
      seen.put("read", String.valueOf(figure.of(site.statisticsOf(2018)).orElseThrow()));
      seen.put("out of range", reader.parse(SITE.replace("SHARE", "1.5"), "bad.json").problems().stream()
          .map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("; ")));
      seen.put("written", new SiteFileWriter().toJson(file.sites()));

      Path rule = Files.writeString(work.resolve("juvenile.drl"), RULE.replace("THRESHOLD", "0.3"));
      StrategyAdvisor advisor = StrategyAdvisor.builder().addRules(rule).build();
      seen.put("recommended in 2018", String.valueOf(advisor.advise(site, AdviceYear.of(2018)).strategies()
          .contains(Strategy.TREATMENT_AND_SERVICES)));
      Advice advice = advisor.advise(site, AdviceYear.of(2019));
      seen.put("data gaps in 2019", new AdviceJsonWriter().toTree(advice).get("dataGaps").toString());
      seen.put("explained in 2019", advisor.explain(site, AdviceYear.of(2019), List.of(Strategy.TREATMENT_AND_SERVICES))
          .get(0).rules().stream()
          .filter(r -> r.rule().name().equals("Treatment: many juvenile suspects"))
          .flatMap(r -> r.conditions().stream())
          .map(c -> c.text() + " " + c.values() + " held " + c.held()).collect(Collectors.joining("; ")));

      // Worded by its unit, a share: as a percentage, like the shares Phrases has words of their own for.
      seen.put("worded", Phrases.ground(new Ground.FigureAgainstSetting("juvenileShare", OptionalDouble.of(0.4),
          "minimumJuvenileShare", 0.3, Ground.Comparison.AT_LEAST)));

      Path percent = Files.createDirectories(work.resolve("percent")).resolve("juvenile.drl");
      Files.writeString(percent, RULE.replace("THRESHOLD", "30"));
      seen.put("validated", StrategyAdvisor.validate(List.of(percent)).stream().map(Problem::toString)
          .collect(Collectors.joining("; ")));
      return seen;
    }

    /** The keys of the copied README's table of a year's figures, in order. */
    private String readmeKeys() throws IOException {
      String readme = Files.readString(copy.resolve(README));
      String table = readme.substring(readme.indexOf(TABLE_HEADER));
      table = table.substring(0, table.indexOf("\n\n"));
      Matcher key = Pattern.compile("(?m)^\\| `(\\w+)` \\| (?:required|optional) \\|").matcher(table);
      List<String> keys = new ArrayList<>();
      while (key.find()) {
        keys.add(key.group(1));
      }
      return String.join(", ", keys);
    }
  }
}
