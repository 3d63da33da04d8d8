package org.psp.examples.screen;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.psp.model.Strategy;

/**
 * {@code psp screen --out FILE.html}: the results as one self-contained page — no script, style or
 * font fetched from anywhere — for people who choose whom to invite: a row per city, its national
 * ratio in each year side by side, then its latest year's figures, focus, the FBI's flags and its PSP
 * cohorts. A click on a column's header sorts by it (again: the other way); a search box, "eligible
 * only", "PSP sites only" and a smallest population filter the rows. Every text from a table is
 * escaped.
 */
public final class ScreenPage {

  private ScreenPage() {}

  /** Writes the page of {@code results}, dated {@code today}. */
  public static void write(ScreenResults results, LocalDate today, Writer out) throws IOException {
    List<Integer> years = results.years();
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>PSP screen: cities of the FBI tables ").append(yearsText(years)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>Cities of the FBI's tables through the PSP policy</h1>\n<p class=\"lede\">Every city the FBI's ")
        .append("<i>Offenses Known to Law Enforcement by State by City</i> lists, advised one city-year at a time by the ")
        .append("policy: its violent crime rate against the nation's (the <b>national ratio</b>), the murder ratio, whether ")
        .append("it meets the eligibility criteria, where to start, the FBI's own notes on its figures, and whether it is or ")
        .append("was a PSP site. Ranked by the national ratio of each city's latest year. Made ").append(today)
        .append(".</p>\n<ul class=\"tables\">\n");
    for (ScreenResults.Table table : results.tables()) {
      html.append("<li>").append(escape(table.file().getFileName().toString())).append(": ").append(table.year())
          .append(String.format(Locale.US, ", %,d city rows, %,d not screened", table.rows(), table.skipped().size()))
          .append("</li>\n");
    }
    html.append("</ul>\n<form id=\"filters\" onsubmit=\"return false\">\n")
        .append("<label>Search <input id=\"search\" type=\"search\" placeholder=\"city or state\"></label>\n")
        .append("<label><input id=\"eligible\" type=\"checkbox\"> eligible only</label>\n")
        .append("<label><input id=\"psp\" type=\"checkbox\"> PSP sites only</label>\n")
        .append("<label>Population at least <input id=\"population\" type=\"number\" min=\"0\" step=\"1000\"></label>\n")
        .append("<output id=\"shown\"></output>\n</form>\n")
        .append("<table id=\"cities\">\n<thead><tr><th data-type=\"number\">Rank</th><th>City</th><th>State</th>");
    for (int year : years) {
      html.append("<th data-type=\"number\" title=\"the city's violent crime rate / the nation's, ").append(year)
          .append("\">").append(year).append("</th>");
    }
    html.append("<th data-type=\"number\">Population</th><th data-type=\"number\">Rate</th>")
        .append("<th data-type=\"number\" title=\"murder rate / the nation's\">Murder ratio</th><th>Eligible</th>")
        .append("<th>Focus</th><th>FBI flags</th><th>PSP</th></tr></thead>\n<tbody>\n");
    int rank = 0;
    for (ScreenResults.City city : results.cities()) {
      ScreenResults.CityYear latest = city.latest();
      Map<Integer, ScreenResults.CityYear> byYear = city.years().stream()
          .collect(Collectors.toMap(ScreenResults.CityYear::year, y -> y));
      html.append("<tr data-eligible=\"").append(latest.eligible()).append("\" data-psp=\"").append(!city.psp().isEmpty())
          .append("\" data-population=\"").append(latest.population()).append("\">")
          .append("<td data-sort=\"").append(++rank).append("\">").append(rank).append("</td>")
          .append("<td>").append(escape(city.city())).append("</td><td>").append(city.state()).append("</td>");
      for (int year : years) {
        ScreenResults.CityYear y = byYear.get(year);
        if (y == null) {
          html.append("<td data-sort=\"\" class=\"none\" title=\"not in the ").append(year).append(" table, or not screened\">")
              .append("&ndash;</td>");
        } else {
          html.append("<td data-sort=\"").append(y.nationalRatio()).append("\"").append(y.eligible() ? " class=\"eligible\"" : "")
              .append(" title=\"").append(String.format(Locale.US, "%,.1f per 100,000", y.violentCrimeRate()))
              .append(y.eligible() ? ", eligible" : "").append("\">").append(y.nationalRatioText())
              .append("</td>");
        }
      }
      html.append("<td data-sort=\"").append(latest.population()).append("\">")
          .append(String.format(Locale.US, "%,d", latest.population())).append("</td>")
          .append("<td data-sort=\"").append(latest.violentCrimeRate()).append("\">")
          .append(String.format(Locale.US, "%,.1f", latest.violentCrimeRate())).append("</td>");
      if (latest.murderRatio().isPresent()) {
        html.append("<td data-sort=\"").append(latest.murderRatio().getAsDouble()).append("\">")
            .append(latest.murderRatioText().orElseThrow()).append("</td>");
      } else {
        html.append("<td data-sort=\"\" title=\"no national murder rate for ").append(latest.year()).append("\">n/a</td>");
      }
      html.append("<td>").append(latest.eligible() ? "yes" : "no").append("</td>")
          .append("<td>").append(latest.focus().stream().map(Strategy::name).collect(Collectors.joining(", "))).append("</td>")
          .append("<td>");
      latest.flags().forEach(f -> html.append("<span class=\"flag\" title=\"").append(escape(f.note())).append("\">")
          .append(f.kind()).append("</span> "));
      html.append("</td><td>").append((city.psp().isEmpty() ? "" : escape(ScreenText.cohorts(city.psp())))).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    for (ScreenResults.Table table : results.tables()) {
      if (!table.skipped().isEmpty()) {
        html.append("<details><summary>Not screened, ").append(escape(table.file().getFileName().toString())).append(": ")
            .append(table.skipped().size()).append(" rows</summary>\n<ul>\n");
        table.skipped().forEach(s -> html.append("<li>row ").append(s.line()).append(": ").append(escape(s.message()))
            .append("</li>\n"));
        html.append("</ul></details>\n");
      }
    }
    html.append("<p class=\"note\">Figures: FBI, <i>Crime in the United States</i>, as published. A cell the FBI left ")
        .append("blank is not reported, never zero: such a city-year is listed as not screened. The eligibility ratio is ")
        .append("this library's default threshold; DOJ published no number. Nothing on this page was fetched from the ")
        .append("network.</p>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.write(html.toString());
  }

  private static String yearsText(List<Integer> years) {
    if (years.isEmpty()) {
      return "";
    }
    return years.size() == 1 ? years.get(0).toString() : years.get(0) + "–" + years.get(years.size() - 1);
  }

  /** {@code text} safe in HTML text and in a double-quoted attribute. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static final String STYLE = """
      body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
      h1 { font-size: 1.4em; margin: 0 0 .4em; }
      .lede, .note { max-width: 60em; }
      .note { color: #555; font-size: .9em; }
      form { margin: 1em 0; display: flex; gap: 1.2em; flex-wrap: wrap; align-items: center; }
      table { border-collapse: collapse; }
      th, td { padding: .25em .6em; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
      th { background: #f3f3f3; cursor: pointer; position: sticky; top: 0; user-select: none; }
      th[aria-sort=ascending]::after { content: " \\25B2"; }
      th[aria-sort=descending]::after { content: " \\25BC"; }
      td[data-sort] { text-align: right; font-variant-numeric: tabular-nums; }
      td.eligible { font-weight: 600; background: #fde8e4; }
      td.none { color: #aaa; text-align: center; }
      .flag { background: #fff3c4; border-radius: 3px; padding: 0 .3em; font-size: .85em; }
      tr[hidden] { display: none; }
      """;

  /** Sorting and filtering, in the page itself. */
  private static final String SCRIPT = """
      (function () {
        'use strict';
        var table = document.getElementById('cities');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
        function value(row, column, numeric) {
          var cell = row.cells[column];
          if (!numeric) { return cell.textContent.toLowerCase(); }
          var text = cell.getAttribute('data-sort');
          return text === null || text === '' ? null : parseFloat(text);
        }
        function sortBy(column) {
          var header = headers[column];
          var numeric = header.getAttribute('data-type') === 'number';
          var ascending = header.getAttribute('aria-sort') === 'descending'
              || (header.getAttribute('aria-sort') === null && !numeric);
          headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
          header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
          rows.sort(function (a, b) {
            var x = value(a, column, numeric), y = value(b, column, numeric);
            if (x === y) { return 0; }
            if (x === null) { return 1; }
            if (y === null) { return -1; }
            return (x < y ? -1 : 1) * (ascending ? 1 : -1);
          });
          rows.forEach(function (row) { body.appendChild(row); });
        }
        headers.forEach(function (header, column) {
          header.addEventListener('click', function () { sortBy(column); });
        });
        var search = document.getElementById('search');
        var eligible = document.getElementById('eligible');
        var psp = document.getElementById('psp');
        var population = document.getElementById('population');
        var shown = document.getElementById('shown');
        function filter() {
          var words = search.value.trim().toLowerCase();
          var least = population.value === '' ? 0 : Number(population.value);
          var count = 0;
          rows.forEach(function (row) {
            var text = (row.cells[1].textContent + ' ' + row.cells[2].textContent).toLowerCase();
            var show = (words === '' || text.indexOf(words) >= 0)
                && (!eligible.checked || row.getAttribute('data-eligible') === 'true')
                && (!psp.checked || row.getAttribute('data-psp') === 'true')
                && Number(row.getAttribute('data-population')) >= least;
            row.hidden = !show;
            if (show) { count++; }
          });
          shown.textContent = count + ' of ' + rows.length + ' cities shown';
        }
        [search, eligible, psp, population].forEach(function (input) {
          input.addEventListener('input', filter);
          input.addEventListener('change', filter);
        });
        filter();
      })();
      """;
}
