package org.psp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.psp.model.InvalidValueException;
import org.psp.model.NationalRates;
import org.psp.rules.InvalidRulesException;
import org.psp.rules.PolicySettings;
import org.psp.rules.RuleProblem;
import org.psp.rules.StrategyAdvisor;
import picocli.CommandLine.Option;

/** The {@code --rules}, {@code --settings} and {@code --national-rates} options shared by the commands that advise. */
final class RuleOptions {

  @Option(names = "--rules", paramLabel = "PATH",
      description = "A .drl file or folder of them, added to the default rules (a rule with a default rule's "
          + "name replaces it). Repeatable.")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--settings", paramLabel = "FILE",
      description = "A .properties file of policy settings that replace the defaults, e.g. eligibilityRatio=2.0.")
  Path settings;

  @Option(names = "--national-rates", paramLabel = "FILE",
      description = "A CSV of national rates by year, with the bundled table's columns (" + NationalRates.HEADER
          + "), instead of the bundled FBI table of 2005-2023.")
  Path nationalRates;

  /**
   * The advisor with the default rules and these, and the settings; empty, with each problem
   * printed (rule problems as FILE:LINE:COLUMN: message), when they are not valid.
   */
  Optional<StrategyAdvisor> advisor(PrintWriter err) {
    Optional<PolicySettings> policy = settings(err);
    Optional<NationalRates> rates = nationalRates(err);
    if (policy.isEmpty() || rates.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(StrategyAdvisor.builder().settings(policy.get()).nationalRates(rates.get()).addRules(rules).build());
    } catch (InvalidRulesException e) {
      print(e.problems(), err);
      return Optional.empty();
    }
  }

  private Optional<PolicySettings> settings(PrintWriter err) {
    if (settings == null) {
      return Optional.of(PolicySettings.defaults());
    }
    Properties overrides = new Properties();
    try (Reader in = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
      overrides.load(in);
      return Optional.of(PolicySettings.defaults().withOverrides(overrides));
    } catch (NoSuchFileException e) {
      err.println(settings + ": no such file");
    } catch (IOException | IllegalArgumentException e) {
      err.println(settings + ": " + e.getMessage());
    }
    err.flush();
    return Optional.empty();
  }

  private Optional<NationalRates> nationalRates(PrintWriter err) {
    if (nationalRates == null) {
      return Optional.of(NationalRates.bundled());
    }
    try {
      return Optional.of(NationalRates.read(nationalRates));
    } catch (NoSuchFileException e) {
      err.println(nationalRates + ": no such file");
    } catch (IOException e) {
      err.println(nationalRates + ": cannot read it: " + e.getMessage());
    } catch (InvalidValueException e) {
      e.violations().forEach(v -> err.println(v.message()));
      err.println(e.violations().size() + (e.violations().size() == 1 ? " problem" : " problems")
          + " in the national rates table; nothing was advised with it");
    }
    err.flush();
    return Optional.empty();
  }

  static void print(List<RuleProblem> problems, PrintWriter err) {
    problems.forEach(err::println);
    err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the rules");
    err.flush();
  }
}
