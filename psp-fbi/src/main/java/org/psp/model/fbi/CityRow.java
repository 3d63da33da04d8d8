package org.psp.model.fbi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.psp.model.Figure;
import org.psp.model.Site;
import org.psp.model.YearlyStatistics;

/**
 * One city's row of an FBI city table: the city, its state, the year and the FBI's figures as the
 * table gives them — a figure the table leaves blank is empty, never zero — with the footnotes that
 * apply to it as flags (its own and its state's) and notes.
 *
 * @param file the table it was read from
 * @param row the row's number as a spreadsheet shows it (the first row is 1), or the CSV's line
 * @param year the year of the table
 * @param state the two-letter USPS code of the state, e.g. {@code TN}
 * @param stateName the FBI's name of the state without footnote digits, e.g. {@code TENNESSEE}
 * @param city the FBI's name of the city without footnote digits, e.g. {@code Memphis}
 * @param population the FBI's estimate of the population of the agency's jurisdiction that year
 * @param violentCrime the FBI's total of violent crime
 * @param murders murder and nonnegligent manslaughter
 * @param rapes rapes, under the revised UCR definition where the table gives it, else under the legacy
 *     one (2014–2016 tables give both columns; then the flags say {@link
 *     FbiFlag.Kind#LEGACY_RAPE_DEFINITION})
 * @param robberies robberies
 * @param aggravatedAssaults aggravated assaults
 * @param flags the FBI's notes that bear on these figures
 * @param notes the footnotes that apply to the row and are no flag (arson, population covered, limited
 *     data for the state, figures overreported and left out, data left out where the row's blank cells are
 *     only other offences than violent crime), each {@code FBI footnote N: text}, with why it is no flag
 *     where its words alone would make one
 */
public record CityRow(Path file, int row, int year, String state, String stateName, String city,
    OptionalInt population, OptionalInt violentCrime, OptionalInt murders, OptionalInt rapes,
    OptionalInt robberies, OptionalInt aggravatedAssaults, List<FbiFlag> flags, List<String> notes) {

  /** Checks that every value is given, the names are not blank and the lists are copied. */
  public CityRow {
    checkNotNull(file, "file");
    checkArgument(row > 0, "a row number must be > 0 but was %s", row);
    checkNotNull(state, "state");
    checkNotNull(stateName, "stateName");
    checkNotNull(city, "city");
    checkArgument(!city.isBlank(), "row %s: the city must not be blank", row);
    checkNotNull(population, "population");
    checkNotNull(violentCrime, "violentCrime");
    checkNotNull(murders, "murders");
    checkNotNull(rapes, "rapes");
    checkNotNull(robberies, "robberies");
    checkNotNull(aggravatedAssaults, "aggravatedAssaults");
    flags = List.copyOf(flags);
    notes = List.copyOf(notes);
  }

  /**
   * The figures a site needs that the row leaves blank, by their keys ({@link Figure#key()}: {@code population},
   * {@code murders}, {@code rapes}, {@code robberies}, {@code aggravatedAssaults}); a population of 0
   * counts as missing too (no rate can be computed). Empty when the row can be advised on.
   */
  public List<String> missing() {
    List<String> missing = new ArrayList<>(5);
    if (population.isEmpty() || population.getAsInt() == 0) {
      missing.add(Figure.POPULATION.key());
    }
    if (murders.isEmpty()) {
      missing.add(Figure.MURDERS.key());
    }
    if (rapes.isEmpty()) {
      missing.add(Figure.RAPES.key());
    }
    if (robberies.isEmpty()) {
      missing.add(Figure.ROBBERIES.key());
    }
    if (aggravatedAssaults.isEmpty()) {
      missing.add(Figure.AGGRAVATED_ASSAULTS.key());
    }
    return missing;
  }

  /** Whether the row gives every figure a site needs: see {@link #missing()}. */
  public boolean isComplete() {
    return missing().isEmpty();
  }

  /**
   * The site id of this city: its name and state as a lowercase slug, e.g. {@code kansas-city-mo};
   * accents dropped, every run of other characters one hyphen.
   */
  public String siteId() {
    String plain = city;
    for (int i = 0; i < city.length(); i++) {
      if (city.charAt(i) >= 0x80) {   // accents to drop: most names have none
        plain = Normalizer.normalize(city, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        break;
      }
    }
    String lower = plain.toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(lower.length() + 3);
    boolean gap = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (gap && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return (slug.length() == 0 ? "city" : slug) + "-" + state.toLowerCase(Locale.ROOT);
  }

  /**
   * This year's figures, with the year's population.
   *
   * @throws IllegalStateException when the row leaves a figure blank, naming it (see {@link #missing()})
   */
  public YearlyStatistics statistics() {
    checkComplete();
    return YearlyStatistics.builder().year(year).population(population.getAsInt())
        .murders(murders.getAsInt()).rapes(rapes.getAsInt()).robberies(robberies.getAsInt())
        .aggravatedAssaults(aggravatedAssaults.getAsInt()).build();
  }

  /**
   * The city as a site with this one year of figures: id {@link #siteId()}, the FBI's name, the state,
   * kind CITY and this year's population. The table records nothing else: partners, capabilities,
   * conditions, interventions and commitment are not recorded (the advice says what it assumed), and
   * the site has no engagements.
   *
   * @throws IllegalStateException when the row leaves a figure blank, naming it (see {@link #missing()})
   */
  public Site site() {
    return Site.builder().id(siteId()).name(city).state(state).population(population.orElse(0))
        .addStatistics(statistics())
        .build();
  }

  private void checkComplete() {
    checkState(isComplete(), "%s row %s (%s, %s, %s) leaves %s blank: it is not reported, and not zero", file, row, city,
        state, year, String.join(", ", missing()));
  }
}
