package org.psp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.psp.model.Problem;
import org.psp.model.Site;
import org.psp.model.json.SiteFile;
import org.psp.model.json.SiteFileReader;
import org.psp.model.json.SiteStream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --sites} option of the commands that read sites, and the reading. */
final class SiteOptions {

  private static final String SITES = "--sites";

  @Option(names = SITES, paramLabel = "FILE",
      description = "A site file (JSON). Default: the bundled real PSP sites (psp sites lists them: "
          + "cohorts 2014-2019, FBI figures 2014-2019).")
  Path sites;

  /**
   * Whether {@code args} may read the bundled sites: no argument starts with {@value #SITES}. A hint,
   * read before picocli has parsed them.
   */
  static boolean mayBeBundled(String... args) {
    return Arrays.stream(args).noneMatch(arg -> arg.startsWith(SITES));
  }

  /** The name of the sites read: the file, or the bundled sites. */
  String name() {
    return sites == null ? "the bundled sites" : sites.toString();
  }

  /**
   * Hands {@code use} the sites of the site file (or the bundled sites), read from the file as they are
   * iterated, each problem handed to {@code onProblem} as the reading meets it. A file that cannot be
   * opened, or stops being readable, is a problem of the file (no site id): the sites read before it
   * are iterated all the same.
   */
  void read(Consumer<Problem> onProblem, Consumer<Iterable<Site>> use) {
    if (sites == null) {
      SiteFile bundled = HeadStart.bundledSites();
      bundled.problems().forEach(onProblem);
      use.accept(bundled.sites());
      return;
    }
    try (SiteStream stream = new SiteFileReader().open(sites, onProblem)) {
      use.accept(() -> endingAtAReadError(stream.iterator(), onProblem));
    } catch (NoSuchFileException e) {
      onProblem.accept(Problem.inSite("", sites + ": no such file"));
    } catch (IOException e) {
      onProblem.accept(Problem.inSite("", "cannot read " + sites + ": " + e.getMessage()));
    }
  }

  /** {@code sites}, ending with a problem of the file where the file cannot be read further. */
  private Iterator<Site> endingAtAReadError(Iterator<Site> sitesRead, Consumer<Problem> onProblem) {
    return new Iterator<>() {
      private boolean failed;

      @Override
      public boolean hasNext() {
        try {
          return !failed && sitesRead.hasNext();
        } catch (UncheckedIOException e) {
          failed = true;
          onProblem.accept(Problem.inSite("", "cannot read " + sites + ": " + e.getCause().getMessage()));
          return false;
        }
      }

      @Override
      public Site next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return sitesRead.next();
      }
    };
  }

  /** The site file, or the bundled sites; empty, with the reason printed, when it cannot be read. */
  Optional<SiteFile> read(CommandSpec spec) {
    if (sites == null) {
      return Optional.of(HeadStart.bundledSites());
    }
    PrintWriter err = spec.commandLine().getErr();
    String command = "psp " + spec.name() + ": ";
    try {
      return Optional.of(new SiteFileReader().read(sites));
    } catch (NoSuchFileException e) {
      err.println(command + Terminal.safe(sites.toString()) + ": no such file");
    } catch (IOException e) {
      err.println(command + "cannot read " + Terminal.safe(sites.toString()) + ": " + Terminal.safe(String.valueOf(e.getMessage())));
    }
    err.flush();
    return Optional.empty();
  }
}
