package org.psp.examples.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.psp.examples.BundledSites;
import org.psp.examples.scenario.ScenarioReader;
import org.psp.model.json.SiteFile;
import org.psp.rules.StrategyAdvisor;

/**
 * What psp starts on other threads as it begins, while picocli reads the command line on the main
 * thread: the advisor with the default policy (the rule base), the bundled sites and the scenario
 * reader (each Jackson's first start), each a good part of a short run besides the advice itself. What to start is a guess from
 * the arguments before picocli has parsed them; a command takes what was started only when its parsed
 * options ask for just that, and otherwise makes its own while the other runs to no use.
 */
final class HeadStart {

  /** picocli's names of the help and version options that every command has (a test holds them to picocli's). */
  static final List<String> HELP_AND_VERSION = List.of("-h", "--help", "-V", "--version");

  private static Started<StrategyAdvisor> defaultAdvisor;
  private static boolean defaultAdvisorLooksForDataGaps;
  private static Started<SiteFile> bundledSites;
  private static Started<ScenarioReader> scenarioReader;

  private HeadStart() {}

  /**
   * Starts what {@code command}, run with {@code args}, will probably need: the default advisor if it
   * has rule options and none seems given, the bundled sites if it has site options and no site file
   * seems given, the scenario reader for {@code psp test}; nothing when the arguments ask for help or
   * the version.
   *
   * @param err where the default advisor says that a rule never returned
   */
  static synchronized void begin(Class<?> command, String[] args, PrintWriter err) {
    if (Arrays.stream(args).anyMatch(HELP_AND_VERSION::contains)) {
      return;
    }
    if (has(command, RuleOptions.class) && RuleOptions.mayAllBeDefault(args)) {
      boolean dataGaps = command != ScreenCommand.class;   // psp screen lists none
      defaultAdvisorLooksForDataGaps = dataGaps;
      defaultAdvisor = Started.onThread("psp-default-advisor", () -> RuleOptions.builder(err).dataGaps(dataGaps).build());
    }
    if (has(command, SiteOptions.class) && SiteOptions.mayBeBundled(args)) {
      bundledSites = Started.onThread("psp-bundled-sites", BundledSites::load);
    }
    if (command == TestCommand.class) {
      scenarioReader = Started.onThread("psp-scenario-reader", ScenarioReader::new);
    }
  }

  /** The advisor with the default policy: the one started, else one built now. */
  static synchronized StrategyAdvisor defaultAdvisor(PrintWriter err) {
    return defaultAdvisor(err, true);
  }

  /** The advisor with the default policy, looking for data gaps or not: the one started, else one built now. */
  static synchronized StrategyAdvisor defaultAdvisor(PrintWriter err, boolean dataGaps) {
    if (defaultAdvisor == null || defaultAdvisorLooksForDataGaps != dataGaps) {
      defaultAdvisor = Started.now(() -> RuleOptions.builder(err).dataGaps(dataGaps).build());
      defaultAdvisorLooksForDataGaps = dataGaps;
    }
    return defaultAdvisor.get();
  }

  /** The bundled sites: the ones started, else read now. */
  static synchronized SiteFile bundledSites() {
    if (bundledSites == null) {
      bundledSites = Started.now(BundledSites::load);
    }
    return bundledSites.get();
  }

  /** The reader of scenario files: the one started (its JSON mapper made), else one made now. */
  static synchronized ScenarioReader scenarioReader() {
    if (scenarioReader == null) {
      scenarioReader = Started.now(ScenarioReader::new);
    }
    return scenarioReader.get();
  }

  private static boolean has(Class<?> command, Class<?> options) {
    return Arrays.stream(command.getDeclaredFields()).anyMatch(field -> field.getType() == options);
  }

  /** A value being made on a daemon thread of its own, or made already. */
  private record Started<T>(CompletableFuture<T> value) {

    static <T> Started<T> onThread(String name, Supplier<T> make) {
      CompletableFuture<T> value = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
        try {
          value.complete(make.get());
        } catch (Throwable failure) {
          value.completeExceptionally(failure);
        }
      }, name);
      thread.setDaemon(true);
      thread.start();
      return new Started<>(value);
    }

    static <T> Started<T> now(Supplier<T> make) {
      return new Started<>(CompletableFuture.completedFuture(make.get()));
    }

    /** The value once it is made; what making it threw, as it was thrown. */
    T get() {
      try {
        return value.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        if (e.getCause() instanceof Error failure) {
          throw failure;
        }
        throw e;
      }
    }
  }
}
