package org.psp.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The SVG chart builder: what it draws, at what size, and that its text cannot break out. */
class SvgChartTest {

  private static Document parse(String svg) {
    return Jsoup.parse(svg, "", Parser.xmlParser());
  }

  private static TreeMap<Integer, Double> values(Object... yearsAndValues) {
    TreeMap<Integer, Double> values = new TreeMap<>();
    for (int i = 0; i < yearsAndValues.length; i += 2) {
      values.put((Integer) yearsAndValues[i], ((Number) yearsAndValues[i + 1]).doubleValue());
    }
    return values;
  }

  @Test
  void aMissingYearIsAGapInTheLineNeverBridged() {
    Document svg = parse(new SvgChart("rates").add(new SvgChart.Series("City", "#b3261e", false,
        values(2016, 1000, 2017, 1200, 2019, 900))).toSvg());

    assertThat(svg.select("svg").attr("width")).isEqualTo("640");
    // 2016–2017 is a line; 2019 stands alone: no line crosses 2018.
    assertThat(svg.select("polyline.series")).hasSize(1);
    assertThat(svg.select("polyline.series").attr("points").split(" ")).hasSize(2);
    assertThat(svg.select("circle.point")).hasSize(3);
    // Every year of the range is on the axis, the missing one said to be missing.
    assertThat(svg.select("text.year").eachText()).containsExactly("2016", "2017", "2018", "2019");
    assertThat(svg.select("text.gap").eachText()).containsExactly("no figures");
  }

  @Test
  void ticksAreRoundNumbers() {
    Document svg = parse(new SvgChart("rates").add(new SvgChart.Series("City", "#000", false,
        values(2016, 1911.5, 2017, 2300))).toSvg());

    // 2,300 at most: steps of 500 up to 2,500, not quarters of it (625, 1,250, 1,875).
    assertThat(svg.select("text.tick").eachText()).containsExactly("0", "500", "1,000", "1,500", "2,000", "2,500");
    assertThat(SvgChart.Ticks.of(366.7)).isEqualTo(new SvgChart.Ticks(100, 400));
    assertThat(SvgChart.Ticks.of(1200)).isEqualTo(new SvgChart.Ticks(200, 1200));
    assertThat(SvgChart.Ticks.of(0)).isEqualTo(new SvgChart.Ticks(1, 1));
  }

  @Test
  void aSingleYearIsADotNotALine() {
    Document svg = parse(new SvgChart("one year").add(new SvgChart.Series("City", "#b3261e", false, values(2019, 500))).toSvg());

    assertThat(svg.select("polyline")).isEmpty();
    assertThat(svg.select("circle.point")).hasSize(1);
  }

  @Test
  void nothingToDrawSaysSo() {
    assertThat(parse(new SvgChart("empty").toSvg()).select("text").text()).isEqualTo("no figures to draw");
  }

  @Test
  void theChartedYearsAreGivenAndAnotherSeriesIsDrawnWhereverItHasThem() {
    Document svg = parse(new SvgChart("rates").years(2014, 2019)
        .add(new SvgChart.Series("City", "#000", false, values(2018, 800, 2019, 700)))
        .add(new SvgChart.Series("national rate", "#00f", false, values(2013, 360, 2014, 361, 2015, 373, 2016, 386, 2017, 383,
            2018, 369, 2019, 367)))
        .toSvg());

    assertThat(svg.select("polyline[data-series=national rate]").attr("points").split(" ")).hasSize(6);
    assertThat(svg.select("text.year").eachText()).hasSize(6);
  }

  @Test
  void eachBandHasItsOwnShadeAndLabelAndOnlyWhereItMeetsTheChartedYears() {
    Document svg = parse(new SvgChart("bands").add(new SvgChart.Series("City", "#000", false, values(2016, 1, 2019, 2)))
        .shade(new SvgChart.Band(2017, 2018, "PSP 2017 diagnostic")).shade(new SvgChart.Band(2018, 2020, "PSP 2018 operations"))
        .shade(new SvgChart.Band(2021, 2023, "PSP 2021")).toSvg());

    assertThat(svg.select("rect.band")).hasSize(2);
    assertThat(svg.select("rect.band").eachAttr("fill")).doesNotHaveDuplicates();
    assertThat(svg.select("rect.band").eachAttr("data-label")).containsExactly("PSP 2017 diagnostic", "PSP 2018 operations");
    assertThat(svg.select("text.legend").eachText()).contains("PSP 2017 diagnostic", "PSP 2018 operations")
        .doesNotContain("PSP 2021");
    double right = Double.parseDouble(svg.select("rect.band").last().attr("x"))
        + Double.parseDouble(svg.select("rect.band").last().attr("width"));
    assertThat(right).isLessThanOrEqualTo(640 - 16 + 0.1);
  }

  @Test
  void legendItemsAreLaidOutInRowsWithoutOverlapAndALongNameIsCut() {
    String longName = "X".repeat(5_000);
    SvgChart chart = new SvgChart("legend").add(new SvgChart.Series(longName, "#000", false, values(2018, 1, 2019, 2)))
        .add(new SvgChart.Series("national rate", "#00f", false, values(2018, 1, 2019, 1)))
        .add(new SvgChart.Series("eligibility line (1.50×)", "#999", true, values(2018, 1.5, 2019, 1.5)));
    for (int cohort = 2017; cohort <= 2019; cohort++) {
      chart.shade(new SvgChart.Band(cohort, cohort + 2, "PSP " + cohort + " operations"));
    }
    Document svg = parse(chart.toSvg());

    List<Element> texts = svg.select("text.legend");
    assertThat(texts).hasSize(6);
    assertThat(texts.get(0).ownText()).hasSize(SvgChart.LEGEND_LABEL_MAX).endsWith("…");
    assertThat(texts.get(0).select("title").text()).isEqualTo(longName);
    // By the builder's own generous widths, no item reaches the next one on its row, nor the chart's edge.
    for (int i = 0; i < texts.size(); i++) {
      double x = Double.parseDouble(texts.get(i).attr("x"));
      double end = x + SvgChart.textWidth(texts.get(i).ownText());
      assertThat(end).isLessThanOrEqualTo(640);
      if (i + 1 < texts.size() && texts.get(i + 1).attr("y").equals(texts.get(i).attr("y"))) {
        assertThat(Double.parseDouble(texts.get(i + 1).attr("x")) - 22).isGreaterThan(end);
      }
    }
    assertThat(Integer.parseInt(svg.select("svg").attr("height"))).isGreaterThan(SvgChart.PLOT_HEIGHT + 40 + 20);
  }

  @Test
  void notedYearsAreMarkedWithTheirNotes() {
    Document svg = parse(new SvgChart("notes").add(new SvgChart.Series("City", "#000", false, values(2017, 1, 2018, 2)))
        .note(new SvgChart.Note(2018, "NOT_COMPARABLE")).note(new SvgChart.Note(2012, "out of range")).toSvg());

    assertThat(svg.select("path.flag")).hasSize(1);
    assertThat(svg.select("path.flag").attr("data-year")).isEqualTo("2018");
    assertThat(svg.select("path.flag title").text()).isEqualTo("2018: NOT_COMPARABLE");
    assertThat(svg.select("text.legend").eachText()).contains("FBI data note on the year's figures");
  }

  @Test
  void textIsEscapedSoThatNoNameCanAddMarkup() {
    String svg = new SvgChart("A & B <script>alert(1)</script> \"quoted\"")
        .add(new SvgChart.Series("<b>City</b> & Co", "#000\"", false, values(2019, 1))).toSvg();

    Document parsed = parse(svg);
    assertThat(parsed.select("script, b")).isEmpty();
    assertThat(parsed.select("title").first().text()).isEqualTo("A & B <script>alert(1)</script> \"quoted\"");
    assertThat(parsed.select("text.legend").first().text()).isEqualTo("<b>City</b> & Co");
  }
}
