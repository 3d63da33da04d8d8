package org.psp.rules.internal.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.psp.rules.internal.rulebase.RuleCatalog;

/**
 * The default rules' {@link FigureReads}, read from the text of their .drl files when psp-rules is
 * built (psp-rules/pom.xml runs {@link #main}) and kept beside them as {@value #RESOURCE}: reading the
 * texts at run time took 85–115 ms of CPU time on an advisor's first site with data gaps, in a cold
 * JVM, where loading what the build read takes a few. {@code FigureReadsTest} checks that what the
 * build kept equals reading the texts now. A reading kept for other figures than those the probe tries
 * (a figure added to {@link org.psp.model.Figure#probed()} without rebuilding this resource) is left
 * aside and the texts read.
 */
final class DefaultFigureReads {
  /** The class path resource the build writes. */
  static final String RESOURCE = "META-INF/psp-rules/default-figure-reads.bin";

  private DefaultFigureReads() {}

  /** The default rules' reads as the build kept them, or read from their texts if kept for other figures. */
  static FigureReads load() {
    try (InputStream in = DefaultFigureReads.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return FigureReads.readFrom(new DataInputStream(new BufferedInputStream(in))).orElseGet(DefaultFigureReads::fromTexts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The default rules' reads, read from their texts now: what {@link #main} keeps. */
  static FigureReads fromTexts() {
    return FigureReads.of(RuleCatalog.defaultTexts());
  }

  /**
   * The build's step: writes the default rules' reads, read from their texts (on the class path), to the
   * file {@code args[0]}.
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Files.createDirectories(file.getParent());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      fromTexts().writeTo(out);
    }
  }
}
