package org.psp.model.fbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader on excerpts of each year's real FBI table (src/test/resources/fbi/README.md says how they were cut). */
class CityTableReaderTest {
  private static final Path EXCERPTS = Path.of("src/test/resources/fbi");
  private final CityTableReader reader = new CityTableReader();

  static Path excerpt(int year) {
    return EXCERPTS.resolve("cius-" + year + "-table-" + (year == 2016 ? 6 : 8) + "-excerpt.xls");
  }

  private CityRow row(int year, String state, String city) throws CityTableException {
    return reader.readAll(excerpt(year)).rows().stream().filter(r -> r.state().equals(state) && r.city().equals(city))
        .findFirst().orElseThrow(() -> new AssertionError(city + ", " + state + " not in the " + year + " excerpt"));
  }

  @ParameterizedTest
  @CsvSource({"2014, 14tbl08, 9", "2015, 15tbl08, 10", "2016, 16tbl06, 11", "2017, 17tbl08, 10", "2018, 18tbl08, 10",
      "2019, 19tbl08, 8"})
  void eachYearsTableIsReadWithItsYearSheetAndFootnotes(int year, String sheet, int footnotes) throws CityTableException {
    CityTableReader.Table table = reader.readAll(excerpt(year));
    assertThat(table.table().year()).isEqualTo(year);
    assertThat(table.table().sheet()).contains(sheet);
    assertThat(table.table().footnotes()).hasSize(footnotes).extracting(Footnote::number)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, footnotes).boxed().toList());
    assertThat(table.table().skipped()).isEmpty();
    assertThat(table.rows()).hasSize(table.table().rows()).allSatisfy(r -> {
      assertThat(r.year()).isEqualTo(year);
      assertThat(r.city()).doesNotContainPattern("\\d$");
      assertThat(r.stateName()).doesNotContainPattern("\\d");
      if (r.isComplete() && r.violentCrime().isPresent()) {
        assertThat(r.statistics().violentCrimes()).as("the FBI's total of %s, row %s", r.city(), r.row())
            .isEqualTo(r.violentCrime().getAsInt());
      }
    });
  }

  @Test
  void theFiguresAreTheTables() throws CityTableException {
    CityRow memphis = row(2016, "TN", "Memphis");   // data/ucr/psp-site-crime.csv, sourced separately
    assertThat(List.of(memphis.population(), memphis.violentCrime(), memphis.murders(), memphis.rapes(),
        memphis.robberies(), memphis.aggravatedAssaults()))
        .containsExactly(OptionalInt.of(656434), OptionalInt.of(11947), OptionalInt.of(196), OptionalInt.of(534),
            OptionalInt.of(3188), OptionalInt.of(8029));
    assertThat(memphis.stateName()).isEqualTo("TENNESSEE");
    assertThat(memphis.flags()).isEmpty();
    assertThat(memphis.site().violentCrimeRate(2016)).isCloseTo(11947 * 100_000.0 / 656434, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theStateWrittenOnItsFirstCitysRowIsEachCitysBelowIt() throws CityTableException {
    CityRow kansasCity = row(2017, "MO", "Kansas City");   // the 2017 table lists no Kansas City, KS
    assertThat(kansasCity.stateName()).isEqualTo("MISSOURI");
    assertThat(kansasCity.row()).isGreaterThan(reader.readAll(excerpt(2017)).rows().stream()
        .filter(r -> r.stateName().equals("MISSOURI")).mapToInt(CityRow::row).min().orElseThrow());
    assertThat(reader.readAll(excerpt(2018)).rows()).filteredOn(r -> r.stateName().equals("NORTH CAROLINA"))
        .hasSizeGreaterThan(100).extracting(CityRow::state).containsOnly("NC");
  }

  @Test
  void footnoteDigitsAreNotPartOfNamesAndBecomeFlagsOrNotes() throws CityTableException {
    CityRow toledo = row(2017, "OH", "Toledo");   // footnotes 6, 8 and 10 glued to its name in the table
    assertThat(toledo.flags()).extracting(FbiFlag::kind)
        .containsExactly(FbiFlag.Kind.NOT_COMPARABLE, FbiFlag.Kind.UNDERREPORTED);
    assertThat(toledo.flags().get(1).note()).startsWith("FBI footnote 8: The FBI determined that the agency's data were underreported");
    assertThat(toledo.notes()).singleElement().asString().startsWith("FBI footnote 10: Arson offenses are reported by the Toledo");
    assertThat(row(2016, "AL", "Mobile").notes()).singleElement().asString().contains("The population for the city of Mobile");
    assertThat(row(2016, "AL", "Mobile").flags()).isEmpty();
  }

  /**
   * The FBI's "underreported" and "did not follow national UCR Program guidelines" footnotes say the
   * data are not included in the table: on these rows the table leaves only arson (or property crime) blank
   * and gives every violent crime figure, so the footnote is about other offences: a note, not a flag.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2018 | OH | Cincinnati  | 6 | underreported                  | arson",
      "2019 | OH | Cincinnati  | 6 | underreported                  | arson",
      "2018 | TX | Houston     | 6 | underreported                  | arson",
      "2018 | LA | New Orleans | 6 | underreported                  | arson",
      "2019 | LA | New Orleans | 6 | underreported                  | arson",
      "2014 | OH | Toledo      | 9 | did not follow national UCR    | property crime, larceny-theft and arson"})
  void aFootnoteAboutDataLeftOutIsANoteWhereOnlyOtherOffencesAreBlank(int year, String state, String city, int footnote,
      String words, String blank) throws CityTableException {
    CityRow row = row(year, state, city);

    assertThat(row.isComplete()).isTrue();
    assertThat(row.violentCrime()).isPresent();
    assertThat(row.flags()).extracting(FbiFlag::kind)
        .doesNotContain(FbiFlag.Kind.UNDERREPORTED, FbiFlag.Kind.GUIDELINES_NOT_FOLLOWED);
    assertThat(row.notes()).filteredOn(n -> n.startsWith("FBI footnote " + footnote + ": ")).singleElement().asString()
        .contains(words).contains("not included in this table")
        .endsWith("(no flag here: the row gives every violent crime figure and leaves " + blank + " blank)");
  }

  @Test
  void aFootnoteAboutTheFiguresThemselvesStaysAFlagBesideSuchANote() throws CityTableException {
    CityRow houston = row(2018, "TX", "Houston");   // footnotes 4 (not comparable) and 6 (underreported, not included)

    assertThat(houston.flags()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FbiFlag.Kind.NOT_COMPARABLE);
      assertThat(f.note()).startsWith("FBI footnote 4: Because of changes in the state/local agency's reporting practices");
    });
    assertThat(houston.notes()).singleElement().asString().startsWith("FBI footnote 6: The FBI determined that the agency's "
        + "data were underreported");
  }

  /**
   * Where the table leaves a violent crime figure blank, a footnote saying data are left out is about it:
   * a flag (Toledo 2017: rape and violent crime withheld as underreported; Salisbury 2018: North
   * Carolina's legacy rape definition), as is a state's "not comparable" (Salisbury 2019).
   */
  @Test
  void aFootnoteAboutABlankViolentFigureOrTheFiguresComparabilityStaysAFlag() throws CityTableException {
    CityRow toledo = row(2017, "OH", "Toledo");
    CityRow salisbury2018 = row(2018, "NC", "Salisbury");
    CityRow salisbury2019 = row(2019, "NC", "Salisbury");

    assertThat(toledo.flags()).extracting(FbiFlag::kind).containsExactly(FbiFlag.Kind.NOT_COMPARABLE, FbiFlag.Kind.UNDERREPORTED);
    assertThat(toledo.notes()).noneMatch(n -> n.contains("no flag here"));
    assertThat(salisbury2018.rapes()).isEmpty();
    assertThat(salisbury2018.flags()).extracting(FbiFlag::kind).containsExactly(FbiFlag.Kind.LEGACY_RAPE_DEFINITION);
    assertThat(salisbury2018.flags().get(0).note()).contains("is not included in this table").endsWith("(on NORTH CAROLINA)");
    assertThat(salisbury2019.flags()).extracting(FbiFlag::kind).containsExactly(FbiFlag.Kind.NOT_COMPARABLE);
    assertThat(row(2014, "IN", "Indianapolis").flags()).extracting(FbiFlag::kind).containsExactly(FbiFlag.Kind.NOT_COMPARABLE);
  }

  @Test
  void aStatesFootnoteFlagsEveryCityOfTheState() throws CityTableException {
    assertThat(reader.readAll(excerpt(2019)).rows()).filteredOn(r -> r.state().equals("NC")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.flags()).anySatisfy(f -> {
          assertThat(f.kind()).isEqualTo(FbiFlag.Kind.NOT_COMPARABLE);
          assertThat(f.note()).endsWith("(on NORTH CAROLINA)");
        }));
    assertThat(row(2019, "TN", "Memphis").flags()).isEmpty();
  }

  @Test
  void aBlankCellIsNotReportedNeverZero() throws CityTableException {
    CityRow toledo = row(2017, "OH", "Toledo");
    assertThat(toledo.rapes()).isEmpty();
    assertThat(toledo.violentCrime()).isEmpty();
    assertThat(toledo.murders()).hasValue(35);
    assertThat(toledo.missing()).containsExactly("rapes");
    assertThatThrownBy(toledo::site).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Toledo, OH, 2017").hasMessageContaining("leaves rapes blank: it is not reported, and not zero");
    assertThat(row(2016, "MD", "Baltimore City Sheriff").missing()).containsExactly("population");
  }

  @Test
  void theLegacyRapeColumnIsReadWhereTheRevisedOneIsBlankAndFlagged() throws CityTableException {
    CityRow albuquerque = row(2016, "NM", "Albuquerque");
    assertThat(albuquerque.flags()).extracting(FbiFlag::kind).containsExactly(FbiFlag.Kind.LEGACY_RAPE_DEFINITION);
    assertThat(albuquerque.flags().get(0).note()).contains("legacy-definition column gives " + albuquerque.rapes().getAsInt());
    assertThat(albuquerque.statistics().violentCrimes()).isEqualTo(albuquerque.violentCrime().getAsInt());
    CityRow memphis = row(2016, "TN", "Memphis");
    assertThat(memphis.flags()).isEmpty();
  }

  @Test
  void aLegacyFootnoteOfTheOneRapeColumnYearsIsAFlagAndTheBlankStaysBlank() throws CityTableException {
    CityRow jackson = row(2018, "MS", "Jackson");
    assertThat(jackson.rapes()).isEmpty();
    assertThat(jackson.flags()).extracting(FbiFlag::kind).containsExactly(FbiFlag.Kind.LEGACY_RAPE_DEFINITION);
  }

  @Test
  void theCsvOfATableReadsAsItsXls() throws CityTableException {
    CityTableReader.Table xls = reader.readAll(excerpt(2016));
    CityTableReader.Table csv = reader.readAll(EXCERPTS.resolve("cius-2016-table-6-excerpt.csv"));
    assertThat(csv.table().year()).isEqualTo(2016);
    assertThat(csv.table().sheet()).isEmpty();
    assertThat(csv.table().footnotes()).isEqualTo(xls.table().footnotes());
    assertThat(csv.rows()).hasSameSizeAs(xls.rows());
    for (int i = 0; i < xls.rows().size(); i++) {
      CityRow x = xls.rows().get(i);
      CityRow c = csv.rows().get(i);
      assertThat(new CityRow(x.file(), x.row(), c.year(), c.state(), c.stateName(), c.city(), c.population(),
          c.violentCrime(), c.murders(), c.rapes(), c.robberies(), c.aggravatedAssaults(), c.flags(), c.notes()))
          .isEqualTo(x);
    }
  }

  @Test
  void aYearGivenIsUsedAndOneTheSheetContradictsIsAnError() throws CityTableException {
    assertThat(reader.year(2016).readAll(excerpt(2016)).table().year()).isEqualTo(2016);
    assertThatThrownBy(() -> reader.year(2017).readAll(excerpt(2016))).isInstanceOf(CityTableException.class)
        .hasMessage(excerpt(2016) + ": it is the table of 2016 (its sheet 16tbl06 says so), not of 2017 as given");
  }

  @Test
  void eachCityIsASiteOfThatYearWithNothingElseRecorded() throws CityTableException {
    var site = row(2016, "MO", "Kansas City").site();
    assertThat(site.id()).isEqualTo("kansas-city-mo");
    assertThat(site.statistics()).singleElement().satisfies(s -> assertThat(s.year()).isEqualTo(2016));
    assertThat(site.notRecorded()).hasSize(org.psp.model.SiteField.values().length);
    assertThat(site.engagements()).isEmpty();
  }
}
