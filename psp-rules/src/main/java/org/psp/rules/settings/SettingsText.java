package org.psp.rules.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a settings file: {@code name=value} (or {@code name: value}) a line, {@code #} or
 * {@code !} comments, no line continuations. A {@code # range:} comment declares the setting on the
 * next line, and the comment lines right above it say what it means ({@link Setting}).
 */
final class SettingsText {

  /**
   * One {@code name=value} line.
   *
   * @param name the setting's name
   * @param value its value, as written
   * @param line the line's number, from 1
   * @param range the text after {@code # range:} on the line above, or null when there is none
   * @param rangeLine the number of that comment's line, or 0
   * @param meaning the comment lines above the range, joined by spaces; empty when none
   */
  record Entry(String name, String value, int line, String range, int rangeLine, String meaning) {
    /** The setting this entry declares, when its range is one; empty otherwise, or with no range line. */
    Optional<Setting> declaration() {
      return range == null ? Optional.empty() : Setting.declared(name, range, meaning);
    }
  }

  private SettingsText() {}

  /** The {@code name=value} lines of {@code text}, in their order. */
  static List<Entry> entries(String text) {
    List<Entry> entries = new ArrayList<>();
    List<String> comment = new ArrayList<>();
    String range = null;
    int rangeLine = 0;
    String meaning = "";
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        comment.clear();
        range = null;
        continue;
      }
      if (line.startsWith("#") || line.startsWith("!")) {
        String words = line.substring(1).strip();
        if (words.startsWith(Setting.RANGE_PREFIX)) {
          range = words.substring(Setting.RANGE_PREFIX.length()).strip();
          rangeLine = i + 1;
          meaning = String.join(" ", comment);
        } else {
          comment.add(words);
        }
        continue;
      }
      int separator = indexOfSeparator(line);
      String name = separator < 0 ? line : line.substring(0, separator).strip();
      String value = separator < 0 ? "" : line.substring(separator + 1).strip();
      entries.add(new Entry(name, value, i + 1, range, range == null ? 0 : rangeLine, range == null ? "" : meaning));
      comment.clear();
      range = null;
    }
    return entries;
  }

  private static int indexOfSeparator(String line) {
    int equals = line.indexOf('=');
    int colon = line.indexOf(':');
    return equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
  }
}
