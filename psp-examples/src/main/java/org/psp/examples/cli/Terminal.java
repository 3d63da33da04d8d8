package org.psp.examples.cli;

import org.psp.model.internal.VisibleText;

/**
 * Text for a terminal: whatever came from input (names, ids, file names, rule names) is shown as
 * {@link VisibleText} writes it, the same as in JSON and HTML: control characters (that could recolour
 * or retitle the terminal, or start a line that looks like the program's own), bidi and zero-width
 * characters (that could reverse or hide the rest of the line) and lone surrogates as {@code \\uXXXX}.
 */
final class Terminal {
  private Terminal() {}

  /** {@code text} with every hidden character as {@code \\uXXXX}. */
  static String safe(String text) {
    return VisibleText.escape(text);
  }
}
