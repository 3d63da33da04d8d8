package org.psp.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A small line chart as inline SVG: rates by year, each series a line with a dot per year, shaded
 * year ranges behind them, marks on years that carry a note, axes with round ticks, and a legend
 * laid out in rows so that no two items overlap. The years run without a break from the first to
 * the last of the {@linkplain #years(int, int) charted range}: a year a series does not give is a
 * gap in its line, never bridged. No script and no font from the network: it draws in any browser
 * and prints as it shows. Every text it writes is escaped.
 */
public final class SvgChart {
  /** The chart's width in CSS pixels; it scales down with the page (viewBox). Its height grows with the legend. */
  static final int WIDTH = 640;
  /** The height of the plot and its axes, without the legend. */
  static final int PLOT_HEIGHT = 240;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  /** Below the plot: the year labels and the marks of noted years. */
  private static final int AXIS = 40;
  private static final int LEGEND_ROW = 20;
  /** The longest legend label, in characters; a longer one is cut with "…" and given whole in its tooltip. */
  static final int LEGEND_LABEL_MAX = 40;
  private static final String[] BAND_COLOURS = {"#dbe7f7", "#f6e3c8", "#dcefdc", "#efdcef", "#f3f0c8", "#d9eeee"};
  private static final String[] BAND_EDGES = {"#7d9cc9", "#c99a55", "#6fa86f", "#a877a8", "#aaa23f", "#5fa3a3"};

  /** A line of the chart: its name in the legend, its colour and dash, and its values by year. */
  public record Series(String name, String color, boolean dashed, SortedMap<Integer, Double> values) {}

  /** A shaded range of years, e.g. an engagement, with its label. */
  public record Band(int from, int to, String label) {}

  /** A note on one year, e.g. an FBI flag on its figures, marked under the axis. */
  public record Note(int year, String text) {}

  private final String title;
  private final List<Series> series = new ArrayList<>();
  private final List<Band> bands = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();
  private Integer first;
  private Integer last;

  /** A chart whose accessible name is {@code title}. */
  public SvgChart(String title) {
    this.title = title;
  }

  /** Adds a line. */
  public SvgChart add(Series line) {
    series.add(line);
    return this;
  }

  /** Adds a shaded range of years; drawn, and listed in the legend, only where it meets the charted years. */
  public SvgChart shade(Band band) {
    bands.add(band);
    return this;
  }

  /** Marks {@code note}'s year; drawn only when the year is charted. */
  public SvgChart note(Note note) {
    notes.add(note);
    return this;
  }

  /**
   * Charts the years from {@code from} to {@code to}; without it, from the first to the last year any
   * series gives.
   */
  public SvgChart years(int from, int to) {
    this.first = Math.min(from, to);
    this.last = Math.max(from, to);
    return this;
  }

  /** The chart as an {@code <svg>} element. */
  public String toSvg() {
    int from = first != null ? first : series.stream().flatMap(s -> s.values().keySet().stream()).min(Integer::compare).orElse(0);
    int to = last != null ? last : series.stream().flatMap(s -> s.values().keySet().stream()).max(Integer::compare).orElse(-1);
    double max = 0;
    boolean any = false;
    for (Series s : series) {
      for (var e : s.values().entrySet()) {
        if (e.getKey() >= from && e.getKey() <= to) {
          max = Math.max(max, e.getValue());
          any = true;
        }
      }
    }
    List<Band> shown = bands.stream().filter(b -> b.to() >= from && b.from() <= to).toList();
    SortedMap<Integer, List<String>> noted = new TreeMap<>();
    notes.stream().filter(n -> n.year() >= from && n.year() <= to)
        .forEach(n -> noted.computeIfAbsent(n.year(), y -> new ArrayList<>()).add(n.text()));
    List<LegendItem> legend = legend(shown, !noted.isEmpty());
    int rows = legend.isEmpty() ? 0 : legend.get(legend.size() - 1).row() + 1;
    int height = PLOT_HEIGHT + AXIS + rows * LEGEND_ROW + 8;
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">");
    svg.append("<title>").append(escape(title)).append("</title>");
    if (!any) {
      svg.append(text(WIDTH / 2.0, PLOT_HEIGHT / 2.0, "no figures to draw", "middle", "muted"));
      return svg.append("</svg>").toString();
    }
    Ticks ticks = Ticks.of(max);
    Scale scale = new Scale(from, to, ticks.top());
    for (int i = 0; i < shown.size(); i++) {
      Band band = shown.get(i);
      double x0 = scale.x(Math.max(band.from(), from)) - scale.halfStep();
      double x1 = scale.x(Math.min(band.to(), to)) + scale.halfStep();
      svg.append("<rect class=\"band\" data-label=\"").append(escape(band.label())).append("\" x=\"").append(n(x0)).append("\" y=\"")
          .append(TOP).append("\" width=\"").append(n(x1 - x0)).append("\" height=\"").append(PLOT_HEIGHT - TOP).append("\" fill=\"")
          .append(BAND_COLOURS[i % BAND_COLOURS.length]).append("\" fill-opacity=\"0.75\" stroke=\"")
          .append(BAND_EDGES[i % BAND_EDGES.length]).append("\" stroke-width=\"1\"><title>").append(escape(band.label()))
          .append("</title></rect>");
    }
    // Grid and value axis, at round ticks.
    for (double value = 0; value <= ticks.top() + ticks.step() / 2; value += ticks.step()) {
      double y = scale.y(value);
      svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(n(y)).append("\" y2=\"")
          .append(n(y)).append("\" stroke=\"#ddd\"/>");
      svg.append(text(LEFT - 6, y + 4, String.format(Locale.US, "%,.0f", value), "end", "axis tick"));
    }
    for (int year = from; year <= to; year++) {
      svg.append(text(scale.x(year), PLOT_HEIGHT + 16, Integer.toString(year), "middle", "axis year"));
    }
    double middle = TOP + (PLOT_HEIGHT - TOP) / 2.0;
    svg.append("<text x=\"14\" y=\"").append(n(middle)).append("\" text-anchor=\"middle\" class=\"axis\" transform=\"rotate(-90 14 ")
        .append(n(middle)).append(")\">per 100,000</text>");
    // Each line in runs of consecutive years: a missing year is a gap, never bridged.
    for (Series s : series) {
      List<List<String>> runs = new ArrayList<>();
      List<String> run = null;
      Integer previous = null;
      for (var e : s.values().entrySet()) {
        int year = e.getKey();
        if (year < from || year > to) {
          continue;
        }
        if (previous == null || year != previous + 1) {
          run = new ArrayList<>();
          runs.add(run);
        }
        run.add(n(scale.x(year)) + "," + n(scale.y(e.getValue())));
        previous = year;
      }
      for (List<String> points : runs) {
        if (points.size() > 1) {
          svg.append("<polyline class=\"series\" data-series=\"").append(escape(s.name())).append("\" fill=\"none\" stroke=\"")
              .append(escape(s.color())).append("\" stroke-width=\"2\"").append(s.dashed() ? " stroke-dasharray=\"6 4\"" : "")
              .append(" points=\"").append(String.join(" ", points)).append("\"/>");
        }
      }
      s.values().forEach((year, value) -> {
        if (year >= from && year <= to) {
          svg.append("<circle class=\"point\" cx=\"").append(n(scale.x(year))).append("\" cy=\"").append(n(scale.y(value)))
              .append("\" r=\"3.5\" fill=\"").append(escape(s.color())).append("\"><title>")
              .append(escape(s.name() + ", " + year + ": " + String.format(Locale.US, "%,.1f", value))).append("</title></circle>");
        }
      });
    }
    // A year the first series (the site) does not give is said under its label.
    if (!series.isEmpty()) {
      for (int year = from; year <= to; year++) {
        if (!series.get(0).values().containsKey(year)) {
          svg.append(text(scale.x(year), PLOT_HEIGHT + 28, "no figures", "middle", "axis gap"));
        }
      }
    }
    // Noted years: a mark on the axis, the notes in its tooltip.
    noted.forEach((year, texts) -> {
      double x = scale.x(year);
      svg.append("<path class=\"flag\" data-year=\"").append(year).append("\" d=\"M").append(n(x)).append(' ').append(PLOT_HEIGHT - 2)
          .append(" l-6 -11 h12 z\" fill=\"#8a3b00\"><title>").append(escape(year + ": " + String.join("; ", texts)))
          .append("</title></path>");
    });
    // The legend, under the axis, in rows.
    double base = PLOT_HEIGHT + AXIS;
    for (LegendItem item : legend) {
      double x = item.x();
      double y = base + item.row() * LEGEND_ROW + 12;
      svg.append("<g class=\"legend-item\">");
      switch (item.kind()) {
        case LINE -> svg.append("<line x1=\"").append(n(x)).append("\" x2=\"").append(n(x + 18)).append("\" y1=\"").append(n(y - 4))
            .append("\" y2=\"").append(n(y - 4)).append("\" stroke=\"").append(escape(item.color())).append("\" stroke-width=\"2\"")
            .append(item.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("/>");
        case BAND -> svg.append("<rect x=\"").append(n(x + 2)).append("\" y=\"").append(n(y - 10)).append("\" width=\"14\" height=\"10\" fill=\"")
            .append(item.color()).append("\" stroke=\"").append(item.edge()).append("\"/>");
        case NOTE -> svg.append("<path d=\"M").append(n(x + 9)).append(' ').append(n(y)).append(" l-6 -11 h12 z\" fill=\"#8a3b00\"/>");
      }
      svg.append("<text x=\"").append(n(x + 22)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"start\" class=\"legend\">")
          .append(escape(item.label())).append(item.label().equals(item.full()) ? "" : "<title>" + escape(item.full()) + "</title>")
          .append("</text></g>");
    }
    return svg.append("</svg>").toString();
  }

  private enum Kind { LINE, BAND, NOTE }

  /** One legend item, placed: its row and left edge. */
  private record LegendItem(Kind kind, String label, String full, String color, String edge, boolean dashed, int row, double x) {}

  /** The legend's items in rows: an item goes on the row it fits in, else on a new one. */
  private List<LegendItem> legend(List<Band> shown, boolean hasNotes) {
    List<LegendItem> items = new ArrayList<>();
    double right = WIDTH - RIGHT;
    double[] at = {LEFT};
    int[] row = {0};
    java.util.function.BiConsumer<LegendItem, Double> place = (item, width) -> {
      if (at[0] > LEFT && at[0] + width > right) {
        row[0]++;
        at[0] = LEFT;
      }
      items.add(new LegendItem(item.kind(), item.label(), item.full(), item.color(), item.edge(), item.dashed(), row[0], at[0]));
      at[0] += width + 14;
    };
    for (Series s : series) {
      String label = shortened(s.name(), LEGEND_LABEL_MAX);
      place.accept(new LegendItem(Kind.LINE, label, s.name(), s.color(), null, s.dashed(), 0, 0), 22 + textWidth(label));
    }
    for (int i = 0; i < shown.size(); i++) {
      String label = shortened(shown.get(i).label(), LEGEND_LABEL_MAX);
      place.accept(new LegendItem(Kind.BAND, label, shown.get(i).label(), BAND_COLOURS[i % BAND_COLOURS.length],
          BAND_EDGES[i % BAND_EDGES.length], false, 0, 0), 22 + textWidth(label));
    }
    if (hasNotes) {
      String label = "FBI data note on the year's figures";
      place.accept(new LegendItem(Kind.NOTE, label, label, null, null, false, 0, 0), 22 + textWidth(label));
    }
    return items;
  }

  /**
   * A generous estimate of the width of {@code text} at the legend's 12 px in a sans-serif font: wide
   * letters 10 px, narrow ones 4 px, the rest 7.5 px. It errs wide, so items never touch.
   */
  static double textWidth(String text) {
    double width = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("MWmw@%".indexOf(c) >= 0 || Character.isUpperCase(c)) {
        width += 10;
      } else if ("iljtf.,:;'!|() ".indexOf(c) >= 0) {
        width += 4;
      } else {
        width += 7.5;
      }
    }
    return width;
  }

  /** {@code text} cut to {@code max} characters with "…" when longer. */
  static String shortened(String text, int max) {
    if (max < 2) {
      return "";
    }
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
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
      return TOP + (PLOT_HEIGHT - TOP) * (1 - value / top);
    }
  }

  /**
   * The value axis: a round step (1, 2 or 5 times a power of ten) that gives at most six intervals,
   * and the first multiple of it at or above the largest value.
   */
  record Ticks(double step, double top) {
    static Ticks of(double max) {
      if (max <= 0) {
        return new Ticks(1, 1);
      }
      double power = Math.pow(10, Math.floor(Math.log10(max / 6)));
      for (double candidate : new double[] {1, 2, 5, 10}) {
        double step = candidate * power;
        double top = Math.ceil(max / step - 1e-9) * step;
        if (top / step <= 6) {
          return new Ticks(step, top);
        }
      }
      return new Ticks(10 * power, Math.ceil(max / (10 * power)) * 10 * power);
    }
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
