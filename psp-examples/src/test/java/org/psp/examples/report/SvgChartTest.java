package org.psp.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The SVG chart builder: what it draws, at what size, and that its text cannot break out. */
class SvgChartTest {

  private static Document parse(String svg) {
    return Jsoup.parse(svg, "", Parser.xmlParser());
  }

  @Test
  void aSeriesOfSeveralYearsIsALineWithADotPerYearWithinTheChart() {
    TreeMap<Integer, Double> values = new TreeMap<>();
    values.put(2016, 1000.0);
    values.put(2017, 1200.0);
    values.put(2019, 900.0);

    Document svg = parse(new SvgChart("rates").add(new SvgChart.Series("City", "#b3261e", false, values)).toSvg());

    assertThat(svg.select("svg").attr("width")).isEqualTo("640");
    assertThat(svg.select("svg").attr("height")).isEqualTo("300");
    assertThat(svg.select("polyline.series")).hasSize(1);
    assertThat(svg.select("polyline.series").attr("points").split(" ")).hasSize(3);
    assertThat(svg.select("circle.point")).hasSize(3).allSatisfy(c -> {
      assertThat(Double.parseDouble(c.attr("cx"))).isBetween(0.0, 640.0);
      assertThat(Double.parseDouble(c.attr("cy"))).isBetween(0.0, 300.0);
    });
    // The highest value, 1,200, under the axis top of 1,500, in quarters.
    assertThat(svg.select("text.axis").eachText()).contains("0", "375", "1,500", "2016", "2017", "2019");
  }

  @Test
  void aSingleYearIsADotNotALine() {
    TreeMap<Integer, Double> one = new TreeMap<>();
    one.put(2019, 500.0);

    Document svg = parse(new SvgChart("one year").add(new SvgChart.Series("City", "#b3261e", false, one)).toSvg());

    assertThat(svg.select("polyline")).isEmpty();
    assertThat(svg.select("circle.point")).hasSize(1);
  }

  @Test
  void nothingToDrawSaysSo() {
    assertThat(parse(new SvgChart("empty").toSvg()).select("text").text()).isEqualTo("no figures to draw");
  }

  @Test
  void bandsAreClippedToTheYearsDrawn() {
    TreeMap<Integer, Double> values = new TreeMap<>();
    values.put(2016, 1.0);
    values.put(2019, 2.0);

    Document svg = parse(new SvgChart("bands").add(new SvgChart.Series("City", "#000", false, values))
        .shade(new SvgChart.Band(2018, 2020, "PSP 2018")).shade(new SvgChart.Band(2021, 2023, "later")).toSvg());

    assertThat(svg.select("rect.band")).hasSize(1);
    double right = Double.parseDouble(svg.select("rect.band").attr("x")) + Double.parseDouble(svg.select("rect.band").attr("width"));
    assertThat(right).isLessThanOrEqualTo(640 - 16 + 0.1);
  }

  @Test
  void textIsEscapedSoThatNoNameCanAddMarkup() {
    TreeMap<Integer, Double> values = new TreeMap<>();
    values.put(2019, 1.0);

    String svg = new SvgChart("A & B <script>alert(1)</script> \"quoted\"")
        .add(new SvgChart.Series("<b>City</b> & Co", "#000\"", false, values)).toSvg();

    Document parsed = parse(svg);
    assertThat(parsed.select("script, b")).isEmpty();
    assertThat(parsed.select("title").first().text()).isEqualTo("A & B <script>alert(1)</script> \"quoted\"");
    assertThat(parsed.select("text.legend").first().text()).isEqualTo("<b>City</b> & Co");
  }

  @Test
  void theAxisTopIsARoundNumberAtOrAboveTheHighestValue() {
    assertThat(SvgChart.niceCeiling(1_911.5)).isEqualTo(2_000);
    assertThat(SvgChart.niceCeiling(1_200)).isEqualTo(1_500);
    assertThat(SvgChart.niceCeiling(366.7)).isEqualTo(400);
    assertThat(SvgChart.niceCeiling(0)).isEqualTo(1);
  }
}
