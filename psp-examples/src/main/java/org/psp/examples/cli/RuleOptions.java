package org.psp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.psp.model.InvalidValueException;
import org.psp.model.NationalRates;
import org.psp.model.Problem;
import org.psp.rules.InvalidRulesException;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.settings.PolicySettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The rule options shared by the commands that advise: {@code --rules}, {@code --disable}, {@code
 * --settings}, {@code --national-rates} and {@code --time-limit}.
 */
final class RuleOptions {

  private static final String RULES = "--rules";
  private static final String DISABLE = "--disable";
  private static final String SETTINGS = "--settings";
  private static final String NATIONAL_RATES = "--national-rates";
  private static final String TIME_LIMIT = "--time-limit";
  /** The option that takes the added rules as a trusted rule set; validate has it too. */
  static final String TRUSTED_RULES = "--trusted-rules";
  /** What {@value #TRUSTED_RULES} does, for each command's help. */
  static final String TRUSTED_RULES_DESCRIPTION = "Takes the added rules as a trusted rule set: their code may reach "
      + "outside the rule facts (System, threads, files, network, reflection...), which rules are refused by default. "
      + "Only for rules from a source trusted as psp itself is.";
  /**
   * The names of these options, each declared once above and given to its {@code @Option} below; a
   * command uses the default advisor when picocli matched none of them.
   */
  static final List<String> NAMES = List.of(RULES, DISABLE, SETTINGS, NATIONAL_RATES, TIME_LIMIT, TRUSTED_RULES);

  @Option(names = RULES, paramLabel = "PATH",
      description = "A .drl file or folder of them, added to the default rules (a rule with a default rule's "
          + "name replaces it). Repeatable.")
  List<Path> rules = new ArrayList<>();

  @Option(names = DISABLE, paramLabel = "RULE",
      description = "Leaves out the rule of exactly this name, default or added. Repeatable. A rules folder can "
          + "also list names to leave out, one a line, in a file named " + StrategyAdvisor.DISABLED_RULES_FILE + ".")
  List<String> disable = new ArrayList<>();

  @Option(names = SETTINGS, paramLabel = "FILE",
      description = SETTINGS_DESCRIPTION)
  Path settings;

  @Option(names = NATIONAL_RATES, paramLabel = "FILE",
      description = "A CSV of national rates by year, with the bundled table's columns (" + NationalRates.HEADER
          + "), instead of the bundled FBI table of 2005-2023.")
  Path nationalRates;

  @Option(names = TRUSTED_RULES, description = TRUSTED_RULES_DESCRIPTION)
  boolean trusted;

  /** What {@code --settings} is, for every command that takes it. */
  static final String SETTINGS_DESCRIPTION = "A .properties file of policy settings that replace the defaults, e.g. "
      + "eligibilityRatio=2.0; a line \"# range: number > 0\" above a new name declares a setting that rules read as "
      + "settings.value(\"name\").";

  private Duration timeLimit = StrategyAdvisor.DEFAULT_TIME_LIMIT;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = TIME_LIMIT, paramLabel = "SECONDS",
      description = "The longest the rules may take over one site (default: ${DEFAULT-VALUE}); past it the site is "
          + "not advised and the rule that was running is named. A rule that never returns ends psp with exit code 1.",
      defaultValue = "5")
  void timeLimit(double seconds) {
    if (!(seconds > 0 && seconds <= 86_400)) {
      throw new ParameterException(mixee.commandLine(), TIME_LIMIT + " must be more than 0 and at most 86400 seconds "
          + "(a day) but was " + seconds);
    }
    timeLimit = Duration.ofNanos(Math.round(seconds * 1e9));
  }

  /**
   * The advisor with the default rules and these, less the disabled ones, and the settings; empty,
   * with each problem printed (rule problems as FILE:LINE:COLUMN: message), when they are not valid.
   * Warnings on the rules are printed and the advisor is made all the same.
   *
   * @throws ParameterException (a usage error) when a {@code --disable} names no rule
   */
  Optional<StrategyAdvisor> advisor(CommandSpec spec) {
    return advisor(spec, true);
  }

  /**
   * The advisor as {@link #advisor(CommandSpec)} makes it, looking for data gaps or not: {@code psp
   * screen} lists none, and each row would be tried again for every share the FBI's tables lack.
   */
  Optional<StrategyAdvisor> advisor(CommandSpec spec, boolean dataGaps) {
    PrintWriter err = spec.commandLine().getErr();
    if (NAMES.stream().noneMatch(spec.commandLine().getParseResult()::hasMatchedOption)) {
      return Optional.of(HeadStart.defaultAdvisor(err, dataGaps));
    }
    Optional<PolicySettings> policy = settings(err);
    Optional<NationalRates> rates = nationalRates(err);
    if (policy.isEmpty() || rates.isEmpty()) {
      return Optional.empty();
    }
    StrategyAdvisor.Builder builder = builder(err).settings(policy.get()).nationalRates(rates.get())
        .addRules(rules).timeLimit(timeLimit).dataGaps(dataGaps).trustedRules(trusted);
    disable.forEach(builder::disableRule);
    try {
      StrategyAdvisor advisor = builder.build();
      advisor.warnings().forEach(w -> err.println(Terminal.safe(w.toString())));
      err.flush();
      return Optional.of(advisor);
    } catch (InvalidRulesException e) {
      List<Problem> unknownDisabled = e.problems().stream()
          .filter(p -> p.file().equals(StrategyAdvisor.DISABLED_BY_BUILDER)).toList();
      if (!unknownDisabled.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--disable: " + Terminal.safe(unknownDisabled.stream()
            .map(Problem::message).collect(Collectors.joining("; "))));
      }
      print(e.problems(), err);
      return Optional.empty();
    }
  }

  /** The files these options read: the rule paths, the settings and the national rates given. */
  List<Path> inputs() {
    List<Path> inputs = new ArrayList<>(rules);
    if (settings != null) {
      inputs.add(settings);
    }
    if (nationalRates != null) {
      inputs.add(nationalRates);
    }
    return inputs;
  }

  /**
   * A builder of the default advisor as psp runs it: a consequence that never returns keeps its
   * thread, which Java cannot stop, so psp says which rule it is, on {@code err}, and ends with exit
   * code 1.
   */
  static StrategyAdvisor.Builder builder(PrintWriter err) {
    return StrategyAdvisor.builder().onStuck(stuck -> {
      err.println("error: " + Terminal.safe(stuck.getMessage()));
      err.flush();
      System.exit(CommandLine.ExitCode.SOFTWARE);
    });
  }

  /**
   * Whether {@code args} may leave every one of these options at its default: none of them starts
   * with one of their names. A hint, read before picocli has parsed them.
   */
  static boolean mayAllBeDefault(String... args) {
    for (String arg : args) {
      for (String name : NAMES) {
        if (arg.startsWith(name)) {
          return false;
        }
      }
    }
    return true;
  }

  private Optional<PolicySettings> settings(PrintWriter err) {
    return settings(settings, err);
  }

  /**
   * The settings of {@code settings} (the defaults when null), or empty when the file cannot be read or
   * is invalid, which {@code err} is told with every problem.
   */
  static Optional<PolicySettings> settings(Path settings, PrintWriter err) {
    if (settings == null) {
      return Optional.of(PolicySettings.defaults());
    }
    try {
      return Optional.of(PolicySettings.read(settings));
    } catch (NoSuchFileException e) {
      err.println(Terminal.safe(settings + ": no such file (--settings takes a .properties file of name=value lines, one a"
          + " setting)"));
    } catch (IOException e) {
      err.println(Terminal.safe(settings + ": cannot read it: " + e.getMessage()));
    } catch (InvalidValueException e) {
      print(e, "the settings file", err);
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
      err.println(Terminal.safe(nationalRates + ": no such file"));
    } catch (IOException e) {
      err.println(Terminal.safe(nationalRates + ": cannot read it: " + e.getMessage()));
    } catch (InvalidValueException e) {
      print(e, "the national rates table", err);
    }
    err.flush();
    return Optional.empty();
  }

  /** Every problem of {@code what}, one a line, then how many there were. */
  private static void print(InvalidValueException e, String what, PrintWriter err) {
    e.problems().forEach(p -> err.println(Terminal.safe(p.toString())));
    err.println(plural(e.problems().size(), "problem") + " in " + what + "; nothing was advised with it");
  }

  /** Every problem, then how many errors (and warnings) there were. */
  static void print(List<Problem> problems, PrintWriter err) {
    problems.forEach(p -> err.println(Terminal.safe(p.toString())));
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    err.println(plural(errors, "problem") + " in the rules" + (warnings == 0 ? "" : ", and " + plural(warnings, "warning")));
    err.flush();
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
