package org.psp.model.fbi.internal;

import java.util.ArrayList;
import java.util.List;

/** The records of a small CSV text held in memory (the bundled roster): RFC 4180 quoting, blank lines left out. */
public final class CsvRecords {

  private CsvRecords() {}

  /** The records of {@code text}, each a list of its fields. */
  public static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        end(records, fields, field);
      } else {
        field.append(c);
      }
    }
    end(records, fields, field);
    return records;
  }

  private static void end(List<List<String>> records, List<String> fields, StringBuilder field) {
    fields.add(field.toString());
    field.setLength(0);
    if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
      records.add(List.copyOf(fields));
    }
    fields.clear();
  }
}
