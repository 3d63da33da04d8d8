package org.psp.model.fbi.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CSV file of a city table's columns (RFC 4180: fields separated by commas, quoted with {@code "}
 * when they hold a comma, a quote or a line break, as a spreadsheet saves them), in UTF-8, read one
 * record at a time. A record that spans lines (a quoted header with line breaks) is one row, numbered
 * by the line it starts on.
 */
public final class CsvSheetRows implements SheetRows {

  /** The longest field read; a city table's longest, a footnote, has a few hundred characters. */
  static final int MAX_FIELD = 1 << 16;

  private final Path file;

  /** The CSV file {@code file}. */
  public CsvSheetRows(Path file) {
    this.file = file;
  }

  @Override
  public Path file() {
    return file;
  }

  /** No: a CSV file's texts are in its records. */
  @Override
  public boolean listsTextsAhead() {
    return false;
  }

  @Override
  public Optional<String> sheetName() {
    return Optional.empty();
  }

  @Override
  public <E extends Exception> void read(Visitor<E> visitor) throws E, SheetException {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      int line = 1;
      int start = 1;
      int rows = 0;
      boolean quoted = false;
      boolean first = true;
      int c;
      while ((c = in.read()) != -1) {
        if (first) {
          first = false;
          if (c == '\uFEFF') {
            continue;   // a byte order mark, as spreadsheets write it
          }
        }
        if (quoted) {
          if (c == '"') {
            in.mark(1);
            if (in.read() == '"') {
              field.append('"');
            } else {
              in.reset();
              quoted = false;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            append(field, c, start);
          }
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
        } else if (c == ',') {
          add(fields, field);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
              in.reset();
            }
          }
          add(fields, field);
          if (++rows > MAX_ROWS) {
            throw new SheetException(file, "the file has more than " + MAX_ROWS + " rows; an FBI city table has "
                + "under 10,000");
          }
          emit(visitor, start, fields);
          line++;
          start = line;
        } else {
          append(field, c, start);
        }
      }
      if (quoted) {
        throw new SheetException(file, "line " + start + ": a quoted field is not closed before the end of the "
            + "file (a truncated file?)");
      }
      if (field.length() > 0 || !fields.isEmpty()) {
        add(fields, field);
        emit(visitor, start, fields);
      }
    } catch (CharacterCodingException e) {
      throw new SheetException(file, "not UTF-8 text: save the CSV as UTF-8", e);
    } catch (IOException e) {
      throw new SheetException(file, "cannot read it: " + e.getMessage(), e);
    }
  }

  private void append(StringBuilder field, int c, int line) throws SheetException {
    if (field.length() >= MAX_FIELD) {
      throw new SheetException(file, "line " + line + ": a field longer than " + MAX_FIELD
          + " characters; a city table's cells are names, numbers and footnotes");
    }
    field.append((char) c);
  }

  private static void add(List<String> fields, StringBuilder field) {
    if (fields.size() < MAX_COLUMNS) {
      fields.add(field.toString());
    }
    field.setLength(0);
  }

  private static <E extends Exception> void emit(Visitor<E> visitor, int line, List<String> fields) throws E {
    boolean blank = fields.stream().allMatch(String::isBlank);
    if (!blank) {
      visitor.row(line, fields.toArray(String[]::new));
    }
    fields.clear();
  }
}
