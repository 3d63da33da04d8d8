package org.psp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.psp.examples.BundledSites;
import org.psp.model.json.SiteFile;
import org.psp.model.json.SiteFileReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --sites} option of the commands that read sites, and the reading. */
final class SiteOptions {

  @Option(names = "--sites", paramLabel = "FILE",
      description = "A site file (JSON). Default: the bundled real PSP sites of 2017-2019.")
  Path sites;

  /** The site file, or the bundled sites; empty, with the reason printed, when it cannot be read. */
  Optional<SiteFile> read(CommandSpec spec) {
    if (sites == null) {
      return Optional.of(BundledSites.load());
    }
    PrintWriter err = spec.commandLine().getErr();
    String command = "psp " + spec.name() + ": ";
    try {
      return Optional.of(new SiteFileReader().read(sites));
    } catch (NoSuchFileException e) {
      err.println(command + Terminal.safe(sites.toString()) + ": no such file");
    } catch (IOException e) {
      err.println(command + "cannot read " + Terminal.safe(sites.toString()) + ": " + e.getMessage());
    }
    err.flush();
    return Optional.empty();
  }
}
