package org.psp.rules.internal.authoring;

import java.util.Optional;
import org.psp.model.Problem;

/**
 * The bounds a .drl file must keep before the parser reads it: brackets nested at most {@value
 * #MAX_NESTING} deep (the parser and compiler recurse once per level, and a few hundred levels end
 * them with a StackOverflowError) and at most {@value #MAX_TERMS} conditions joined by {@code ||} or
 * {@code &&} (the compiler would quote all of them in one message). The default policy nests 4 deep
 * and joins 3 conditions in a file at most; a rule author who needs more should write the condition
 * in steps (several patterns, a function). The size of a file is bounded where it is read ({@link
 * RuleCompiler#MAX_DRL_BYTES}). Text in quotes and comments does not count.
 */
final class RuleFileBounds {
  /** The deepest brackets ({@code ( [ {}) may nest in a .drl file. */
  static final int MAX_NESTING = 32;
  /** The most {@code ||} and {@code &&} a .drl file may have. */
  static final int MAX_TERMS = 1_000;

  private RuleFileBounds() {}

  /** The first bound {@code text}, the .drl file {@code file}, passes, at its line and column; empty when it keeps them. */
  static Optional<Problem> check(String file, String text) {
    int depth = 0;
    int terms = 0;
    int line = 1;
    int column = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      column++;
      if (c == '\n') {
        line++;
        column = 0;
      } else if (c == '"' || c == '\'') {
        // A quoted text, to its closing quote on the same line (an escaped quote does not close it).
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        column += Math.min(j, text.length() - 1) - i;
        i = Math.min(j, text.length() - 1);
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? text.length() - 1 : end + 1;
        for (int j = i; j < end; j++) {
          if (text.charAt(j) == '\n') {
            line++;
            column = 0;
          } else {
            column++;
          }
        }
        i = end;
      } else if (c == '(' || c == '[' || c == '{') {
        if (++depth > MAX_NESTING) {
          return Optional.of(Problem.inFile(file, line, column, "brackets are nested more than " + MAX_NESTING
              + " deep here, more than a rule file may nest (the parser would fail on it); write the condition in "
              + "steps: several patterns, or a function"));
        }
      } else if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      } else if ((c == '|' || c == '&') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        if (++terms > MAX_TERMS) {
          return Optional.of(Problem.inFile(file, line, column, "more than " + String.format("%,d", MAX_TERMS)
              + " conditions are joined by || or && in this file, more than a rule file may join; split them among "
              + "rules, or test a list (population in (...)) or a range"));
        }
        i++;
        column++;
      }
    }
    return Optional.empty();
  }
}
