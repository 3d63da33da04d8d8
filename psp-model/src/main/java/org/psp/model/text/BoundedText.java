package org.psp.model.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text input within a limit, whatever it claims to be: a device such as {@code /dev/zero}, a
 * pipe or standard input reports no size, so the limit is kept while reading, never by asking the
 * size first. The text must be UTF-8; a byte-order mark is skipped. Every failure is an {@link
 * IOException} whose message names the input and what is wrong with it, in plain words.
 */
public final class BoundedText {

  private BoundedText() {}

  /**
   * What a kind of input is, for the messages ({@code "a site file"}), and the most bytes it may have:
   * given together, as each reader has one of each, so that neither can be taken for the input's name.
   *
   * @param what what the input is, with its article: "a site file"; not blank
   * @param maxBytes the most bytes it may have, at least 1
   */
  public record Limit(String what, long maxBytes) {
    /** Checks that {@code what} is not blank and {@code maxBytes} at least 1. */
    public Limit {
      checkNotNull(what, "what");
      checkArgument(!what.isBlank(), "what of a text limit must not be blank but was \"%s\"", what);
      checkArgument(maxBytes >= 1, "maxBytes of %s must be at least 1 but was %s", what, maxBytes);
    }
  }

  /**
   * The text of {@code file}.
   *
   * @param limit what the file is, for the message, and the most bytes it may have
   * @throws IOException if it cannot be read, is larger than its limit, or is not UTF-8
   */
  public static String read(Path file, Limit limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), limit);
    }
  }

  /**
   * The text of {@code in}, read up to one byte past the limit (not closed).
   *
   * @param name the input's name, for the message
   * @throws IOException as {@link #read(Path, Limit)}
   */
  public static String read(InputStream in, String name, Limit limit) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.maxBytes() + 1));
    if (bytes.length > limit.maxBytes()) {
      throw new IOException(tooLarge(name, limit));
    }
    return decode(bytes, name);
  }

  /** {@code bytes} as UTF-8 text, a byte-order mark skipped; the first byte that is not UTF-8 named by its offset. */
  static String decode(byte[] bytes, String name) throws IOException {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
        || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
      throw new IOException(name + " is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      throw new IOException(notUtf8(name, at + " (0x" + String.format("%02x", bytes[at] & 0xff) + ")"));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** The message for the input {@code name} over its limit, as every reader of the project words it. */
  public static String tooLarge(String name, Limit limit) {
    return name + " is larger than " + limit.maxBytes() + " bytes, the most " + limit.what() + " may have";
  }

  /**
   * The message for the input {@code name} that is not UTF-8, as every reader of the project words it.
   *
   * @param offset the offset of the first byte that is not UTF-8; negative when not known
   */
  public static String notUtf8(String name, long offset) {
    return notUtf8(name, offset < 0 ? "?" : String.valueOf(offset));
  }

  /** {@link #notUtf8(String, long)}, the offset said as {@code where} (with the byte, when known). */
  private static String notUtf8(String name, String where) {
    return name + " is not UTF-8 text: byte " + where + " cannot start or continue a character; save the file as UTF-8";
  }
}
