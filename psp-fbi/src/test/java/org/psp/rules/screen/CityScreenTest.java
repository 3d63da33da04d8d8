package org.psp.rules.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psp.model.NationalRates;
import org.psp.model.Strategy;
import org.psp.model.fbi.CityRow;
import org.psp.model.fbi.CityTable;
import org.psp.model.fbi.CityTableException;
import org.psp.model.fbi.CityTableReader;
import org.psp.model.fbi.FbiFlag;
import org.psp.model.fbi.PspRoster;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.settings.PolicySettings;

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
        .limit(3).map(r -> r.strategy()).toList()).isEqualTo(memphis.advice().orElseThrow().focus());
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
    assertThat(toledo.notScreened()).hasValueSatisfying(problem -> {
      assertThat(problem.message()).startsWith("Toledo, OH 2017: rapes is not reported (blank in the table); the FBI: FBI footnote 6: ")
          .contains("underreported");
      assertThat(problem.file()).isEqualTo(toledo.row().file().toString());
      assertThat(problem.line()).isEqualTo(toledo.row().row());
      assertThat(problem).hasToString(problem.file() + ":" + problem.line() + ": " + problem.message());
    });
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

  /**
   * A CSV table of {@code rows} made-up towns of Tennessee (illustrative figures, not the FBI's), with
   * {@code change} applied to each line (row 1 is the header).
   */
  private static Path madeUpTable(Path dir, int rows, IntFunction<String> change) throws IOException {
    StringBuilder csv = new StringBuilder("State,City,Population,Violent crime,Murder and nonnegligent manslaughter,"
        + "Rape,Robbery,Aggravated assault,Property crime,Burglary,Larceny-theft,Motor vehicle theft,Arson\n");
    for (int i = 0; i < rows; i++) {
      int[] counts = {i % 5, i % 7, i % 11, i % 13};
      String line = (i == 0 ? "TENNESSEE" : "") + ",Town " + letters(i) + "," + (1_000 + i * 37 % 500_000) + ","
          + IntStream.of(counts).sum() + "," + counts[0] + "," + counts[1] + "," + counts[2] + "," + counts[3] + ",,,,,";
      String changed = change.apply(i + 2);
      csv.append(changed == null ? line : changed).append('\n');
    }
    return Files.writeString(dir.resolve("made-up-2019.csv"), csv);
  }

  /** {@code n} as letters (a, b, ..., z, ba, bb...): a city name without digits, which would be footnotes. */
  private static String letters(int n) {
    StringBuilder name = new StringBuilder();
    do {
      name.insert(0, (char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return name.toString();
  }

  private static List<Thread> readingThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("psp-screen-reader"))
        .filter(Thread::isAlive).toList();
  }

  @Test
  void aTableOfManyChunksIsScreenedInItsOrderWhileItIsRead(@TempDir Path dir) throws Exception {
    Path file = madeUpTable(dir, 3 * CityScreen.CHUNK + 500, line -> null);
    List<CityRow> rows = new CityTableReader().readAll(file).rows();
    List<ScreenedCity> cities = new ArrayList<>();
    CityTable table = screen.screen(file, new CityTableReader(), row -> row.row() % 3 != 0, cities::add);
    assertThat(table.rows()).isEqualTo(rows.size());
    assertThat(cities).extracting(ScreenedCity::row).containsExactlyElementsOf(rows.stream()
        .filter(row -> row.row() % 3 != 0).toList());
    assertThat(cities).allMatch(ScreenedCity::isScreened);
    assertThat(readingThreads()).isEmpty();
  }

  @Test
  void aRowWhoseFiguresMakeNoSiteIsNotScreenedWithItsReasonAndTheOthersAre(@TempDir Path dir) throws Exception {
    Path file = madeUpTable(dir, 2 * CityScreen.CHUNK, line -> line == 1500 ? ",Tiny,10,50,0,0,25,25,,,,," : null);
    List<ScreenedCity> cities = new ArrayList<>();
    screen.screen(file, new CityTableReader(), cities::add);
    assertThat(cities).hasSize(2 * CityScreen.CHUNK).filteredOn(c -> !c.isScreened()).singleElement().satisfies(tiny -> {
      assertThat(tiny.row().row()).isEqualTo(1500);
      assertThat(tiny.notScreened()).hasValueSatisfying(problem -> assertThat(problem.toString())
          .startsWith(file + ":1500: Tiny, TN 2019: the figures make no site: ").contains("more offences than residents"));
    });
  }

  @Test
  void aYearTheNationalRatesTableLacksIsNotScreenedSayingSoAtEachRow(@TempDir Path dir) throws Exception {
    NationalRates without2019 = NationalRates.of(NationalRates.bundled().byYear().values().stream().filter(r -> r.year() != 2019)
        .toList());
    CityScreen lacking = new CityScreen(StrategyAdvisor.builder().dataGaps(false).nationalRates(without2019).build());
    Path file = madeUpTable(dir, 3, line -> null);
    List<ScreenedCity> cities = new ArrayList<>();
    lacking.screen(file, new CityTableReader(), cities::add);

    assertThat(cities).hasSize(3).allSatisfy(city -> {
      assertThat(city.isScreened()).isFalse();
      assertThat(city.notScreened()).hasValueSatisfying(problem -> assertThat(problem.toString()).startsWith(file + ":"
          + city.row().row() + ": no national violent crime rate for 2019 in the national rates table, which has "));
    });
  }

  /** The lines of a CSV table, split at commas (no quotes), as the sheet {@code 19tbl08} of an .xls workbook. */
  private static Path asWorkbook(Path csv) throws IOException {
    Path file = csv.resolveSibling(csv.getFileName().toString().replace(".csv", ".xls"));
    try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("19tbl08");
      List<String> lines = Files.readAllLines(csv);
      for (int r = 0; r < lines.size(); r++) {
        Row row = sheet.createRow(r);
        String[] cells = lines.get(r).split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c].matches("\\d+")) {
            row.createCell(c).setCellValue(Integer.parseInt(cells[c]));
          } else if (!cells[c].isEmpty()) {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      workbook.write(out);
    }
    return file;
  }

  @Test
  void aTableThatFailsPartWayHandsOnTheChunksReadBeforeAndEndsItsReading(@TempDir Path dir) throws Exception {
    // Read once: the rows are handed on as they are read, and the footnote that Toledo carries turns out
    // at the end to be missing (the one text that read as footnote 3 was a town's name).
    int toledo = 2 * CityScreen.CHUNK + 300;
    Path file = asWorkbook(madeUpTable(dir, 2 * CityScreen.CHUNK + 500, line -> line == 100 ? ",3 Rivers,1000,5,0,1,2,2,,,,,"
        : line == toledo ? ",Toledo3,1000,5,0,1,2,2,,,,," : null));
    List<ScreenedCity> cities = new ArrayList<>();

    assertThatThrownBy(() -> screen.screen(file, new CityTableReader(), cities::add))
        .isInstanceOf(CityTableException.class).hasMessageContaining("footnote 3 at the end of the table is missing");
    assertThat(cities).extracting(ScreenedCity::row).extracting(CityRow::row)
        .containsExactlyElementsOf(IntStream.rangeClosed(2, 2 * CityScreen.CHUNK + 1).boxed().toList());
    assertThat(readingThreads()).isEmpty();
  }

  @Test
  void aConsumerThatThrowsStopsTheReadingAndItsThreadHasEnded(@TempDir Path dir) throws Exception {
    Path file = madeUpTable(dir, 8 * CityScreen.CHUNK, line -> null);
    assertThatThrownBy(() -> screen.screen(file, new CityTableReader(), city -> {
      throw new IllegalStateException("the consumer's own problem");
    })).isInstanceOf(IllegalStateException.class).hasMessage("the consumer's own problem");
    assertThat(readingThreads()).isEmpty();
    assertThatThrownBy(() -> screen.screen(file, new CityTableReader(), row -> {
      throw new IllegalArgumentException("the filter's own problem");
    }, city -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("the filter's own problem");
    assertThat(readingThreads()).isEmpty();
  }

  @Test
  void theReadingWaitsAFewChunksAheadOfAScreeningThatDoesNotTakeThem(@TempDir Path dir) throws Exception {
    int total = 8 * CityScreen.CHUNK;   // twice what is read at most while the screening waits
    Path file = madeUpTable(dir, total, line -> null);
    List<ScreenedCity> cities = new ArrayList<>();
    Thread.State[] whileWaiting = new Thread.State[1];
    CityTable table = screen.screen(file, new CityTableReader(), city -> {
      if (cities.isEmpty()) {
        whileWaiting[0] = waitingState();
      }
      cities.add(city);
    });
    assertThat(whileWaiting[0]).as("the reading thread while the first city is being taken: waiting, not done")
        .isEqualTo(Thread.State.WAITING);
    assertThat(readingThreads()).isEmpty();
    assertThat(table.rows()).isEqualTo(total);
    assertThat(cities).hasSize(total);
  }

  /** The reading thread's state once it has stopped running (waiting to hand a chunk over), or when it ended. */
  private static Thread.State waitingState() {
    for (int tries = 0; tries < 200; tries++) {
      List<Thread> reading = readingThreads();
      if (reading.isEmpty()) {
        return Thread.State.TERMINATED;
      }
      Thread.State state = reading.get(0).getState();
      if (state == Thread.State.WAITING) {
        return state;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return readingThreads().isEmpty() ? Thread.State.TERMINATED : readingThreads().get(0).getState();
  }

  @Test
  void aTableIsScreenedAsItIsRead() throws CityTableException {
    int[] seen = {0};
    CityTable table = screen.screen(excerpt(2018), new CityTableReader(), city -> seen[0]++);
    assertThat(seen[0]).isEqualTo(table.rows());
    assertThat(table.year()).isEqualTo(2018);
  }
}
