package org.psp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalRatesTest {

  @Test
  void theMurderRatioIsTheSitesRateOverTheNationsAndEmptyWithoutANationalRate() {
    NationalRate withMurders = new NationalRate(2019, 400.0, 5.0, "illustrative");
    NationalRate without = new NationalRate(2019, 400.0, OptionalDouble.empty(), NationalRate.Basis.FIRST_PUBLISHED,
        "illustrative", "");

    assertThat(withMurders.murderRatio(20.0)).hasValue(4.0);
    assertThat(without.murderRatio(20.0)).isEmpty();
  }

  @Test
  void theBundledTableHasTheFbiRatesOf2005To2023WithTheirSourcesBasisAndNotes() {
    NationalRates rates = NationalRates.bundled();

    assertThat(rates.byYear().firstKey()).isEqualTo(2005);
    assertThat(rates.byYear().lastKey()).isEqualTo(2023);
    assertThat(rates.byYear()).hasSize(19);
    assertThat(rates.violentCrimeRate(2016)).hasValue(386.3);
    assertThat(rates.violentCrimeRate(2017)).hasValue(382.9);
    assertThat(rates.violentCrimeRate(2018)).hasValue(368.9);
    assertThat(rates.violentCrimeRate(2019)).hasValue(366.7);
    assertThat(rates.rate(2020).orElseThrow().murderRate()).hasValue(6.5);
    assertThat(rates.rate(2016).orElseThrow().source()).contains("fbi.gov");
    NationalRate estimate = rates.rate(2021).orElseThrow();
    assertThat(estimate.isEstimate()).isTrue();
    assertThat(estimate.note()).contains("NIBRS");
    assertThat(rates.byYear().values()).filteredOn(NationalRate::isEstimate).extracting(NationalRate::year).containsExactly(2021);
  }

  @Test
  void aMurderRateNobodyReadIsMissingNeverZero() {
    NationalRate rate2005 = NationalRates.bundled().rate(2005).orElseThrow();

    assertThat(rate2005.murderRate()).isEmpty();
    assertThat(rate2005.note()).isEqualTo("murder rate not read");
  }

  @Test
  void aYearOutsideTheTableHasNoRate() {
    assertThat(NationalRates.bundled().violentCrimeRate(2024)).isEmpty();
  }

  @Test
  void aYearMayAppearOnlyOnce() {
    NationalRate rate = new NationalRate(2020, 398.5, 6.5, "illustrative test value");

    assertThatThrownBy(() -> NationalRates.of(List.of(rate, rate)))
        .hasMessage("year 2020 must appear once in the national rates but appears twice");
  }

  private static final String RANGE = "a number from 50 to 5,000 per 100,000 (the FBI's national rate has been from "
      + "160.9 in 1960 to 758.2 in 1991)";

  /** A rate near zero made every ratio to it infinite (1e-320 passed "> 0"); one far below any year's is a typo. */
  @Test
  void aRateBelowThePlausibleFloorIsAProblem(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("tiny.csv"), NationalRates.HEADER + "\n2019,1e-320,5.0,first published,x,\n"
        + "2018,368.9,0.001,first published,x,\n");

    assertThatThrownBy(() -> NationalRates.read(file)).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
            file + ":2:6: violent_crime_rate must be " + RANGE + " but was \"1e-320\"",
            file + ":3:12: murder_rate must be a number from 0.5 to 100 per 100,000 (the FBI's national murder rate has "
                + "been from 4.4 in 2014 to 10.2 in 1980) but was \"0.001\""));
  }

  @Test
  void ratesMustBePositive() {
    assertThatThrownBy(() -> new NationalRate(2020, 0, 6.5, "test"))
        .hasMessageStartingWith("violentCrimeRate must be a number from 50 to 5,000 per 100,000").hasMessageEndingWith("but was 0.0");
  }

  @Test
  void aTableOfTheSameColumnsIsReadWithQuotedCellsAndAByteOrderMark(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("rates.csv"), "\uFEFF" + NationalRates.HEADER + "\n"
        + "2019,366.7,5.0,first published,\"illustrative, with a comma\",\n"
        + "2021,377.6,,later estimate,illustrative,\"a note, quoted\"\n");

    NationalRates rates = NationalRates.read(file);

    assertThat(rates.byYear().keySet()).containsExactly(2019, 2021);
    assertThat(rates.rate(2019).orElseThrow().source()).isEqualTo("illustrative, with a comma");
    assertThat(rates.rate(2021).orElseThrow().murderRate()).isEmpty();
    assertThat(rates.rate(2021).orElseThrow().note()).isEqualTo("a note, quoted");
  }

  @Test
  void everyBadCellIsNamedWithItsLineColumnAndValueAndNothingIsRead(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csv"), NationalRates.HEADER + "\n"
        + "2019,-366.7,5.0,first published,s,\n"
        + "2020,abc,6.5,first published,s,\n"
        + "2021,377.6,6.8,guessed,s,\n"
        + "2022,380.7,6.3,first published\n"
        + "2023,363.8,5.7,first published,s,\n"
        + "2023,363.8,5.7,first published,s,\n"
        + "2018,368.9,5.0,first published,,\n");

    assertThatThrownBy(() -> NationalRates.read(file))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).problems()).extracting(Problem::toString).containsExactly(
            file + ":2:6: violent_crime_rate must be " + RANGE + " but was \"-366.7\"",
            file + ":3:6: violent_crime_rate must be " + RANGE + " but was \"abc\"",
            file + ":4:16: basis must be \"first published\" or \"later estimate\" but was \"guessed\"",
            file + ":5:1: expected 6 columns (" + NationalRates.HEADER + ") but found 4",
            file + ":7:1: year 2023 appears twice (first on line 6)",
            file + ":8:32: source must name where the figures were published but was \"\""));
  }

  @Test
  void aMissingColumnOrAnotherHeaderIsAnError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("old.csv"), "year,violent_crime_rate,murder_rate,source\n2019,366.7,5.0,s\n");

    assertThatThrownBy(() -> NationalRates.read(file)).hasMessageContaining(file + ":1:1: the first line must be \""
        + NationalRates.HEADER + "\" but was \"year,violent_crime_rate,murder_rate,source\"");
  }

  @Test
  void aFileThatIsNotUtf8OrTooLargeIsRefused(@TempDir Path dir) throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.csv"), (NationalRates.HEADER + "\n2019,366.7,5.0,first published,S\u00e3o,\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    Path large = Files.write(dir.resolve("large.csv"), new byte[NationalRates.MAX_BYTES + 1]);

    assertThatThrownBy(() -> NationalRates.read(latin1)).hasMessageContaining(latin1 + " is not UTF-8 text");
    assertThatThrownBy(() -> NationalRates.read(large)).isInstanceOf(IOException.class)
        .hasMessage(large + " is larger than 1048576 bytes, the most a national rates table may have");
  }
}
