package org.psp.rules.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.psp.rules.RuleInfo;
import org.psp.rules.RuleProblem;
import org.psp.rules.Stage;

/**
 * Compiles rule authors' .drl files with the classic compiler, which reports positions in the
 * author's file (the executable model would point into generated Java), and collects every problem:
 * the compiler's, and those of {@link DrlOutline} (an unknown stage, a proposal whose strategy is not
 * written as {@code Strategy.X}). A rule that names no stage is put in {@link Stage#DEFAULT}.
 */
public final class RuleCompiler {

  /**
   * What compiling gave: when there was no problem, the packages and the catalog entries of their
   * rules; else the problems.
   */
  public record Compiled(Collection<KiePackage> packages, List<RuleInfo> rules, List<RuleProblem> problems) {}

  private RuleCompiler() {}

  /**
   * The .drl files named by {@code paths}: files as given, folders searched recursively, in path order.
   * A path that does not exist, or a file that is not .drl, is a problem.
   */
  static List<Path> drlFiles(Collection<Path> paths, List<RuleProblem> problems) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          List<Path> found = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".drl"))
              .sorted(Comparator.comparing(Path::toString)).toList();
          if (found.isEmpty()) {
            problems.add(new RuleProblem(path.toString(), 0, 0, "the folder has no .drl file"));
          }
          files.addAll(found);
        } catch (IOException e) {
          problems.add(new RuleProblem(path.toString(), 0, 0, "cannot read the folder: " + e.getMessage()));
        }
      } else if (!Files.exists(path)) {
        problems.add(new RuleProblem(path.toString(), 0, 0, "no such file or folder"));
      } else if (!path.toString().endsWith(".drl")) {
        problems.add(new RuleProblem(path.toString(), 0, 0, "not a .drl file"));
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** Compiles every .drl file named by {@code paths}. */
  public static Compiled compile(Collection<Path> paths) {
    List<RuleProblem> problems = new ArrayList<>();
    List<Path> files = drlFiles(paths, problems);
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    Map<String, String> sources = new LinkedHashMap<>();
    for (Path file : files) {
      String text;
      try {
        text = Files.readString(file);
      } catch (IOException e) {
        problems.add(new RuleProblem(file.toString(), 0, 0, "cannot read the file: " + e.getMessage()));
        continue;
      }
      // Each file under its own source path, so that every problem names the author's file.
      String sourcePath = file.toString();
      sources.put(sourcePath, text);
      builder.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
          .setSourcePath(sourcePath), ResourceType.DRL);
    }
    List<RuleProblem> compileProblems = new ArrayList<>();
    for (KnowledgeBuilderError error : builder.getErrors()) {
      compileProblems.addAll(ErrorTranslator.translate(error, sources));
    }
    problems.addAll(ErrorTranslator.withoutEchoes(compileProblems));
    List<RuleInfo> rules = new ArrayList<>();
    sources.forEach((file, text) -> {
      // The outline's own problems only where the compiler found none: the same mistake, said once.
      List<RuleProblem> outlineProblems = new ArrayList<>();
      rules.addAll(DrlOutline.rules(file, text, RuleInfo.Origin.ADDED, outlineProblems));
      if (problems.stream().noneMatch(p -> p.file().equals(file))) {
        problems.addAll(outlineProblems);
      }
    });
    problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
        .thenComparingInt(RuleProblem::column));
    if (!problems.isEmpty()) {
      return new Compiled(List.of(), List.of(), problems);
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
    return new Compiled(packages, rules, problems);
  }
}
