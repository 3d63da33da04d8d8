package org.psp.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code psp} command: advice for PSP sites from the command line.
 *
 * <p>Exit codes: {@value CommandLine.ExitCode#OK} success; {@value CommandLine.ExitCode#SOFTWARE}
 * problems found (invalid input, invalid rules, failed scenarios); {@value CommandLine.ExitCode#USAGE}
 * usage error.
 */
@Command(
    name = "psp",
    mixinStandardHelpOptions = true,
    versionProvider = Psp.Version.class,
    description = "Recommends violent crime reduction strategies for National Public Safety Partnership sites.",
    footer = {"", "Exit codes: 0 success, 1 problems found, 2 usage error."})
public final class Psp implements Callable<Integer> {

  /** The commands by name, in the order {@code psp --help} lists them: their names are given here only. */
  private static final Map<String, Class<?>> COMMANDS = commands();

  @Spec CommandSpec spec;

  /**
   * Runs the command line and exits with its code. Output is UTF-8 whatever the locale, and an output
   * that cannot be written (a full disk, a closed pipe or descriptor) is an error, exit code 1, said
   * on stderr where stderr still works: a result is never lost without a word.
   *
   * <p>Nothing escapes as a JVM stack trace: whatever a command throws, an {@link Error} too, is one
   * line on stderr and exit code 1. Standard output is psp's results alone: whatever else prints to
   * {@code System.out} (a trusted rule set's consequence, a library's notice) goes to stderr, so that a
   * JSON result stays whole. A command asked for {@code --format json} that ends without writing its
   * document writes one with its errors ({@link JsonFallback}).
   */
  public static void main(String[] args) {
    Optional<JsonFallback> json = JsonFallback.of(args);
    Writer errWriter = new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(json.map(j -> j.recording(errWriter)).orElse(errWriter));
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      err.println("psp: " + internalError(e) + " (on thread " + Terminal.safe(thread.getName()) + ")");
      err.flush();
    });
    System.exit(run(args, json, new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), err));
  }

  /**
   * Runs the command line as {@link #main} does, in this JVM, with its results written to {@code stdout}
   * and its messages to {@code stderr}, and returns its exit code: for tests that run a command many
   * times with different input. It neither exits nor changes {@code System.out} or the threads' handler
   * of uncaught exceptions, as {@code main} does for the process.
   */
  static int run(String[] args, Writer stdout, Writer stderr) {
    Optional<JsonFallback> json = JsonFallback.of(args);
    return run(args, json, stdout, new PrintWriter(json.map(j -> j.recording(stderr)).orElse(stderr)));
  }

  private static int run(String[] args, Optional<JsonFallback> json, Writer stdout, PrintWriter err) {
    PrintWriter out = new PrintWriter(stdout);
    CountingWriter counted = new CountingWriter(out);
    PrintWriter results = new PrintWriter(counted);
    int exit;
    try {
      Class<?> command = args.length > 0 ? COMMANDS.get(args[0]) : null;
      if (command != null) {
        HeadStart.begin(command, args, err);
      }
      exit = commandLine(args).setOut(results).setErr(err).execute(args);
    } catch (RuntimeException | Error e) {
      // ProblemHandler says what a command throws; this is what escaped even picocli (an Error).
      err.println("psp: " + internalError(e));
      exit = CommandLine.ExitCode.SOFTWARE;
    }
    results.flush();
    if (exit != CommandLine.ExitCode.OK && json.isPresent() && counted.count == 0) {
      err.flush();
      results.print(json.get().document());
      results.flush();
    }
    // Each writer keeps its own error: the results', and that of stdout under it.
    if (results.checkError() | out.checkError()) {
      err.println("psp: standard output could not be written (a full disk, or a closed pipe or descriptor?): "
          + "the results were not all written");
      exit = CommandLine.ExitCode.SOFTWARE;
    }
    err.flush();
    if (err.checkError() && exit == CommandLine.ExitCode.OK) {
      exit = CommandLine.ExitCode.SOFTWARE;
    }
    return exit;
  }

  /** What {@code e}, which no command caught, was, in one line: out-of-memory said as such. */
  static String internalError(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "ran out of memory (" + Terminal.safe(String.valueOf(e.getMessage())) + "); give Java more with "
          + "JAVA_OPTS=-Xmx2g, say, or advise fewer sites at once";
    }
    if (e instanceof StackOverflowError) {
      return "the calls went too deep (StackOverflowError)";
    }
    return "unexpected failure: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + Terminal.safe(e.getMessage()));
  }

  /** A writer that counts what is written through it, to know whether a command wrote any result. */
  private static final class CountingWriter extends FilterWriter {
    private long count;

    CountingWriter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      count++;
      super.write(c);
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      count += length;
      super.write(text, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      count += length;
      super.write(text, offset, length);
    }
  }

  /**
   * The command line that runs {@code args}. When they start with a command's name it is the only
   * command made: picocli makes a command's model from its annotations, by reflection, and making all
   * of them took a sixth of a short run. Otherwise every command is made, for {@code psp --help} to
   * list them and for a mistyped name to be matched against them. Every command answers {@code
   * --help} and {@code --version}.
   */
  static CommandLine commandLine(String... args) {
    CommandLine commandLine = new CommandLine(new Psp());
    Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
    COMMANDS.forEach((name, command) -> {
      if (named == null || command == named) {
        commandLine.addSubcommand(name, command);
      }
    });
    // Set after the commands are added: picocli gives a setting to the commands there are.
    commandLine.setExecutionExceptionHandler(new ProblemHandler());
    Version version = new Version();
    commandLine.getSubcommands().values().forEach(c -> c.getCommandSpec().versionProvider(version));
    return commandLine;
  }

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("advise", AdviseCommand.class);
    commands.put("explain", ExplainCommand.class);
    commands.put("report", ReportCommand.class);
    commands.put("screen", ScreenCommand.class);
    commands.put("evidence", EvidenceCommand.class);
    commands.put("rules", RulesCommand.class);
    commands.put("validate", ValidateCommand.class);
    commands.put("test", TestCommand.class);
    commands.put("sites", SitesCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  /**
   * The version of psp: the {@code Implementation-Version} of the jar it runs from, which the build
   * writes; "unknown" when run from classes that are not in a jar (an IDE, a test).
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Psp.class.getPackage().getImplementationVersion();
      return new String[] {"psp " + (version == null ? "(version unknown: not run from its jar)" : version),
          "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"};
    }
  }

  /** Without a subcommand there is nothing to do: that is a usage error, not success. */
  @Override
  public Integer call() {
    List<String> names = List.copyOf(COMMANDS.keySet());
    throw new ParameterException(spec.commandLine(), "Missing command: " + String.join(", ", names.subList(0, names.size() - 1))
        + " or " + names.get(names.size() - 1));
  }
}
