package org.psp.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.psp.model.json.SiteFile;
import org.psp.model.json.SiteFileReader;

/**
 * The real PSP sites — the Violence Reduction Network's of 2014–2016, the PSP pilot's and the 2017, 2018
 * and 2019 cohorts' — with the FBI's own city figures of 2014–2019 and its footnotes on them, and the
 * capabilities, conditions, partners and interventions cited sources record, with their years; bundled as
 * {@code psp-sites.json}. The file is generated from sourced tables by {@code data/build_sites.py};
 * {@code data/README.md} gives every source and what was left out.
 */
public final class BundledSites {

  /** The bundled site file, beside this class. */
  public static final String RESOURCE = "psp-sites.json";

  private BundledSites() {}

  /** Reads the bundled site file. */
  public static SiteFile load() {
    try (InputStream in = BundledSites.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + RESOURCE + " is missing from the class path");
      }
      return new SiteFileReader().read(in, "(bundled) " + RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
    }
  }
}
