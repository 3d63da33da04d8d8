package org.psp.rules.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.psp.model.Strategy;
import org.psp.model.fbi.CityRow;
import org.psp.model.fbi.CityTable;
import org.psp.model.fbi.CityTableException;
import org.psp.model.fbi.CityTableReader;
import org.psp.model.fbi.FbiFlag;
import org.psp.model.fbi.PspRoster;
import org.psp.rules.PolicySettings;
import org.psp.rules.StrategyAdvisor;

/** Screening the real tables' excerpts with the real engine. */
class CityScreenTest {
  private static final StrategyAdvisor ADVISOR = StrategyAdvisor.builder().dataGaps(false).build();
  private static final Path EXCERPTS = Path.of("src/test/resources/fbi");
  private final CityScreen screen = new CityScreen(ADVISOR);

  private static Path excerpt(int year) {
    return EXCERPTS.resolve("cius-" + year + "-table-" + (year == 2016 ? 6 : 8) + "-excerpt.xls");
  }

  private List<ScreenedCity> screened(int year) throws CityTableException {
    List<ScreenedCity> cities = new ArrayList<>();
    screen.screen(excerpt(year), new CityTableReader(), cities::add);
    return cities;
  }

  private static ScreenedCity city(List<ScreenedCity> cities, String state, String city) {
    return cities.stream().filter(c -> c.row().state().equals(state) && c.row().city().equals(city)).findFirst()
        .orElseThrow(() -> new AssertionError(city + ", " + state));
  }

  @Test
  void eachCityYearIsAdvisedOnceWithItsRatiosEligibilityFocusAndCohorts() throws CityTableException {
    List<ScreenedCity> cities = screened(2016);
    CityTableReader.Table table = new CityTableReader().readAll(excerpt(2016));
    assertThat(cities).extracting(ScreenedCity::row).containsExactlyElementsOf(table.rows());
    ScreenedCity memphis = city(cities, "TN", "Memphis");
    assertThat(memphis.nationalRatio().getAsDouble()).isCloseTo(11947 * 100_000.0 / 656434 / 386.3, within(1e-9));
    assertThat(memphis.murderRatio()).isPresent();
    assertThat(memphis.eligible()).isTrue();
    assertThat(memphis.focus()).hasSize(3).contains(Strategy.FEDERAL_PROSECUTION);
    assertThat(memphis.focus()).containsExactlyElementsOf(memphis.advice().orElseThrow().recommendations().stream()
        .limit(3).map(r -> r.strategy()).toList());
    assertThat(memphis.psp()).extracting(PspRoster.Entry::cohort).containsExactly(2017);
    ScreenedCity mobile = city(cities, "AL", "Mobile");
    assertThat(mobile.psp()).isEmpty();
  }

  @Test
  void aRowWithABlankFigureIsNotAdvisedAndSaysWhy() throws CityTableException {
    ScreenedCity toledo = city(screened(2017), "OH", "Toledo");
    assertThat(toledo.isScreened()).isFalse();
    assertThat(toledo.nationalRatio()).isEmpty();
    assertThat(toledo.eligible()).isFalse();
    assertThat(toledo.focus()).isEmpty();
    assertThat(toledo.notScreened()).hasValueSatisfying(reason -> assertThat(reason)
        .startsWith("Toledo, OH 2017: rapes is not reported (blank in the table); the FBI: FBI footnote 6: ")
        .contains("underreported"));
    assertThat(toledo.row().flags()).extracting(FbiFlag::kind).contains(FbiFlag.Kind.UNDERREPORTED);
  }

  @Test
  void anyAdvisorScreens() throws CityTableException {
    Properties strict = new Properties();
    strict.setProperty("eligibilityRatio", "5.0");
    StrategyAdvisor stricter = StrategyAdvisor.builder().dataGaps(false)
        .settings(PolicySettings.defaults().withOverrides(strict)).build();
    List<ScreenedCity> cities = new ArrayList<>();
    new CityScreen(stricter).screen(excerpt(2016), new CityTableReader(), cities::add);
    assertThat(city(cities, "TN", "Memphis").eligible()).isFalse();
    assertThat(city(screened(2016), "TN", "Memphis").eligible()).isTrue();
  }

  @Test
  void rowsOfManyChunksComeBackInTheirOrder() throws CityTableException {
    List<CityRow> rows = new ArrayList<>();
    List<CityRow> table = new CityTableReader().readAll(excerpt(2019)).rows();
    while (rows.size() < 2 * CityScreen.CHUNK + 100) {
      rows.addAll(table);
    }
    List<ScreenedCity> cities = screen.screenAll(rows);
    assertThat(cities).extracting(ScreenedCity::row).containsExactlyElementsOf(rows);
  }

  @Test
  void aTableIsScreenedAsItIsRead() throws CityTableException {
    int[] seen = {0};
    CityTable table = screen.screen(excerpt(2018), new CityTableReader(), city -> seen[0]++);
    assertThat(seen[0]).isEqualTo(table.rows());
    assertThat(table.year()).isEqualTo(2018);
  }
}
