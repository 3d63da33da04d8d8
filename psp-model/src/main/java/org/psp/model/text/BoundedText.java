package org.psp.model.text;

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
   * The text of {@code file}.
   *
   * @param maxBytes the most bytes it may have
   * @param what what the file is, for the message: "a site file"
   * @throws IOException if it cannot be read, is larger than {@code maxBytes}, or is not UTF-8
   */
  public static String read(Path file, long maxBytes, String what) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), maxBytes, what);
    }
  }

  /**
   * The text of {@code in}, read up to one byte past the limit (not closed).
   *
   * @param name the input's name, for the message
   */
  public static String read(InputStream in, String name, long maxBytes, String what) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new IOException(tooLarge(name, maxBytes, what));
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

  /**
   * The message for an input over its limit, as every reader of the project words it.
   *
   * @param what what the input is: "a site file"
   */
  public static String tooLarge(String name, long maxBytes, String what) {
    return name + " is larger than " + maxBytes + " bytes, the most " + what + " may have";
  }

  /**
   * The message for an input that is not UTF-8, as every reader of the project words it.
   *
   * @param where the offset of the first byte that is not UTF-8, with the byte when known
   */
  public static String notUtf8(String name, String where) {
    return name + " is not UTF-8 text: byte " + where + " cannot start or continue a character; save the file as UTF-8";
  }
}
