package org.psp.rules.screen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.psp.model.fbi.CityRow;
import org.psp.model.fbi.CityTable;
import org.psp.model.fbi.CityTableException;
import org.psp.model.fbi.CityTableReader;

/**
 * A table read on a thread of its own, a few chunks of rows ahead of the screening that takes them:
 * while one chunk is advised, the next ones are read. The chunks come in the table's order, then the
 * table's end or why it could not be read; at most {@code ahead} chunks wait to be taken, so a table
 * of any length is read in bounded memory. {@link #close()} stops the reading wherever it is and
 * waits for its thread to end. Not thread-safe: one thread takes the steps and closes.
 */
final class ReadAhead implements AutoCloseable {

  /** What the reading hands over, in order: chunks of rows, then the end or the failure. */
  sealed interface Step permits Rows, End, Failed {}

  /** The next rows of the table, in their order. */
  record Rows(List<CityRow> rows) implements Step {}

  /** The table was read to its end. */
  record End(CityTable table) implements Step {}

  /** The table could not be read further: a {@link CityTableException}, or what else the reading threw. */
  record Failed(Throwable problem) implements Step {}

  /** Thrown on the reading thread to end it once the screening is closed. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the screening stopped the reading", null, false, false);
    }
  }

  private final BlockingQueue<Step> steps;
  private final Thread thread;
  private volatile boolean stopped;

  /**
   * Starts reading {@code file} with {@code reader} in chunks of {@code chunk} rows, at most {@code
   * ahead} of them waiting to be taken.
   */
  ReadAhead(Path file, CityTableReader reader, int chunk, int ahead) {
    this.steps = new ArrayBlockingQueue<>(ahead);
    this.thread = new Thread(() -> read(file, reader, chunk), "psp-screen-reader " + file.getFileName());
    thread.setDaemon(true);
    thread.start();
  }

  /** The next step, waiting for the reading if need be. */
  Step next() throws InterruptedException {
    return steps.take();
  }

  private void read(Path file, CityTableReader reader, int size) {
    try {
      List<List<CityRow>> chunk = new ArrayList<>(List.of(new ArrayList<>(size)));
      CityTable table = reader.read(file, row -> {
        List<CityRow> rows = chunk.get(0);
        rows.add(row);
        if (rows.size() == size) {
          hand(new Rows(rows));
          chunk.set(0, new ArrayList<>(size));
        }
      });
      if (!chunk.get(0).isEmpty()) {
        hand(new Rows(chunk.get(0)));
      }
      hand(new End(table));
    } catch (Stopped e) {
      // Closed: nobody takes anything more.
    } catch (CityTableException | RuntimeException | Error e) {
      if (!stopped) {   // else the stop is what failed the reading (an interrupted read): nobody takes it
        try {
          hand(new Failed(e));
        } catch (Stopped closed) {
          // Closed while handing the failure over.
        }
      }
    }
  }

  /** Hands {@code step} over, waiting while {@code ahead} steps wait to be taken; stops once closed. */
  private void hand(Step step) {
    if (stopped) {
      throw new Stopped();
    }
    try {
      steps.put(step);
    } catch (InterruptedException e) {
      throw new Stopped();   // only close() interrupts this thread
    }
  }

  /** Stops the reading, if it is still going, and waits for its thread to end. */
  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
    steps.clear();   // frees a reading that waits to hand a chunk over
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;   // the reading ends soon whatever happens: wait for it, then say so
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
