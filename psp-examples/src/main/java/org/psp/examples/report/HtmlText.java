package org.psp.examples.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.Writer;
import org.psp.model.internal.VisibleText;

/**
 * The one escaper of the report's HTML: every text the page shows (a value of the Mustache template,
 * a label of an SVG chart) goes through {@link #escape}, which writes it as {@link VisibleText} does
 * in the terminal and in JSON (controls, bidi and zero-width characters, lone surrogates as {@code
 * \\uXXXX}: a U+202E in a site's name cannot reverse the rest of a line, a NUL is not {@code &#0;})
 * and then {@code & < > " '} as entities. A writer of the report calls {@link #escape} for text it
 * writes itself and compiles its templates with {@link #mustacheFactory}, whose {@code {{value}}}
 * escapes the same way.
 */
public final class HtmlText {
  private HtmlText() {}

  /** {@code text} safe and visible in HTML text and quoted attributes. */
  public static String escape(String text) {
    return VisibleText.html(text);
  }

  /** A Mustache factory for templates under {@code resourceRoot} whose every {@code {{value}}} is {@link #escape}d. */
  public static MustacheFactory mustacheFactory(String resourceRoot) {
    return new DefaultMustacheFactory(resourceRoot) {
      @Override
      public void encode(String value, Writer writer) {
        try {
          writer.write(escape(value));
        } catch (IOException e) {
          throw new MustacheException("cannot write the page", e);
        }
      }
    };
  }
}
