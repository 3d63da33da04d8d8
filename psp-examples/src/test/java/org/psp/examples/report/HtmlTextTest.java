package org.psp.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's one escaper: its templates and its charts show text from input alike. */
class HtmlTextTest {

  @Test
  void aTemplatesValuesAreEscapedAsTheChartsTextIs() {
    var template = HtmlText.mustacheFactory("org/psp/examples/report").compile(new StringReader("<p>{{name}}</p>"), "t");
    String name = "<Evil\u202eytic\u0000 \ud800>";

    StringWriter page = new StringWriter();
    template.execute(page, Map.of("name", name));

    assertThat(page.toString()).isEqualTo("<p>&lt;Evil\\u202eytic\\u0000 \\ud800&gt;</p>");
    assertThat(SvgChart.escape(name)).isEqualTo(HtmlText.escape(name)).isEqualTo("&lt;Evil\\u202eytic\\u0000 \\ud800&gt;");
  }
}
