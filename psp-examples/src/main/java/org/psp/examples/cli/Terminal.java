package org.psp.examples.cli;

/**
 * Text for a terminal: whatever came from input (names, ids, file names, rule names) is shown with its
 * control characters escaped, so that it cannot recolour or retitle the terminal, nor start a line
 * that looks like the program's own.
 */
final class Terminal {
  private Terminal() {}

  /** {@code text} with every control character (C0, DEL, C1, line and paragraph separators) as {@code \\uXXXX}. */
  static String safe(String text) {
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
      if (control && safe == null) {
        safe = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (safe != null) {
        if (control) {
          safe.append(String.format("\\u%04x", (int) c));
        } else {
          safe.append(c);
        }
      }
    }
    return safe == null ? text : safe.toString();
  }
}
