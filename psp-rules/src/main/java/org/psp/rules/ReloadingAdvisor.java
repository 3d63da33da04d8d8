package org.psp.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.psp.model.Advice;
import org.psp.model.Problem;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.rules.catalog.Explanation;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.internal.authoring.RuleCompiler;

/**
 * An advisor whose rule authors' rules come from a folder that it watches: when a file in it
 * changes, the rules are compiled again and, if they compile, swapped in atomically. Rules that do
 * not compile are reported, with their problems' file, line and column, and the previous rules stay
 * in service.
 *
 * <p>A folder with no .drl file (nor list of disabled rules) means the default policy alone, at the
 * start or after a change. A folder that is deleted, or replaced by a file, keeps the rules in
 * service, which the listener is told; when a folder of that name is made again, its rules are read
 * and watched. Nothing a file or the listener does stops the watching: a listener that throws is
 * logged (System.Logger, WARNING) and told of the next reload as usual.
 *
 * <p>Every evaluation runs entirely on the rule base that was in service when it began: an advice is
 * never made by a mix of old and new rules. Thread-safe; close it to stop watching.
 *
 * <p>Deploy rule files atomically: write each one under another name (not ending in {@code .drl}) and
 * rename it. A reload that reads a half-written file refuses it if it does not compile, but a file
 * cut at the end of a rule, or empty, compiles, and would go into service with rules missing.
 *
 * <pre>{@code
 * try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(Path.of("rules"), StrategyAdvisor.builder(),
 *     result -> result.problems().forEach(p -> log.warn(p.toString())))) {
 *   Advice advice = advisor.advise(site);
 * }
 * }</pre>
 */
public final class ReloadingAdvisor implements Advisor, AutoCloseable {

  /** How long the folder must be quiet after a change before it is reloaded: editors write in bursts. */
  public static final Duration SETTLE_TIME = Duration.ofMillis(200);

  private final Path folder;
  private final Path folderName;
  private final StrategyAdvisor.Builder configuration;
  private final Consumer<ReloadResult> listener;
  private final WatchService watchService;
  private final Thread watcher;
  private volatile StrategyAdvisor current;
  private volatile long generation;

  private ReloadingAdvisor(Path folder, StrategyAdvisor.Builder configuration, Consumer<ReloadResult> listener)
      throws IOException {
    this.folder = folder.toAbsolutePath().normalize();
    this.folderName = this.folder.getFileName();
    // A copy: the caller's builder may change later, and builders are not thread-safe.
    this.configuration = configuration.withoutRules();
    this.listener = listener;
    this.current = build();
    this.generation = 1;
    this.watchService = FileSystems.getDefault().newWatchService();
    registerTree(this.folder);
    // Its parent too, to see the folder deleted and made again.
    Path parent = this.folder.getParent();
    if (parent != null) {
      parent.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
    }
    this.watcher = new Thread(this::watch, "psp-rules-watcher " + folder);
    this.watcher.setDaemon(true);
    this.watcher.start();
  }

  /**
   * Starts watching {@code folder}: its .drl files (and those of its subfolders) are added to the
   * default rules as {@code configuration} (settings, national rates, disabled rules, fire limit)
   * says; any rule paths already added to {@code configuration} are ignored.
   *
   * @param listener told of every reload, applied or refused; called on the watching thread
   * @throws InvalidRulesException if the folder's rules do not compile at the start: there is no
   *     previous version to keep in service (a folder with no .drl file starts with the default
   *     policy alone)
   * @throws UncheckedIOException if the folder cannot be watched
   */
  public static ReloadingAdvisor watch(Path folder, StrategyAdvisor.Builder configuration, Consumer<ReloadResult> listener) {
    checkArgument(Files.isDirectory(checkNotNull(folder, "folder")), "folder must be a folder but was %s", folder);
    try {
      return new ReloadingAdvisor(folder, checkNotNull(configuration, "configuration"), checkNotNull(listener, "listener"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + folder, e);
    }
  }

  /** The advisor in service now; an evaluation that must see one version of the rules uses it throughout. */
  public StrategyAdvisor current() {
    return current;
  }

  /** The generation of the rules in service: 1 at the start, one more for each applied reload. */
  public long generation() {
    return generation;
  }

  /** {@inheritDoc} With the rules in service now. */
  @Override
  public Advice advise(Site site, AdviceYear year) {
    return current.advise(site, year);
  }

  /** {@inheritDoc} With the rules in service now. */
  @Override
  public List<Explanation> explain(Site site, AdviceYear year, List<Strategy> strategies) {
    return current.explain(site, year, strategies);
  }

  /** {@inheritDoc} Every site with the rules in service when the call began. */
  @Override
  public void adviseEach(Iterable<Site> sites, AdviceYear year, Consumer<? super AdviceOutcome> consumer) {
    current.adviseEach(sites, year, consumer);
  }

  /** {@inheritDoc} The rules in service now. */
  @Override
  public List<RuleInfo> rules() {
    return current.rules();
  }

  /**
   * Compiles the folder's rules now and, if they compile, puts them in service; otherwise, or if the
   * folder is gone, keeps the previous ones. The listener is told either way.
   */
  public synchronized ReloadResult reload() {
    ReloadResult result;
    try {
      StrategyAdvisor next = build();
      current = next;
      generation++;
      result = new ReloadResult(generation, true, List.of());
    } catch (InvalidRulesException e) {
      result = new ReloadResult(generation, false, e.problems());
    } catch (IOException e) {
      result = new ReloadResult(generation, false, List.of(Problem.inFile(folder.toString(), 0, 0,
          (Files.exists(folder) ? "cannot read the folder: " + e.getMessage() : "the folder is gone")
              + "; the rules in service stay until it can be read again")));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Whatever a file makes the compiler do: the rules in service stay, and the listener is told.
      result = new ReloadResult(generation, false, List.of(Problem.inFile(folder.toString(), 0, 0,
          "the rules could not be compiled (" + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
              : ": " + e.getMessage()) + "); the rules in service stay")));
    }
    listener.accept(result);
    return result;
  }

  /**
   * The folder's rules added to the configuration, or the configuration alone when it has none.
   *
   * @throws IOException if the folder is gone, cannot be read, or is no longer a folder (a file of
   *     its name is no rules folder: taking it for one with no rules would drop the rules in service)
   */
  private StrategyAdvisor build() throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException("it is no longer a folder but a file");
    }
    StrategyAdvisor.Builder builder = configuration.withoutRules();
    return (RuleCompiler.hasRuleFiles(folder) ? builder.addRules(folder) : builder).build();
  }

  /** Stops watching the folder; the rules in service stay usable. */
  @Override
  public void close() {
    watcher.interrupt();
    try {
      watchService.close();
      watcher.join(TimeUnit.SECONDS.toMillis(5));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop watching " + folder, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Watches until closed. Nothing a file or the listener does stops it: a failure of a reload, or
   * the listener's own, is logged (System.Logger {@code org.psp.rules.ReloadingAdvisor}, WARNING) and
   * the folder watched on, so that the next fix is loaded.
   */
  private void watch() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        WatchKey key = watchService.take();
        boolean changed = drain(key);
        // Wait until the folder is quiet, taking in the rest of the burst.
        WatchKey more;
        while ((more = watchService.poll(SETTLE_TIME.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          changed |= drain(more);
        }
        if (changed) {
          reload();
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return; // closed: stop watching
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        LOG.log(System.Logger.Level.WARNING, "watching " + folder + ": a reload or its listener failed; the rules of "
            + "generation " + generation + " stay in service and the folder is still watched", e);
      }
    }
  }

  private static final System.Logger LOG = System.getLogger(ReloadingAdvisor.class.getName());

  /**
   * Takes a key's events, registers new subfolders (and the folder, when it is made again), and says
   * whether anything changed. Of the parent's events only the folder's own count.
   */
  private boolean drain(WatchKey key) {
    boolean changed = false;
    Path dir = (Path) key.watchable();
    boolean parent = !dir.equals(folder) && dir.equals(folder.getParent());
    for (var event : key.pollEvents()) {
      if (parent) {
        if (folderName.equals(event.context())) {
          changed = true;
          if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(folder)) {
            watchAgain(folder);
          }
        }
        continue;
      }
      changed = true;
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
          && Files.isDirectory(dir.resolve(name))) {
        watchAgain(dir.resolve(name));
      }
    }
    key.reset();
    return changed;
  }

  /** Watches a folder that was made (or made again), telling the listener if it cannot. */
  private void watchAgain(Path made) {
    if (!Files.isDirectory(made)) {
      return;
    }
    try {
      registerTree(made);
    } catch (IOException e) {
      listener.accept(new ReloadResult(generation, false,
          List.of(Problem.inFile(made.toString(), 0, 0, "cannot watch the folder: " + e.getMessage()))));
    }
  }

  /** Watches {@code root} and the folders in it, links followed (a link back up is not followed twice). */
  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof FileSystemLoopException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }
    });
  }
}
