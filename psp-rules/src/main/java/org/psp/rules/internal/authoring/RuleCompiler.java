package org.psp.rules.internal.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.psp.model.Problem;
import org.psp.model.text.BoundedText;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.catalog.Stage;
import org.psp.rules.internal.rulebase.DisabledRule;
import org.psp.rules.internal.rulebase.DrlOutline;
import org.psp.rules.internal.rulebase.RuleBases;
import org.psp.rules.internal.rulebase.RuleFactsCheck;
import org.psp.rules.internal.spelling.Spelling;

/**
 * Compiles rule authors' .drl files with the classic compiler, which reports positions in the
 * author's file (the executable model would point into generated Java), and collects every problem:
 * the compiler's, and those of {@link DrlOutline} (an unknown stage, a proposal whose strategy is not
 * written as {@code Strategy.X}, metadata that disagrees with what the rule does: {@link
 * RuleFactsCheck}). A rule that names no stage is put in {@link Stage#DEFAULT}.
 */
public final class RuleCompiler {

  /** The name of the file in a rules folder that lists, one a line, the rules to disable. */
  public static final String DISABLED_LIST = "disabled-rules.txt";

  /**
   * What compiling gave: when there was no error, the packages, the catalog entries of their rules and
   * the rules the folders' {@value #DISABLED_LIST} files disable, and the text of each file read by its
   * name; the errors and warnings found.
   */
  public record Compiled(Collection<KiePackage> packages, List<RuleInfo> rules, List<DisabledRule> disabled,
      Map<String, String> sources, List<Problem> problems, List<Problem> warnings) {}

  private RuleCompiler() {}

  /**
   * The .drl files named by {@code paths}: files as given, folders searched recursively (following
   * symbolic links; a loop is a problem), in path order; and the disabled lists found in the folders.
   * A path that does not exist, a file that is not .drl, or a .drl that is a device or a pipe (whose
   * reading could block or never end) is a problem.
   */
  static List<Path> drlFiles(Collection<Path> paths, List<Path> disabledLists, List<Problem> problems) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
          List<Path> found = new ArrayList<>();
          walk.filter(p -> !Files.isDirectory(p)).sorted(Comparator.comparing(Path::toString)).forEach(p -> {
            if (!Files.isRegularFile(p)) {
              if (isDrl(p) || p.getFileName().toString().equals(DISABLED_LIST)) {
                problems.add(Problem.inFile(p.toString(), 0, 0, "is not a file but a device, a pipe or a broken link; "
                    + "rules are read from files"));
              }
            } else if (isDrl(p)) {
              found.add(p);
            } else if (p.getFileName().toString().equals(DISABLED_LIST)) {
              disabledLists.add(p);
            }
          });
          if (found.isEmpty() && disabledLists.isEmpty()) {
            problems.add(Problem.inFile(path.toString(), 0, 0, "the folder has no .drl file"));
          }
          files.addAll(found);
        } catch (UncheckedIOException e) {
          problems.add(Problem.inFile(path.toString(), 0, 0, e.getCause() instanceof FileSystemLoopException loop
              ? "the symbolic link " + loop.getFile() + " leads back to a folder above it"
              : "cannot read the folder: " + e.getCause().getMessage()));
        } catch (IOException e) {
          problems.add(Problem.inFile(path.toString(), 0, 0, "cannot read the folder: " + e.getMessage()));
        }
      } else if (!Files.exists(path)) {
        problems.add(Problem.inFile(path.toString(), 0, 0, "no such file or folder"));
      } else if (path.getFileName().toString().equals(DISABLED_LIST)) {
        disabledLists.add(path);
      } else if (!isDrl(path)) {
        problems.add(Problem.inFile(path.toString(), 0, 0, "not a .drl file"));
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** The largest .drl file (or list of disabled rules) read: a rule is a few hundred bytes. */
  public static final long MAX_DRL_BYTES = 1024 * 1024;
  /** A .drl file, read up to {@link #MAX_DRL_BYTES}. */
  public static final BoundedText.Limit DRL_FILE = new BoundedText.Limit("a .drl file", MAX_DRL_BYTES);

  /** The message of {@code e} without the file's name at its start, which the problem gives already. */
  private static String withoutName(IOException e, Path file) {
    String message = String.valueOf(e.getMessage());
    return message.startsWith(file + " ") ? message.substring(file.toString().length() + 1) : message;
  }

  /**
   * Whether {@code folder} (or a folder in it, links followed) holds a .drl file or a list of disabled
   * rules: whether it has anything for a rule author's advisor to read.
   *
   * @throws IOException if it cannot be read
   */
  public static boolean hasRuleFiles(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
      return walk.anyMatch(p -> Files.isRegularFile(p) && (isDrl(p) || p.getFileName().toString().equals(DISABLED_LIST)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A .drl file, whatever the case of its extension. */
  private static boolean isDrl(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".drl");
  }

  /** The rule names of a disabled list: one a line, blank lines and {@code #} comments skipped. */
  private static List<DisabledRule> readDisabledList(Path file, List<Problem> problems) {
    List<DisabledRule> names = new ArrayList<>();
    try {
      List<String> lines = BoundedText.read(file, new BoundedText.Limit("a list of disabled rules", MAX_DRL_BYTES)).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String name = lines.get(i).strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(new DisabledRule(name, file.toString(), i + 1));
        }
      }
    } catch (IOException e) {
      problems.add(Problem.inFile(file.toString(), 0, 0, "cannot read the list of disabled rules: " + withoutName(e, file)));
    }
    return names;
  }

  /**
   * Compiles every .drl file named by {@code paths}, and reads the disabled lists among them; {@code
   * settingNames} are the settings in force, which a rule may read by name ({@code settings.value("x")}).
   * Unless {@code trusted}, code that reaches outside the rule facts is a problem ({@link RuleReach}).
   */
  public static Compiled compile(Collection<Path> paths, Collection<String> settingNames, boolean trusted) {
    List<Problem> problems = new ArrayList<>();
    List<Path> disabledLists = new ArrayList<>();
    List<Path> files = drlFiles(paths, disabledLists, problems);
    List<DisabledRule> disabled = new ArrayList<>();
    disabledLists.forEach(list -> disabled.addAll(readDisabledList(list, problems)));
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    Map<String, String> sources = new LinkedHashMap<>();
    for (Path file : files) {
      String text;
      try {
        text = BoundedText.read(file, DRL_FILE);
      } catch (IOException e) {
        problems.add(Problem.inFile(file.toString(), 0, 0, "cannot read the file: " + withoutName(e, file)));
        continue;
      }
      // Each file under its own source path, so that every problem names the author's file.
      String sourcePath = file.toString();
      Optional<Problem> unbounded = RuleFileBounds.check(sourcePath, text);
      if (unbounded.isPresent()) {
        problems.add(unbounded.get());
        continue;
      }
      if (!trusted) {
        problems.addAll(RuleReach.check(sourcePath, text));
      }
      try {
        builder.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
            .setSourcePath(sourcePath), ResourceType.DRL);
        sources.put(sourcePath, text);
      } catch (StackOverflowError e) {
        // Within the bounds, but nested (or chained) deeper than this JVM's stack lets the parser go.
        problems.add(Problem.inFile(sourcePath, 1, 1, "the file is nested too deeply for the compiler to read "
            + "(StackOverflowError); write its conditions in steps: several patterns, or a function"));
      }
    }
    List<Problem> compileProblems = new ArrayList<>();
    for (KnowledgeBuilderError error : builder.getErrors()) {
      compileProblems.addAll(ErrorTranslator.translate(error, sources));
    }
    problems.addAll(ErrorTranslator.withoutEchoes(compileProblems));
    List<RuleInfo> rules = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    List<Problem> compilers = List.copyOf(problems);
    sources.forEach((file, text) -> {
      // The outline's own problems but on lines where the compiler found one: the same mistake, said
      // once, and a mistake only the outline sees (an unknown stage) said beside the compiler's.
      List<Problem> outlineProblems = new ArrayList<>();
      rules.addAll(DrlOutline.rules(file, text, RuleInfo.Origin.ADDED, settingNames, outlineProblems));
      for (Problem p : outlineProblems) {
        if (compilers.stream().noneMatch(c -> c.file().equals(file) && c.line() == p.line())) {
          (p.isError() ? problems : warnings).add(p);
        }
      }
    });
    problems.addAll(sameNames(rules));
    // The compiler's own word on a duplicate name echoes the one just added.
    List<Problem> said = ErrorTranslator.withoutEchoes(problems);
    problems.clear();
    problems.addAll(said);
    warnings.addAll(nearDefaultNames(rules));
    Comparator<Problem> order = Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
        .thenComparingInt(Problem::column);
    problems.sort(order);
    warnings.sort(order);
    if (!problems.isEmpty()) {
      // Errors first: the metadata a rule lacks is said once its file compiles.
      warnings.removeIf(RuleFactsCheck::isMissingMetadata);
      return new Compiled(List.of(), List.of(), List.of(), Map.of(), problems, warnings);
    }
    Collection<KiePackage> packages = builder.getKnowledgePackages();
    for (KiePackage pkg : packages) {
      for (Rule rule : pkg.getRules()) {
        RuleImpl impl = (RuleImpl) rule;
        if (impl.isMainAgendaGroup()) {
          impl.setAgendaGroup(Stage.DEFAULT.groupName());
        }
      }
    }
    warnings.addAll(UnmatchablePatterns.warnings(packages, sources, rules));
    warnings.sort(order);
    return new Compiled(packages, rules, disabled, Map.copyOf(sources), problems, warnings);
  }

  /**
   * A rule name given twice among the added files, each place after the first an error naming the
   * first: in one rule base a name is one rule, and the engine could not say which was meant.
   */
  private static List<Problem> sameNames(List<RuleInfo> rules) {
    List<Problem> problems = new ArrayList<>();
    Map<String, RuleInfo> first = new LinkedHashMap<>();
    for (RuleInfo rule : rules) {
      RuleInfo earlier = first.putIfAbsent(rule.name(), rule);
      if (earlier != null) {
        problems.add(Problem.inFile(rule.file(), rule.line(), 1, "rule \"" + rule.name() + "\" is also defined at "
            + earlier.file() + ":" + earlier.line() + "; give each rule its own name"));
      }
    }
    return problems;
  }

  /**
   * An added rule whose name is close to a default rule's but not the same: probably meant to replace
   * it, it runs beside it instead.
   */
  private static List<Problem> nearDefaultNames(List<RuleInfo> rules) {
    Set<String> defaults = RuleBases.defaultNames();
    List<Problem> warnings = new ArrayList<>();
    for (RuleInfo rule : rules) {
      String now = RuleBases.renamedDefaults().get(rule.name());
      if (now != null && !defaults.contains(rule.name())) {
        warnings.add(Problem.warningInFile(rule.file(), rule.line(), 1, "rule \"" + rule.name() + "\" is the former name of"
            + " the default rule now named \"" + now + "\", so it runs beside the default rules; to replace that rule, name"
            + " yours \"" + now + "\""));
      } else if (!defaults.contains(rule.name())) {
        List<String> near = Spelling.nearest(rule.name(), defaults);
        if (!near.isEmpty()) {
          warnings.add(Problem.warningInFile(rule.file(), rule.line(), 1, "rule \"" + rule.name()
              + "\" is not a default rule's name, so it runs beside the default rules; did you mean to replace \""
              + near.get(0) + "\"? A rule replaces a default rule only under exactly its name"));
        }
      }
    }
    return warnings;
  }
}
