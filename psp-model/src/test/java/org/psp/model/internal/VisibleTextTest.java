package org.psp.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One vocabulary for text from input, in every writer: what a reader cannot see is shown as \\uXXXX. */
class VisibleTextTest {

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"202e", "2066", "2067", "2068", "2069", "202a", "202b", "202c", "202d", "200e", "200f",
      "061c", "200b", "200c", "200d", "2060", "feff", "0000", "001b", "007f", "0085", "2028", "2029"})
  void aCharacterThatHidesOrReversesTextIsShownAsItsCode(String code) {
    String hidden = String.valueOf((char) Integer.parseInt(code, 16));

    assertThat(VisibleText.escape("a" + hidden + "b")).isEqualTo("a\\u" + code + "b");
  }

  @Test
  void aLoneSurrogateIsShownAndAPairIsKept() {
    assertThat(VisibleText.escape("half \ud800 and \udc00 alone")).isEqualTo("half \\ud800 and \\udc00 alone");
    assertThat(VisibleText.escape("Caf\u00e9 \ud83d\ude00")).isEqualTo("Caf\u00e9 \ud83d\ude00");
  }

  @Test
  void htmlIsEscapedAfterwardsAndANulIsNoEntity() {
    assertThat(VisibleText.html("<b a='1'>&\"\u202e\u0000</b>"))
        .isEqualTo("&lt;b a=&#39;1&#39;&gt;&amp;&quot;\\u202e\\u0000&lt;/b&gt;");
  }

  @Test
  void jsonWritesEveryTextAndFieldNameVisibly() {
    var tree = JsonNodeFactory.instance.objectNode().put("name\u200b", "Evil\u202eytic \ud800");

    assertThat(VisibleText.json(JsonMapper.builder().build(), tree))
        .isEqualTo("{\"name\\\\u200b\":\"Evil\\\\u202eytic \\\\ud800\"}");
  }
}
