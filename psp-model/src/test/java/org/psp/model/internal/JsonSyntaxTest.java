package org.psp.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class JsonSyntaxTest {
  private static final ObjectMapper STRICT = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static String malformed(String json) {
    try {
      STRICT.readTree(json);
      throw new AssertionError("parsed: " + json);
    } catch (JsonProcessingException e) {
      return JsonSyntax.malformed(e);
    }
  }

  @Test
  void theParsersComplaintIsToldInPlainWordsWithItsPlace() {
    assertThat(malformed("{ \"a\": NaN }")).isEqualTo(
        "malformed JSON at line 1, column 11: NaN and Infinity are not JSON numbers; leave a figure out when it is not known");
    assertThat(malformed("\u0001")).startsWith("malformed JSON at line 1, column 2: a control character (code 1): ");
    assertThat(malformed("{ \"a\": 1,, }")).isEqualTo(
        "malformed JSON at line 1, column 10: Unexpected character (','): was expecting double-quote to start field name");
    assertThat(malformed("{\"a\":1,\"a\":2}")).isEqualTo("malformed JSON at line 1, column 11: Duplicate field 'a'");
    assertThat(malformed("{ \"a\": [1, 2 }")).isEqualTo("malformed JSON at line 1, column 14: Unexpected close marker '}': "
        + "expected ']' (for the array that starts at line 1, column 8)");
    for (String json : new String[] {"{ \"a\": NaN }", "\u0001", "{ \"a\": 1,, }", "{ \"a\": [1, 2 }"}) {
      assertThat(malformed(json)).doesNotContain("Feature", "code 44", "Source", "REDACTED", "CTRL-CHAR", "\n");
    }
  }
}
