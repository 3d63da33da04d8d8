package org.psp.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psp.examples.BundledSites;
import org.psp.model.DataFlag;
import org.psp.model.FlagKind;
import org.psp.model.Site;
import org.psp.model.YearlyStatistics;
import org.psp.model.fbi.CityTableException;
import org.psp.model.fbi.PspRoster;

/**
 * The data build: {@code data/fbi/psp-site-figures.csv} is what the FBI's six tables give for the
 * roster's cities, and every figure of the bundled site file is the tables' own.
 */
class PspSiteFiguresTest {
  private static final Path DATA = Path.of("../data");
  private static List<PspSiteFigures.Figures> figures;

  @BeforeAll
  static void readTheTables() throws IOException, CityTableException {
    figures = PspSiteFigures.read(PspSiteFigures.tables(DATA.resolve("fbi")), PspRoster.bundled());
  }

  @Test
  void theSiteFiguresFileIsWhatTheTablesGive() throws IOException {
    assertThat(Files.readString(DATA.resolve(PspSiteFigures.FILE), StandardCharsets.UTF_8))
        .as("data/%s is out of date: run java -cp psp-examples/target/psp.jar %s", PspSiteFigures.FILE,
            PspSiteFigures.class.getName())
        .isEqualTo(PspSiteFigures.csv(figures));
  }

  @Test
  void everyFigureOfTheBundledSitesIsTheTables() {
    Map<String, PspSiteFigures.Figures> byCityYear = figures.stream()
        .collect(Collectors.toMap(f -> f.name() + "," + f.row().state() + "," + f.row().year(), Function.identity()));
    int checked = 0;
    for (Site site : BundledSites.load().sites()) {
      for (YearlyStatistics year : site.statistics()) {
        PspSiteFigures.Figures table = byCityYear.get(site.name() + "," + site.state() + "," + year.year());
        assertThat(table).as("%s %s: no row of the FBI tables", site.id(), year.year()).isNotNull();
        assertThat(year).as("%s %s against %s", site.id(), year.year(), table.source())
            .usingRecursiveComparison().ignoringFields("flags", "notes").isEqualTo(table.row().statistics());
        // Every footnote of the row is a flag or a note of the year, with the FBI's words.
        assertThat(year.flags()).as("%s %s flags against %s", site.id(), year.year(), table.source())
            .containsExactlyElementsOf(table.row().flags().stream()
                .map(f -> DataFlag.of(FlagKind.valueOf(f.kind().name()), f.note())).toList());
        assertThat(year.notes()).as("%s %s notes against %s", site.id(), year.year(), table.source())
            .containsExactlyElementsOf(table.row().notes());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(80);
  }

  @Test
  void cityNamesAreMatchedWithTheirStateAndTheFbisOtherNames() {
    assertThat(figures).filteredOn(f -> f.name().equals("Kansas City")).extracting(f -> f.row().state()).containsOnly("MO");
    assertThat(figures).filteredOn(f -> f.name().equals("Nashville")).extracting(f -> f.row().city())
        .containsExactly("Nashville", "Nashville Metropolitan", "Nashville Metropolitan", "Nashville Metropolitan",
            "Metropolitan Nashville Police Department", "Metropolitan Nashville Police Department");
    assertThat(figures).filteredOn(f -> f.name().equals("Jackson")).extracting(f -> f.row().state())
        .containsOnly("MS", "TN").hasSize(12);
    assertThat(figures).extracting(PspSiteFigures.Figures::name).doesNotContain("Harris County", "DeKalb County");
  }

  @Test
  void aBlankFigureIsLeftBlankWithTheFootnotesThatSayWhy() {
    String toledo2017 = PspSiteFigures.csv(figures.stream()
        .filter(f -> f.name().equals("Toledo") && f.row().year() == 2017).toList()).lines().skip(1).findFirst().orElseThrow();
    assertThat(toledo2017).startsWith("Toledo,OH,2017,277116,35,,780,1834,\"NOT_COMPARABLE:FBI footnote 6: ")
        .contains("|UNDERREPORTED:FBI footnote 8: ").contains(",\"FBI footnote 10: Arson offenses are reported by the Toledo")
        .endsWith(",cius-2017-table-8.xls row 6245");
  }

  @Test
  void aFootnoteAboutOtherOffencesIsANoteInTheFbisWordsNotAFlag() {
    String cincinnati2019 = PspSiteFigures.csv(figures.stream()
        .filter(f -> f.name().equals("Cincinnati") && f.row().year() == 2019).toList()).lines().skip(1).findFirst().orElseThrow();
    assertThat(cincinnati2019).startsWith("Cincinnati,OH,2019,303335,64,280,872,1346,,\"FBI footnote 6: The FBI determined that "
        + "the agency's data were underreported. Consequently, those data are not included in this table. (no flag here: the row "
        + "gives every violent crime figure and leaves arson blank)\",cius-2019-table-8.xls row ");
  }
}
