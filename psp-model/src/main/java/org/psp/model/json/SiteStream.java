package org.psp.model.json;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.psp.model.Problem;
import org.psp.model.Site;

/**
 * A site file read as it is iterated: each {@code next()} reads the file up to its next valid site,
 * handing every problem met on the way (an invalid site, a duplicate id, an unknown field, a syntax
 * error, which ends the reading) to the consumer given when it was opened, in file order. No more of
 * the file than one site is held at once, so a stream can be handed straight to an advisor's {@code
 * adviseEach}: the file is read as the sites are advised. Made by {@link SiteFileReader#open}; iterable
 * once; closing it closes the file.
 */
public final class SiteStream implements Iterable<Site>, Closeable {

  private enum Where { START, FIELDS, SITES, DONE }

  private final SiteFileReader reader;
  private final JsonParser parser;
  private final String source;
  private final Consumer<Problem> onProblem;
  private final Map<String, String> firstPathOfId = new HashMap<>();
  private Where where = Where.START;
  private boolean sawSites;
  private int index;
  private boolean iterated;

  SiteStream(SiteFileReader reader, JsonParser parser, String source, Consumer<Problem> onProblem) {
    this.reader = reader;
    this.parser = parser;
    this.source = source;
    this.onProblem = checkNotNull(onProblem, "onProblem");
  }

  /**
   * The sites, read as they are asked for.
   *
   * @throws IllegalStateException if the stream was iterated before
   * @throws UncheckedIOException from {@code hasNext()} or {@code next()} if the file cannot be read
   */
  @Override
  public Iterator<Site> iterator() {
    checkState(!iterated, "a site stream is read once");
    iterated = true;
    return new Iterator<>() {
      private Site next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = advance();
        }
        return next != null;
      }

      @Override
      public Site next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more sites in " + source);
        }
        Site site = next;
        next = null;
        return site;
      }
    };
  }

  /** Closes the file. */
  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** The next valid site, or null at the end of the file (or at a syntax error, handed on as a problem). */
  private Site advance() {
    try {
      while (true) {
        switch (where) {
          case START -> start();
          case FIELDS -> field();
          case SITES -> {
            Site site = element();
            if (site != null) {
              return site;
            }
          }
          case DONE -> {
            return null;
          }
        }
      }
    } catch (JsonProcessingException e) {
      where = Where.DONE;
      onProblem.accept(SiteFileReader.readingEnded(e, parser, source));
      return null;
    } catch (IOException e) {
      where = Where.DONE;
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /** The file's first token: an object, else a problem of the file. */
  private void start() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      end(Problem.inSite("", source + ": the file is empty; expected {\"sites\": [...]}"));
    } else if (first != JsonToken.START_OBJECT) {
      end(Problem.inSite("", source + ": must be an object but was " + ObjectFields.describe(SiteFileReader.ELEMENTS.readTree(parser))));
    } else {
      where = Where.FIELDS;
    }
  }

  /** The next field of the file's object: "sites" opens its array; any other is a problem; the end ends. */
  private void field() throws IOException {
    if (parser.nextToken() != JsonToken.FIELD_NAME) {
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "trailing content after the closing brace");
      }
      end(sawSites ? null : Problem.atPath("sites", "is required but missing"));
      return;
    }
    String field = parser.currentName();
    JsonToken value = parser.nextToken();
    if (!field.equals("sites")) {
      parser.skipChildren();
      onProblem.accept(Problem.atPath(field, "unknown field \"" + field + "\"; known fields: sites"));
    } else if (value != JsonToken.START_ARRAY) {
      sawSites = true;
      onProblem.accept(Problem.atPath("sites", "must be an array but was "
          + ObjectFields.describe(SiteFileReader.ELEMENTS.readTree(parser))));
    } else {
      sawSites = true;
      where = Where.SITES;
    }
  }

  /** The next element of "sites": its site if valid and not a repeated id (else null, its problems handed on). */
  private Site element() throws IOException {
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      where = Where.FIELDS;
      return null;
    }
    String path = ObjectFields.element("sites", index++);
    SiteFileReader.SiteResult result = reader.readSiteTree(SiteFileReader.ELEMENTS.readTree(parser));
    String label = result.label(path);
    if (result.site().isPresent()) {
      String earlier = firstPathOfId.putIfAbsent(result.site().get().id(), path);
      if (earlier != null) {
        onProblem.accept(Problem.inSite(label, "duplicate id \"" + label + "\": " + earlier + " has it already").about("id"));
        return null;
      }
    }
    result.problems().forEach(p -> onProblem.accept(p.site().isEmpty() ? p.ofSite(label) : p));
    return result.site().orElse(null);
  }

  private void end(Problem problem) {
    where = Where.DONE;
    if (problem != null) {
      onProblem.accept(problem);
    }
  }
}
