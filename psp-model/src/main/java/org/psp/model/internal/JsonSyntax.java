package org.psp.model.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A JSON parser's complaint in the project's words: where it is and what is wrong, without the
 * parser's option and class names, character codes and source excerpts, which say nothing to the
 * person who wrote the file. Shared by the site file and scenario file readers.
 */
public final class JsonSyntax {

  /** Where the parser says an unclosed array or object began, in its own notation. */
  private static final Pattern OPENED_AT =
      Pattern.compile("\\(for (Array|Object) starting at \\[Source:[^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");

  private JsonSyntax() {}

  /** "malformed JSON at line L, column C: what is wrong", for {@code e}. */
  public static String malformed(JsonProcessingException e) {
    return malformed(e.getLocation(), plainWords(e.getOriginalMessage()));
  }

  /** "malformed JSON at line L, column C: {@code what}", or without the place when {@code at} is null. */
  public static String malformed(JsonLocation at, String what) {
    return at == null ? "malformed JSON: " + what
        : "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
  }

  /** The parser's {@code message} in plain words; its first line, without what names the parser's insides. */
  public static String plainWords(String message) {
    if (message == null) {
      return "the file is not valid JSON";
    }
    if (message.contains("NaN") || message.contains("Infinity")) {
      return "NaN and Infinity are not JSON numbers; leave a figure out when it is not known";
    }
    String firstLine = OPENED_AT.matcher(message.lines().findFirst().orElse(message)).replaceAll(m ->
        "(for the " + m.group(1).toLowerCase(Locale.ROOT) + " that starts at line " + m.group(2) + ", column " + m.group(3) + ")");
    String plain = firstLine
        .replaceAll("\\s*\\(code \\d+\\)", "")
        .replaceAll("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "a control character (code $1)")
        .replaceAll("\\s*\\((?:start marker at )?\\[Source:[^\\]]*\\]\\)", "")
        .replaceAll("\\s*\\([^()]*(?:Feature|Constraints|REDACTED|JsonParser|StreamRead)[^()]*\\)", "")
        .replaceAll(";?\\s*[^;]*(?:Feature\\.|Constraints|JsonReadFeature)[^;]*$", "")
        .strip();
    return plain.isEmpty() ? "the file is not valid JSON" : plain;
  }
}
