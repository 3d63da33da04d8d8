package org.psp.examples.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psp.model.internal.VisibleText;

/**
 * One JSON document on standard output for a command asked for {@code --format json} that ends
 * without writing one: a usage error, a settings file, national rates or rules that are not valid, a
 * site file that cannot be read, an unexpected failure. It has the command's usual key, empty, and
 * {@code errors}: each line the command said on stderr, as {@code {"site": "", "path": "", "message"}},
 * as a site file's own problems are. A program that reads the JSON never gets an empty or cut output.
 */
final class JsonFallback {
  /** The key of each JSON command's document: what it lists. */
  private static final Map<String, String> KEYS = Map.of("advise", "results", "explain", "results", "rules", "rules");
  /** The most lines kept: a command that says more says it on stderr, and the document says how many more. */
  private static final int MOST_LINES = 1_000;

  private final String key;
  private final List<String> lines = new ArrayList<>();
  private int moreLines;
  private boolean inUsage;

  private JsonFallback(String key) {
    this.key = key;
  }

  /** The fallback of {@code args}, when they run a command that writes JSON and ask for it. */
  static Optional<JsonFallback> of(String... args) {
    if (args.length == 0 || !KEYS.containsKey(args[0])) {
      return Optional.empty();
    }
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--format=json") || args[i].equals("--format") && i + 1 < args.length && args[i + 1].equals("json")) {
        return Optional.of(new JsonFallback(KEYS.get(args[0])));
      }
    }
    return Optional.empty();
  }

  /** {@code err}, whose every line this fallback also keeps. */
  Writer recording(Writer err) {
    return new Writer() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public void write(char[] text, int offset, int length) throws java.io.IOException {
        err.write(text, offset, length);
        for (int i = offset; i < offset + length; i++) {
          if (text[i] == '\n') {
            keep(line.toString());
            line.setLength(0);
          } else if (line.length() < 10_000) {
            line.append(text[i]);
          }
        }
      }

      @Override
      public void flush() throws java.io.IOException {
        err.flush();
      }

      @Override
      public void close() throws java.io.IOException {
        if (!line.isEmpty()) {
          keep(line.toString());
          line.setLength(0);
        }
        err.close();
      }
    };
  }

  /** Keeps a line said on stderr, but not picocli's usage help, which follows a usage error to its end. */
  private void keep(String line) {
    inUsage |= line.startsWith("Usage:");
    if (inUsage || line.isBlank()) {
      return;
    }
    line = line.strip();
    if (lines.size() < MOST_LINES) {
      lines.add(line);
    } else {
      moreLines++;
    }
  }

  /** The document: the command's key with an empty list, and every line said on stderr as an error. */
  String document() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.putArray(key);
    ArrayNode errors = root.putArray("errors");
    List<String> said = new ArrayList<>(lines);
    if (said.isEmpty()) {
      said.add("the command failed before it had a result");
    }
    if (moreLines > 0) {
      said.add(moreLines + " more lines on stderr");
    }
    said.forEach(line -> errors.addObject().put("site", "").put("path", "").put("message", line));
    return VisibleText.json(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build(), root)
        + System.lineSeparator();
  }
}
