package org.psp.model.fbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A city row's site id: the slug of its name and state, made without regular expressions. */
class CityRowTest {

  private static CityRow row(String city) {
    return new CityRow(Path.of("t.xls"), 2, 2019, "TN", "TENNESSEE", city, OptionalInt.of(1000), OptionalInt.of(4),
        OptionalInt.of(1), OptionalInt.of(1), OptionalInt.of(1), OptionalInt.of(1), List.of(), List.of());
  }

  /** The id as the regular expressions say it: accents dropped, each run of other characters one hyphen. */
  private static String slugByPatterns(String city) {
    String plain = Normalizer.normalize(city, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return (slug.isEmpty() ? "city" : slug) + "-tn";
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("aZ09 -.'()/&éÉñÑçÇİı\u0301\u00a0").ofMinLength(1).ofMaxLength(24)
        .filter(name -> !name.isBlank());
  }

  @Property(tries = 2000)
  void theSiteIdIsTheSlugOfTheNameAndState(@ForAll("names") String city) {
    assertThat(row(city).siteId()).isEqualTo(slugByPatterns(city));
  }

  @Example
  void namesOfTheFbisTables() {
    assertThat(row("Kansas City").siteId()).isEqualTo("kansas-city-tn");
    assertThat(row("Cañon City").siteId()).isEqualTo("canon-city-tn");
    assertThat(row("Winston-Salem ").siteId()).isEqualTo("winston-salem-tn");
    assertThat(row("...").siteId()).isEqualTo("city-tn");
  }
}
