package org.psp.model.fbi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;

/**
 * One of the numbered footnotes at the end of an FBI city table, which the rows (or their state, or
 * a column's header) it applies to carry as a digit glued to a name.
 *
 * @param number the footnote's number, from 1
 * @param text its words, with runs of white space made one space
 */
public record Footnote(int number, String text) {

  /** Checks the number and that the text says something. */
  public Footnote {
    checkArgument(number > 0, "a footnote's number must be > 0 but was %s", number);
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "footnote %s must have a text", number);
  }

  /**
   * The kind of flag this footnote puts on the figures of a row that carries it, read from its words;
   * empty when it is about something else (arson, the population it covers, limited data for a state,
   * data overreported and left out), which is a note, not a flag. A footnote that explains a column
   * ("The figures shown in this column...") is never a flag. A footnote of a kind that {@linkplain
   * #saysDataAreLeftOut() says data are left out} is a note on a row whose violent crime figures are
   * all given and whose blank cells are other offences (Toledo 2014, Cincinnati 2019).
   */
  public Optional<FbiFlag.Kind> kind() {
    String words = text.toLowerCase(Locale.ROOT);
    if (words.startsWith("the figures shown in this column")) {
      return Optional.empty();
    }
    if (words.contains("underreported")) {
      return Optional.of(FbiFlag.Kind.UNDERREPORTED);
    }
    if (words.contains("not comparable")) {
      return Optional.of(FbiFlag.Kind.NOT_COMPARABLE);
    }
    if (words.contains("did not follow national ucr")) {
      return Optional.of(FbiFlag.Kind.GUIDELINES_NOT_FOLLOWED);
    }
    if (words.contains("rape") && words.contains("legacy")) {
      return Optional.of(FbiFlag.Kind.LEGACY_RAPE_DEFINITION);
    }
    return Optional.empty();
  }

  /**
   * Whether the footnote says that data of the row are left out of the table ("Consequently, those
   * data are not included in this table", "this figure is not included"): it is about the cells the row
   * leaves blank. When those are only other offences (arson, property crime) and every violent crime
   * figure is given, the reader makes it a note, not a flag: the figures a site reads are not the ones
   * it is about.
   */
  public boolean saysDataAreLeftOut() {
    return text.toLowerCase(Locale.ROOT).contains("not included");
  }

  /** {@code FBI footnote N: text}. */
  @Override
  public String toString() {
    return "FBI footnote " + number + ": " + text;
  }
}
