package org.psp.model.fbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.psp.model.SiteKind;

/** The bundled PSP roster: the project's data/roster files unchanged, and how its cities are matched to FBI rows. */
class PspRosterTest {
  private final PspRoster roster = PspRoster.bundled();

  @ParameterizedTest
  @ValueSource(strings = {PspRoster.ROSTER, PspRoster.FBI_NAMES})
  void theBundledCopyIsTheDataFolders(String file) throws IOException {
    try (InputStream in = PspRoster.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      assertThat(in.readAllBytes()).as("psp-fbi's bundled %s against data/roster/%s: copy it again", file, file)
          .isEqualTo(Files.readAllBytes(Path.of("../data/roster", file)));
    }
  }

  @Test
  void everyRosterRowIsRead() {
    assertThat(roster.entries()).hasSize(69);
    assertThat(roster.entries()).filteredOn(e -> e.kind() == SiteKind.COUNTY).extracting(PspRoster.Entry::site)
        .containsExactly("Harris County", "DeKalb County");
  }

  @Test
  void aCityIsMatchedInItsOwnStateOnly() {
    assertThat(roster.of("MO", "Kansas City", 2017)).extracting(PspRoster.Entry::cohort).containsExactly(2017, 2018);
    assertThat(roster.of("KS", "Kansas City", 2017)).isEmpty();
    assertThat(roster.of("TN", "Jackson", 2016)).extracting(PspRoster.Entry::cohort).containsExactly(2017);
    assertThat(roster.of("MS", "Jackson", 2016)).extracting(PspRoster.Entry::program).containsExactly("PSP pilot");
    assertThat(roster.of("OH", "Cleveland Heights", 2019)).isEmpty();
  }

  @Test
  void theFbisOtherNamesMatchInTheirYearsOnly() {
    assertThat(roster.of("TN", "Nashville Metropolitan", 2016)).extracting(PspRoster.Entry::site).containsExactly("Nashville");
    assertThat(roster.of("TN", "Nashville Metropolitan", 2019)).isEmpty();
    assertThat(roster.of("TN", "Metropolitan Nashville Police Department", 2019)).hasSize(1);
    assertThat(roster.of("NJ", "Camden County Police Department", 2017)).extracting(PspRoster.Entry::cohort)
        .containsExactly(2014);
  }

  @Test
  void aCountyIsNoCity() {
    assertThat(roster.of("TX", "Harris County", 2019)).isEmpty();
  }
}
