package org.psp.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The one way every writer of the PSP modules (terminal text, JSON, HTML) shows text that came from
 * input: a site file, a rule file, a setting. A character a reader cannot see, or that changes how
 * the text around it is shown, is written as {@code \\uXXXX} (lowercase hex) instead: controls (C0,
 * DEL, C1: an escape sequence could recolour or retitle a terminal), line and paragraph separators,
 * format characters (bidi overrides and isolates such as U+202E and U+2066, the Arabic letter mark
 * U+061C, zero-width spaces and joiners U+200B-U+200D, the byte order mark: they reverse or hide what
 * follows, so that a name can pass for another) and lone surrogates (half a character, which no
 * encoding can write; UTF-8 writers print {@code ?} for them). Every other character, accented
 * letters and emoji too, is kept as it is. A backslash is kept too: {@code \\u202e} in the output is
 * either the escape of U+202E or those six characters in the input, which only input meant to
 * deceive has.
 */
public final class VisibleText {
  private VisibleText() {}

  /** Whether {@code codePoint} is one that {@link #escape} writes as {@code \\uXXXX}. */
  public static boolean isHidden(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** {@code text} with every hidden character (see the class comment) as {@code \\uXXXX}; itself when it has none. */
  public static String escape(String text) {
    StringBuilder visible = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int length = Character.charCount(codePoint);
      boolean hidden = isHidden(codePoint);
      if (hidden && visible == null) {
        visible = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (visible != null) {
        if (hidden) {
          // A surrogate here is a lone one: a pair is one code point, which is kept.
          visible.append(String.format("\\u%04x", codePoint));
        } else {
          visible.appendCodePoint(codePoint);
        }
      }
      i += length;
    }
    return visible == null ? text : visible.toString();
  }

  /** {@code text} for HTML, in an element or a quoted attribute: {@link #escape}d, then {@code & < > " '} as entities. */
  public static String html(String text) {
    String visible = escape(text);
    StringBuilder html = new StringBuilder(visible.length() + 16);
    for (int i = 0; i < visible.length(); i++) {
      char c = visible.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
    return html.toString();
  }

  /** {@code json}, writing every text value and field name {@link #escape}d. */
  public static JsonGenerator json(JsonGenerator json) {
    return new JsonGeneratorDelegate(json, false) {
      @Override
      public void writeString(String text) throws IOException {
        delegate.writeString(text == null ? null : escape(text));
      }

      @Override
      public void writeString(char[] text, int offset, int length) throws IOException {
        delegate.writeString(escape(new String(text, offset, length)));
      }

      @Override
      public void writeFieldName(String name) throws IOException {
        delegate.writeFieldName(escape(name));
      }
    };
  }

  /** {@code tree} as JSON text, indented as {@code mapper} says, every text {@link #escape}d. */
  public static String json(ObjectMapper mapper, JsonNode tree) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = json(mapper.getFactory().createGenerator(text))) {
      if (mapper.getSerializationConfig().isEnabled(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)) {
        json.useDefaultPrettyPrinter();
      }
      mapper.writeTree(json, tree);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter failed", e);
    }
    return text.toString();
  }
}
