package org.psp.model.fbi.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;

/**
 * The first worksheet of an Excel 97 ({@code .xls}, BIFF8) workbook, read as POI's stream of records
 * (the event API): no workbook is built in memory, only the shared strings and one row at a time.
 * The file is opened read-only through POI's file system, which reads the blocks it needs from the
 * file instead of loading it.
 */
public final class XlsSheetRows implements SheetRows {

  private final Path file;
  private String sheetName;

  /** The first worksheet of {@code file}, which the caller has seen to start as an OLE2 file. */
  public XlsSheetRows(Path file) {
    this.file = file;
  }

  @Override
  public Path file() {
    return file;
  }

  /** Yes: the workbook's shared strings, which come before its sheets. */
  @Override
  public boolean listsTextsAhead() {
    return true;
  }

  @Override
  public Optional<String> sheetName() {
    return Optional.ofNullable(sheetName);
  }

  @Override
  public <E extends Exception> void read(Visitor<E> visitor) throws E, SheetException {
    Listener listener = new Listener(visitor);
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      HSSFRequest request = new HSSFRequest();
      request.addListenerForAllRecords(listener);
      new HSSFEventFactory().abortableProcessWorkbookEvents(request, fs);
      listener.flush();   // a sheet cut short of its end record: its last row
    } catch (HSSFUserException e) {
      // Only the listener throws it: with a SheetException of its own, or with what the visitor threw.
      if (e.getReason() instanceof SheetException own) {
        throw own;
      }
      throw Listener.<E>visitorsFailure(e);
    } catch (IOException | RuntimeException e) {
      throw new SheetException(file, "not a readable Excel 97 workbook (.xls): " + describe(e), e);
    }
    if (listener.sheets == 0) {
      throw new SheetException(file, "the workbook has no worksheet");
    }
    if (sheetName == null) {
      sheetName = listener.firstSheetName;
    }
  }

  /** What POI said, in a few words: its message, else the kind of problem. */
  private static String describe(Exception e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName() + " (the file is truncated or damaged?)";
    }
    message = message.strip().replaceAll("\\s+", " ");
    return message.length() > 200 ? message.substring(0, 200) + "..." : message;
  }

  /** Turns the records of the first worksheet into rows of cell text. */
  private final class Listener extends AbortableHSSFListener {
    private final Visitor<?> visitor;
    private SSTRecord strings;
    private String firstSheetName;
    private int sheets;
    private boolean inFirstSheet;
    private int row = -1;
    private String[] cells = new String[0];
    private int width;
    private int rows;
    /** The cell of a formula whose text result comes in the next record, a STRING record. */
    private int pendingFormulaColumn = -1;

    Listener(Visitor<?> visitor) {
      this.visitor = visitor;
    }

    @Override
    public short abortableProcessRecord(Record record) throws HSSFUserException {
      if (record instanceof BoundSheetRecord bound && firstSheetName == null) {
        firstSheetName = bound.getSheetname();
      } else if (record instanceof SSTRecord sst) {
        strings = sst;
      } else if (record instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
        sheets++;
        inFirstSheet = sheets == 1;
        sheetName = firstSheetName;
        if (inFirstSheet && !visitor.texts(texts())) {
          return 1;   // the visitor reads the rows another time
        }
      } else if (record instanceof EOFRecord && inFirstSheet) {
        flush();
        return 1;   // the first worksheet is all that is read: stop here
      } else if (inFirstSheet && record instanceof StringRecord text && pendingFormulaColumn >= 0) {
        put(row, pendingFormulaColumn, text.getString());
        pendingFormulaColumn = -1;
      } else if (inFirstSheet && record instanceof CellValueRecordInterface cell) {
        pendingFormulaColumn = -1;
        String value = value(cell);
        if (cell instanceof FormulaRecord formula && formula.getCachedResultTypeEnum() == CellType.STRING) {
          pendingFormulaColumn = cell.getColumn();
        }
        put(cell.getRow(), cell.getColumn(), value);
      }
      return 0;
    }

    /** The workbook's shared strings, as a list read through (not copied); empty when it has none. */
    private List<String> texts() {
      if (strings == null) {
        return List.of();
      }
      SSTRecord shared = strings;
      return new AbstractList<>() {
        @Override
        public String get(int index) {
          return shared.getString(index).getString();
        }

        @Override
        public int size() {
          return shared.getNumUniqueStrings();
        }
      };
    }

    private String value(CellValueRecordInterface cell) throws HSSFUserException {
      if (cell instanceof NumberRecord number) {
        return number(number.getValue());
      }
      if (cell instanceof LabelSSTRecord label) {
        if (strings == null || label.getSSTIndex() < 0 || label.getSSTIndex() >= strings.getNumUniqueStrings()) {
          throw new HSSFUserException(new SheetException(file, "not a readable Excel 97 workbook (.xls): "
              + "cell " + reference(cell) + " refers to shared string " + label.getSSTIndex() + ", which the workbook "
              + "does not have (a damaged file?)"));
        }
        return strings.getString(label.getSSTIndex()).getString();
      }
      if (cell instanceof LabelRecord label) {
        return label.getValue();
      }
      if (cell instanceof FormulaRecord formula) {
        return formula.getCachedResultTypeEnum() == CellType.NUMERIC ? number(formula.getValue()) : "";
      }
      return "";   // blank, boolean or error: nothing a city table writes as a figure or a name
    }

    private void put(int cellRow, int column, String value) throws HSSFUserException {
      if (cellRow != row) {
        flush();
        row = cellRow;
        if (++rows > MAX_ROWS) {
          throw new HSSFUserException(new SheetException(file, "the sheet has more than " + MAX_ROWS
              + " rows; an FBI city table has under 10,000"));
        }
      }
      if (column < 0 || column >= MAX_COLUMNS) {
        return;
      }
      if (column >= cells.length) {
        cells = Arrays.copyOf(cells, Math.min(MAX_COLUMNS, Math.max(16, column + 1)));
      }
      cells[column] = value;
      width = Math.max(width, column + 1);
    }

    /** What the visitor of {@code read(Visitor<E>)} threw, carried out of POI by {@code e}: an E. */
    @SuppressWarnings("unchecked")
    static <E extends Exception> E visitorsFailure(HSSFUserException e) {
      return (E) e.getReason();
    }

    void flush() throws HSSFUserException {
      if (row >= 0 && width > 0) {
        String[] out = new String[width];
        for (int i = 0; i < width; i++) {
          out[i] = cells[i] == null ? "" : cells[i];
        }
        try {
          visitor.row(row + 1, out);
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new HSSFUserException(e);
        }
      }
      Arrays.fill(cells, null);
      width = 0;
      row = -1;
    }

    private String reference(CellValueRecordInterface cell) {
      return "row " + (cell.getRow() + 1) + ", column " + (cell.getColumn() + 1);
    }
  }

  /** A number as its text: without a fraction when it has none. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
