package org.psp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.psp.model.Site;
import org.psp.model.json.SiteFile;
import org.psp.model.json.SiteFileReader;
import org.psp.model.json.SiteProblem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --sites} option of the commands that read sites, and the reading. */
final class SiteOptions {

  private static final String SITES = "--sites";

  @Option(names = SITES, paramLabel = "FILE",
      description = "A site file (JSON). Default: the bundled real PSP sites of 2017-2019.")
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
   * Reads the site file (or the bundled sites) site by site, handing each valid site and each problem
   * on as it comes; false when it cannot be read at all, that reason handed on as a problem of the
   * file (no site id).
   */
  boolean stream(Consumer<Site> onSite, Consumer<SiteProblem> onProblem) {
    if (sites == null) {
      SiteFile bundled = HeadStart.bundledSites();
      bundled.sites().forEach(onSite);
      bundled.problems().forEach(onProblem);
      return true;
    }
    try {
      new SiteFileReader().stream(sites, onSite, onProblem);
      return true;
    } catch (NoSuchFileException e) {
      onProblem.accept(new SiteProblem("", "", sites + ": no such file"));
    } catch (IOException e) {
      onProblem.accept(new SiteProblem("", "", "cannot read " + sites + ": " + e.getMessage()));
    }
    return false;
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
