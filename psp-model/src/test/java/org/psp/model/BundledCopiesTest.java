package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tables the library bundles are copies of the project's sourced data (data/, with its README):
 * the build holds each copy to its original, so that one is never edited without the other.
 */
class BundledCopiesTest {

  /** The project's data folder, from this module's folder (where Maven runs its tests). */
  private static final Path DATA = Path.of("..", "data");

  @Test
  void theBundledNationalRatesAreTheSourcedTableUnchanged() throws IOException {
    assertThat(resource(NationalRates.BUNDLED_RESOURCE))
        .isEqualTo(Files.readAllBytes(DATA.resolve("ucr").resolve("national-2005-2023.csv")));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = NationalRates.class.getResourceAsStream(name)) {
      assertThat(in).as(name + " on the class path").isNotNull();
      return in.readAllBytes();
    }
  }
}
