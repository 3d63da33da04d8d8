package org.psp.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class BoundedTextTest {

  private static ByteArrayInputStream bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return new ByteArrayInputStream(b);
  }

  @Test
  void readsUtf8TextUpToItsLimit() throws IOException {
    String text = "caf\u00e9";
    int size = text.getBytes(StandardCharsets.UTF_8).length;

    assertThat(BoundedText.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in",
        new BoundedText.Limit("a file", size)))
        .isEqualTo(text);
    assertThatThrownBy(() -> BoundedText.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in",
        new BoundedText.Limit("a rules file", size - 1))).isInstanceOf(IOException.class)
        .hasMessage("in is larger than " + (size - 1) + " bytes, the most a rules file may have");
  }

  @Test
  void skipsAUtf8ByteOrderMark() throws IOException {
    assertThat(BoundedText.read(bytes(0xef, 0xbb, 0xbf, 'a'), "in", new BoundedText.Limit("a file", 10))).isEqualTo("a");
  }

  @Test
  void refusesUtf16SayingSo() {
    assertThatThrownBy(() -> BoundedText.read(bytes(0xff, 0xfe, 'a', 0), "in", new BoundedText.Limit("a file", 10)))
        .hasMessage("in is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8");
  }

  @Test
  void namesTheFirstByteThatIsNotUtf8() {
    assertThatThrownBy(() -> BoundedText.read(bytes('a', 'b', 0xe9, 'c'), "in", new BoundedText.Limit("a file", 10)))
        .hasMessage("in is not UTF-8 text: byte 2 (0xe9) cannot start or continue a character; save the file as UTF-8");
  }

  @Test
  void aLimitNamesWhatItIsAndAllowsAtLeastOneByte() {
    assertThatThrownBy(() -> new BoundedText.Limit(" ", 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("what of a text limit must not be blank but was \" \"");
    assertThatThrownBy(() -> new BoundedText.Limit("a site file", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBytes of a site file must be at least 1 but was 0");
    assertThat(BoundedText.notUtf8("sites.json", -1)).startsWith("sites.json is not UTF-8 text: byte ? cannot start");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void readsAnEndlessDeviceOnlyUpToTheLimit() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero));

    assertThatThrownBy(() -> BoundedText.read(zero, new BoundedText.Limit("a settings file", 1024)))
        .hasMessage("/dev/zero is larger than 1024 bytes, the most a settings file may have");
  }
}
