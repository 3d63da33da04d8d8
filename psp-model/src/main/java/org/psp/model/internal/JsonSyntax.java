package org.psp.model.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
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

  /** The parser's complaint about a number with too many digits: "Number value length (100000) exceeds the maximum allowed (100". */
  private static final Pattern NUMBER_LENGTH = Pattern.compile("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  /** The parser's complaint about a value (a text, or a number's digits) too long to read. */
  private static final Pattern VALUE_LENGTH = Pattern.compile("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private JsonSyntax() {}

  /**
   * A value too long for the parser's limits, in the project's words: "a number of 100,000 digits,
   * more than the 100 a number may have", "a value longer than 1,048,576 characters"; empty for any
   * other complaint.
   */
  public static Optional<String> tooLong(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher number = NUMBER_LENGTH.matcher(message);
    if (number.find()) {
      return Optional.of(String.format(Locale.US, "a number of %,d digits, more than the %,d a number may have",
          Long.parseLong(number.group(1)), Long.parseLong(number.group(2))));
    }
    Matcher value = VALUE_LENGTH.matcher(message);
    if (value.find()) {
      return Optional.of(String.format(Locale.US, "a value longer than %,d characters", Long.parseLong(value.group(2))));
    }
    return Optional.empty();
  }

  /**
   * The path of the value a parser is reading, in the project's notation: {@code
   * sites[0].statistics[0].population}; empty at the top of the document.
   */
  public static String pathOf(JsonStreamContext context) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        path.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        path.insert(0, "." + c.getCurrentName());
      }
    }
    return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }

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
    Optional<String> tooLong = tooLong(message);
    if (tooLong.isPresent()) {
      return tooLong.get();
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
