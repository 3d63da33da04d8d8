package org.psp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.psp.model.Advice;
import org.psp.model.Problem;
import org.psp.model.json.AdviceJsonWriter;
import org.psp.rules.AdviceOutcome;
import org.psp.rules.StrategyAdvisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code psp advise}: advice for each site of a site file, or of the bundled PSP sites. */
@Command(mixinStandardHelpOptions = true,
    description = "Advises each site: eligibility and recommended strategies with their rationale.")
final class AdviseCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { text, json }

  @Spec CommandSpec spec;

  @Mixin SiteOptions siteOptions;

  @Mixin RuleOptions ruleOptions;

  @Mixin YearOption year;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  Format format = Format.text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<StrategyAdvisor> advisor = ruleOptions.advisor(spec);
    if (advisor.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }

    // The file is read as its sites are advised and written: any number of sites in bounded memory.
    List<Problem> errors = new ArrayList<>();
    int[] advised = {0};
    int[] seen = {0};
    Progress progress = new Progress(err, stderrIsATerminal());
    try (AdviceJsonWriter.Report json = format == Format.json ? new AdviceJsonWriter().open(out) : null) {
      Consumer<AdviceOutcome> write = outcome -> {
        outcome.advice().ifPresent(a -> {
          advised[0]++;
          if (json != null) {
            json.write(a);
          }
        });
        outcome.error().ifPresent(errors::add);
        progress.show(++seen[0]);
      };
      TextBatch text = json == null ? new TextBatch(out, AdviceReport::render, write, errors::add) : null;
      try {
        siteOptions.read(text != null ? text::add : errors::add,
            sites -> advisor.get().adviseEach(sites, year.adviceYear(), text != null ? text::add : write));
        if (text != null) {
          text.flush();
        }
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        if (text != null) {
          try {
            text.flush(); // the reports of the sites advised before it
          } catch (RuntimeException | StackOverflowError | OutOfMemoryError also) {
            e.addSuppressed(also);
          }
        }
        // Not a site's (the advisor keeps those): said as an error of the file, and the results so far stay whole.
        errors.add(Problem.inSite("", "advising stopped after " + plural(seen[0], "site") + ": "
            + Psp.internalError(e)));
      }
      progress.clear();
      if (json != null) {
        json.finish(errors);
      }
    } catch (IOException e) {
      err.println("psp advise: cannot write the output: " + Terminal.safe(String.valueOf(e.getMessage())));
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
    out.flush();
    if (seen[0] == 0 && errors.isEmpty()) {
      err.println("psp advise: " + Terminal.safe(siteOptions.name()) + " has no site: nothing to advise");
    }
    ErrorLines.print(errors, err);
    if (!errors.isEmpty()) {
      long failedSites = errors.stream().map(Problem::site).filter(id -> !id.isEmpty()).distinct().count();
      boolean fileProblems = errors.stream().anyMatch(e -> e.site().isEmpty());
      err.println(plural(errors.size(), "error") + " in " + (failedSites > 0 ? plural(failedSites, "site") : "")
          + (failedSites > 0 && fileProblems ? " and " : "") + (fileProblems ? "the file" : "") + "; "
          + plural(advised[0], "site") + " advised");
    }
    err.flush();
    return errors.isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }

  /**
   * Whether stderr is a terminal. Java 17 cannot ask that of stderr alone: on Linux, stderr's file
   * descriptor links to a tty device; elsewhere, a console means stdin and stdout are terminals.
   */
  private static boolean stderrIsATerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /**
   * The text reports of a batch of outcomes, made on every core and written in the sites' order: the
   * words of a report are a good part of a short run, and this way they take both cores, as the advice
   * does. An outcome is handed to {@code then} once its report, if it has one, is written; a problem of
   * the file read meanwhile is handed to {@code problems} in its place among them, as it would be
   * without the batch. Where a report cannot be made, the reports before it are written, the problems
   * of the file held are still handed on, and {@link #flush} throws what went wrong: advising stops at
   * that site, as it would if the report were made as the site is advised.
   */
  static final class TextBatch {
    /** Outcomes held before their reports are made: enough for every core, few enough to stream. */
    private static final int SIZE = 256;

    private final PrintWriter out;
    private final Function<Advice, String> render;
    private final Consumer<AdviceOutcome> then;
    private final Consumer<Problem> problems;
    /** Each an outcome or a problem of the file, in the order they came. */
    private final List<Object> held = new ArrayList<>(SIZE);
    private int outcomes;

    TextBatch(PrintWriter out, Function<Advice, String> render, Consumer<AdviceOutcome> then, Consumer<Problem> problems) {
      this.out = out;
      this.render = render;
      this.then = then;
      this.problems = problems;
    }

    void add(AdviceOutcome outcome) {
      held.add(outcome);
      if (++outcomes == SIZE) {
        flush();
      }
    }

    void add(Problem problem) {
      held.add(problem);
    }

    /**
     * Writes the reports of the outcomes held, and hands on what is held, in their order; holds nothing
     * after, whether or not a report could be made.
     *
     * @throws RuntimeException or an {@link Error}: what went wrong with the first report that could not
     *     be made, once the reports before it are written
     */
    void flush() {
      Object[] reports = held.parallelStream().map(this::report).toArray();
      Throwable failed = null;
      try {
        for (int i = 0; i < reports.length; i++) {
          if (held.get(i) instanceof Problem problem) {
            problems.accept(problem);
          } else if (failed == null && reports[i] instanceof Throwable t) {
            failed = t;
          } else if (failed == null) {
            out.print((String) reports[i]);
            then.accept((AdviceOutcome) held.get(i));
          }
        }
      } finally {
        held.clear();
        outcomes = 0;
      }
      if (failed instanceof RuntimeException e) {
        throw e;
      } else if (failed != null) {
        throw (Error) failed;
      }
    }

    /** The report of {@code held}, an outcome or a problem ("" for none), or what went wrong making it. */
    private Object report(Object held) {
      try {
        return held instanceof AdviceOutcome o ? o.advice().map(render).orElse("") : "";
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        return e;
      }
    }
  }

  /** A one-line counter on stderr, shown only on a terminal, from the 50th site. */
  private record Progress(PrintWriter err, boolean terminal) {
    void show(int done) {
      if (terminal && done >= 50 && done % 50 == 0) {
        err.print("\radvising " + done);
        err.flush();
      }
    }

    void clear() {
      if (terminal) {
        err.print("\r\033[K");
        err.flush();
      }
    }
  }
}
