package org.psp.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * A small line chart as inline SVG: rates by year, each series a line with a dot per year, shaded
 * year ranges behind them, axes with their labels, and a legend. No script and no font from the
 * network: it draws in any browser and prints as it shows. Every text it writes is escaped.
 */
public final class SvgChart {
  /** The chart's size in CSS pixels; it scales down with the page (viewBox). */
  static final int WIDTH = 640;
  static final int HEIGHT = 300;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 76;

  /** A line of the chart: its name in the legend, its colour and dash, and its values by year. */
  public record Series(String name, String color, boolean dashed, SortedMap<Integer, Double> values) {}

  /** A shaded range of years, e.g. an engagement, with its label. */
  public record Band(int from, int to, String label) {}

  private final String title;
  private final List<Series> series = new ArrayList<>();
  private final List<Band> bands = new ArrayList<>();

  /** A chart whose accessible name is {@code title}. */
  public SvgChart(String title) {
    this.title = title;
  }

  /** Adds a line. */
  public SvgChart add(Series line) {
    series.add(line);
    return this;
  }

  /** Adds a shaded range of years. */
  public SvgChart shade(Band band) {
    bands.add(band);
    return this;
  }

  /** The chart as an {@code <svg>} element. */
  public String toSvg() {
    TreeSet<Integer> years = new TreeSet<>();
    double max = 0;
    for (Series s : series) {
      years.addAll(s.values().keySet());
      for (double v : s.values().values()) {
        max = Math.max(max, v);
      }
    }
    StringBuilder svg = new StringBuilder(2048);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(WIDTH).append("\" height=\"")
        .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">");
    svg.append("<title>").append(escape(title)).append("</title>");
    if (years.isEmpty()) {
      svg.append(text(WIDTH / 2.0, HEIGHT / 2.0, "no figures to draw", "middle", "muted"));
      return svg.append("</svg>").toString();
    }
    int first = years.first();
    int last = years.last();
    double top = niceCeiling(max);
    Scale scale = new Scale(first, last, top);
    for (Band band : bands) {
      int from = Math.max(band.from(), first);
      int to = Math.min(band.to(), last);
      if (from <= to) {
        double x0 = scale.x(from) - scale.halfStep();
        double x1 = scale.x(to) + scale.halfStep();
        svg.append("<rect class=\"band\" x=\"").append(n(x0)).append("\" y=\"").append(TOP).append("\" width=\"").append(n(x1 - x0))
            .append("\" height=\"").append(HEIGHT - TOP - BOTTOM).append("\" fill=\"#e8eef8\"><title>").append(escape(band.label()))
            .append("</title></rect>");
      }
    }
    // Axes, grid and labels.
    for (int i = 0; i <= 4; i++) {
      double value = top * i / 4;
      double y = scale.y(value);
      svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(n(y)).append("\" y2=\"")
          .append(n(y)).append("\" stroke=\"#ddd\"/>");
      svg.append(text(LEFT - 6, y + 4, String.format(Locale.US, "%,.0f", value), "end", "axis"));
    }
    for (int year : years) {
      svg.append(text(scale.x(year), HEIGHT - BOTTOM + 16, Integer.toString(year), "middle", "axis"));
    }
    double middle = TOP + (HEIGHT - TOP - BOTTOM) / 2.0;
    svg.append("<text x=\"14\" y=\"").append(n(middle)).append("\" text-anchor=\"middle\" class=\"axis\" transform=\"rotate(-90 14 ")
        .append(n(middle)).append(")\">per 100,000</text>");
    // The lines, each with a dot per value, so that a single year still shows.
    for (Series s : series) {
      List<String> points = new ArrayList<>();
      s.values().forEach((year, value) -> points.add(n(scale.x(year)) + "," + n(scale.y(value))));
      if (points.size() > 1) {
        svg.append("<polyline class=\"series\" fill=\"none\" stroke=\"").append(escape(s.color())).append("\" stroke-width=\"2\"")
            .append(s.dashed() ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"").append(String.join(" ", points)).append("\"/>");
      }
      s.values().forEach((year, value) -> svg.append("<circle class=\"point\" cx=\"").append(n(scale.x(year))).append("\" cy=\"")
          .append(n(scale.y(value))).append("\" r=\"3.5\" fill=\"").append(escape(s.color())).append("\"><title>")
          .append(escape(s.name() + ", " + year + ": " + String.format(Locale.US, "%,.1f", value))).append("</title></circle>"));
    }
    // The legend, under the axis: the lines on one row, the shaded ranges on the next.
    double x = LEFT;
    double y = HEIGHT - 30;
    for (Series s : series) {
      svg.append("<line x1=\"").append(n(x)).append("\" x2=\"").append(n(x + 18)).append("\" y1=\"").append(n(y - 4)).append("\" y2=\"")
          .append(n(y - 4)).append("\" stroke=\"").append(escape(s.color())).append("\" stroke-width=\"2\"")
          .append(s.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("/>");
      svg.append(text(x + 22, y, s.name(), "start", "legend"));
      x += 28 + 6.5 * s.name().length();
    }
    x = LEFT;
    y = HEIGHT - 10;
    for (Band band : bands) {
      svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y - 10)).append("\" width=\"14\" height=\"10\" fill=\"#e8eef8\"/>");
      svg.append(text(x + 18, y, band.label(), "start", "legend"));
      x += 24 + 6.5 * band.label().length();
    }
    return svg.append("</svg>").toString();
  }

  /** Where years and values fall on the chart. */
  private record Scale(int first, int last, double top) {
    double x(int year) {
      double width = WIDTH - LEFT - RIGHT;
      return first == last ? LEFT + width / 2 : LEFT + halfStep() + (width - 2 * halfStep()) * (year - first) / (last - first);
    }

    double halfStep() {
      return (WIDTH - LEFT - RIGHT) / (2.0 * (last - first + 1));
    }

    double y(double value) {
      return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
    }
  }

  /** The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6 and 8 times a power of ten at or above {@code max} (1 for nothing). */
  static double niceCeiling(double max) {
    if (max <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (step * power >= max) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String text(double x, double y, String text, String anchor, String cssClass) {
    return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cssClass + "\">" + escape(text)
        + "</text>";
  }

  /** A coordinate with one decimal. */
  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** {@code text} safe in SVG text and attributes, as the whole report escapes ({@link HtmlText}). */
  static String escape(String text) {
    return HtmlText.escape(text);
  }
}
