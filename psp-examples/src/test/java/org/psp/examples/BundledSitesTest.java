package org.psp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psp.model.Site;
import org.psp.model.YearlyStatistics;
import org.psp.model.json.SiteFile;
import org.psp.model.json.SiteFileReader;
import org.psp.model.json.SiteFileWriter;

/** The bundled PSP sites: valid, faithful to their sourced tables, and stable through JSON. */
class BundledSitesTest {
  private static final Path CRIME_TABLE = Path.of("../data/ucr/psp-site-crime.csv");
  private static final SiteFile BUNDLED = BundledSites.load();

  @Test
  void everyBundledSiteIsValid() {
    assertThat(BUNDLED.problems()).isEmpty();
    assertThat(BUNDLED.sites()).hasSize(24);
  }

  @Test
  void everyBundledSiteSurvivesAJsonRoundTrip() {
    for (Site site : BUNDLED.sites()) {
      String json = new SiteFileWriter().toJson(List.of(site));
      assertThat(new SiteFileReader().parse(json, site.id()).sites()).as(site.id()).containsExactly(site);
    }
  }

  @Test
  void everyFigureIsTheFbiTablesAndEveryCompleteRowIsUsed() throws IOException {
    Map<String, YearlyStatistics> bundled = new HashMap<>();
    for (Site site : BUNDLED.sites()) {
      site.statistics().forEach(s -> bundled.put(site.name() + "," + site.state() + "," + s.year(), s));
    }
    int complete = 0;
    for (String line : Files.readAllLines(CRIME_TABLE).subList(1, Files.readAllLines(CRIME_TABLE).size())) {
      String[] c = line.split(",", -1);
      if (c[3].isEmpty() || c[5].isEmpty() || c[6].isEmpty() || c[7].isEmpty() || c[8].isEmpty()) {
        assertThat(bundled).as("partial row %s", line).doesNotContainKey(c[0] + "," + c[1] + "," + c[2]);
        continue;
      }
      complete++;
      YearlyStatistics s = bundled.get(c[0] + "," + c[1] + "," + c[2]);
      assertThat(s).as("row %s", line).isNotNull();
      assertThat(List.of(s.population().orElseThrow(), s.murders(), s.rapes(), s.robberies(), s.aggravatedAssaults()))
          .as(line).containsExactly(Integer.parseInt(c[3]), Integer.parseInt(c[5]), Integer.parseInt(c[6]),
              Integer.parseInt(c[7]), Integer.parseInt(c[8]));
      if (!c[4].isEmpty()) {
        assertThat(s.violentCrimes()).as("FBI total of %s", line).isEqualTo(Long.parseLong(c[4]));
      }
    }
    assertThat(bundled).hasSize(complete);
  }

  @Test
  void everyRosterEngagementIsBundledExceptTheSiteWithoutAPopulation() throws IOException {
    List<String> roster = Files.readAllLines(Path.of("../data/psp-sites.csv"));
    int checked = 0;
    for (String line : roster.subList(1, roster.size())) {
      String[] c = line.split(",", -1);
      if (c[0].equals("Harris County")) {
        assertThat(BUNDLED.sites()).extracting(Site::name).doesNotContain("Harris County");
        continue;
      }
      Site site = BUNDLED.sites().stream().filter(s -> s.name().equals(c[0]) && s.state().equals(c[1]))
          .findFirst().orElseThrow(() -> new AssertionError("not bundled: " + line));
      assertThat(site.engagements()).as(line).anySatisfy(e -> {
        assertThat(e.cohort()).isEqualTo(Integer.parseInt(c[3]));
        assertThat(e.track().map(Enum::name).orElse("")).isEqualTo(c[4]);
        assertThat(e.start().orElseThrow()).hasToString(c[5]);
      });
      checked++;
    }
    assertThat(checked).isEqualTo(roster.size() - 2);
  }

  @Test
  void annistonIn2017MatchesThePublishedRate() {
    Site anniston = BUNDLED.sites().stream().filter(s -> s.id().equals("anniston-al")).findFirst().orElseThrow();

    assertThat(anniston.violentCrimeRate(2017)).isBetween(3434.25, 3434.35);
  }
}
