package org.psp.rules.screen;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.psp.model.Site;
import org.psp.model.fbi.CityRow;
import org.psp.model.fbi.CityTable;
import org.psp.model.fbi.CityTableException;
import org.psp.model.fbi.CityTableReader;
import org.psp.model.fbi.FbiFlag;
import org.psp.model.fbi.PspRoster;
import org.psp.rules.AdviceOutcome;
import org.psp.rules.AdviceYear;
import org.psp.rules.Advisor;

/**
 * Screens the cities of the FBI's tables through an advisor — the default policy, or rule authors'
 * rules and settings: each city-year is advised once, as a site of its own with that year's figures
 * ({@link CityRow#site()}), and comes back as a {@link ScreenedCity} with its PSP cohorts from the
 * roster. A row that leaves a figure blank is not advised (a blank is not reported, never zero): it
 * comes back with the reason.
 *
 * <pre>{@code
 * CityScreen screen = new CityScreen(StrategyAdvisor.builder().dataGaps(false).build());
 * CityTable table = screen.screen(Path.of("cius-2016-table-6.xls"), new CityTableReader(), city -> {
 *   if (city.eligible()) System.out.println(city.row().city() + " " + city.nationalRatio().getAsDouble());
 * });
 * }</pre>
 *
 * <p>Rows are advised a chunk at a time on every core (the advisor's {@link Advisor#adviseEach}) and
 * handed on in their order on the calling thread: a table of any length is screened in bounded
 * memory. A table is read on a thread of its own while the chunks read before are advised. A row
 * whose figures make no site (more offences than residents, say) comes back not screened, with the
 * reason; so does a row the advisor could not advise. An advisor that looks for data gaps tries each
 * row again for every missing share; screening needs none, so build it with {@code dataGaps(false)}.
 * Thread-safe when the advisor is.
 */
public final class CityScreen {

  /** How many rows are advised together. */
  static final int CHUNK = 1024;

  /** How many chunks of a table are read ahead of the one being advised, at most. */
  static final int CHUNKS_AHEAD = 2;

  private final Advisor advisor;
  private final PspRoster roster;

  /** Screens with {@code advisor}, marking the bundled roster's PSP sites. */
  public CityScreen(Advisor advisor) {
    this(advisor, PspRoster.bundled());
  }

  /** Screens with {@code advisor}, marking the PSP sites of {@code roster}. */
  public CityScreen(Advisor advisor, PspRoster roster) {
    this.advisor = checkNotNull(advisor, "advisor");
    this.roster = checkNotNull(roster, "roster");
  }

  /**
   * Reads {@code file} with {@code reader} and screens every row, handing each screened city to
   * {@code cities} in the table's order: {@link #screen(Path, CityTableReader, Predicate, Consumer)}
   * with every row.
   *
   * @return what the table holds besides its rows (its malformed rows among them)
   * @throws CityTableException when the file cannot be read as a city table; the rows of the chunks
   *     advised before it failed have been handed on, the rest are not screened
   */
  public CityTable screen(Path file, CityTableReader reader, Consumer<? super ScreenedCity> cities)
      throws CityTableException {
    return screen(file, reader, row -> true, cities);
  }

  /**
   * Reads {@code file} with {@code reader} and screens the rows that {@code rows} accepts, handing
   * each screened city to {@code cities} in the table's order. The table is read on a thread of its
   * own, at most {@value #CHUNKS_AHEAD} chunks of {@value #CHUNK} rows ahead of the chunk being advised
   * (the advice takes every core once the reading is done); {@code rows} and {@code cities} are
   * called on the calling thread. If {@code rows}, {@code cities} or the advisor throws, the reading
   * is stopped and its thread has ended when the exception reaches the caller.
   *
   * @return what the table holds besides its rows (its malformed rows among them)
   * @throws CityTableException when the file cannot be read as a city table; the rows of the chunks
   *     advised before it failed have been handed on, the rest are not screened
   * @throws CancellationException when the calling thread is interrupted while it waits for the
   *     reading (its interrupt status is kept)
   */
  public CityTable screen(Path file, CityTableReader reader, Predicate<? super CityRow> rows,
      Consumer<? super ScreenedCity> cities) throws CityTableException {
    checkNotNull(file, "file");
    checkNotNull(reader, "reader");
    checkNotNull(rows, "rows");
    Screening screening = open(cities);
    try (ReadAhead ahead = new ReadAhead(file, reader, CHUNK, CHUNKS_AHEAD)) {
      while (true) {
        ReadAhead.Step step = ahead.next();
        if (step instanceof ReadAhead.Rows read) {
          for (CityRow row : read.rows()) {
            if (rows.test(row)) {
              screening.accept(row);
            }
          }
        } else if (step instanceof ReadAhead.End end) {
          screening.close();   // the last chunk, once the table is read to its end
          return end.table();
        } else {
          Throwable problem = ((ReadAhead.Failed) step).problem();
          if (problem instanceof CityTableException e) {
            throw e;
          }
          if (problem instanceof Error e) {
            throw e;
          }
          throw new IllegalStateException(file + ": reading the table failed: " + problem, problem);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException(file + ": the screening was interrupted");
      cancelled.initCause(e);
      throw cancelled;
    }
  }

  /** Screens {@code rows}, in their order, into a list. */
  public List<ScreenedCity> screenAll(Collection<CityRow> rows) {
    List<ScreenedCity> cities = new ArrayList<>(rows.size());
    try (Screening screening = open(cities::add)) {
      rows.forEach(screening);
    }
    return cities;
  }

  /**
   * A screening that takes rows as they come — from a {@link CityTableReader}, filtered or not —
   * and hands each screened city to {@code cities}, in the order of the rows, once its chunk is
   * advised; {@link Screening#close()} advises the last chunk.
   */
  public Screening open(Consumer<? super ScreenedCity> cities) {
    return new Screening(checkNotNull(cities, "cities"));
  }

  /** Rows being screened a chunk at a time; close it to screen the last chunk. Not thread-safe. */
  public final class Screening implements Consumer<CityRow>, AutoCloseable {
    private final Consumer<? super ScreenedCity> cities;
    private final List<CityRow> rows = new ArrayList<>(CHUNK);
    private boolean closed;

    private Screening(Consumer<? super ScreenedCity> cities) {
      this.cities = cities;
    }

    /** Screens {@code row} with the rows of its chunk. */
    @Override
    public void accept(CityRow row) {
      checkState(!closed, "the screening is closed");
      rows.add(checkNotNull(row, "row"));
      if (rows.size() == CHUNK) {
        flush();
      }
    }

    /** Screens the rows taken since the last chunk. */
    @Override
    public void close() {
      if (!closed) {
        flush();
        closed = true;
      }
    }

    private void flush() {
      List<CityRow> chunk = List.copyOf(rows);
      rows.clear();   // handed on below, once: a consumer that throws does not see them again on close
      // The rows' sites are made on every core too: a site is checked as it is built. A row whose
      // figures make no site (more offences than residents) is that row's problem alone.
      Site[] sites = new Site[chunk.size()];
      String[] problems = new String[chunk.size()];
      IntStream.range(0, chunk.size()).parallel().forEach(i -> {
        CityRow row = chunk.get(i);
        if (!row.isComplete()) {
          problems[i] = notReported(row);
          return;
        }
        try {
          sites[i] = row.site();
        } catch (IllegalArgumentException e) {
          problems[i] = row.city() + ", " + row.state() + " " + row.year() + ": the figures make no site: "
              + e.getMessage();
        }
      });
      List<Site> advised = new ArrayList<>(sites.length);
      for (Site site : sites) {
        if (site != null) {
          advised.add(site);
        }
      }
      List<AdviceOutcome> outcomes = new ArrayList<>(advised.size());
      advisor.adviseEach(advised, AdviceYear.LATEST, outcomes::add);
      int next = 0;
      for (int i = 0; i < sites.length; i++) {
        CityRow row = chunk.get(i);
        List<PspRoster.Entry> psp = roster.of(row.state(), row.city(), row.year());
        if (sites[i] == null) {
          cities.accept(ScreenedCity.notScreened(row, psp, problems[i]));
          continue;
        }
        AdviceOutcome outcome = outcomes.get(next++);
        cities.accept(outcome.advice().map(advice -> ScreenedCity.advised(row, psp, advice))
            .orElseGet(() -> ScreenedCity.notScreened(row, psp, outcome.error().orElseThrow().message())));
      }
    }
  }

  /** Why a row with blank figures is not advised: the figures and the FBI's word on them. */
  static String notReported(CityRow row) {
    StringBuilder reason = new StringBuilder(row.city()).append(", ").append(row.state()).append(' ').append(row.year())
        .append(": ");
    List<String> missing = row.missing();
    boolean zeroPopulation = row.population().isPresent() && missing.contains("population");
    reason.append(String.join(", ", missing)).append(missing.size() == 1 ? " is" : " are")
        .append(zeroPopulation ? " not usable (a population of 0 gives no rate)" : " not reported (blank in the table)");
    if (!row.flags().isEmpty()) {
      reason.append("; the FBI: ").append(String.join("; ", row.flags().stream().map(FbiFlag::note).toList()));
    } else if (!row.notes().isEmpty()) {
      reason.append("; the FBI: ").append(String.join("; ", row.notes()));
    }
    return reason.toString();
  }
}
