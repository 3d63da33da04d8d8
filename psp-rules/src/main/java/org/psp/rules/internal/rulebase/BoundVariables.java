package org.psp.rules.internal.rulebase;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables a rule's conditions bind, read from their text: {@code $a} of {@code $a : Assessment(
 * ... )} and {@code $p} of {@code $p : settings} (not {@code :=}, Drools' unification). One reading for
 * the engine's reading of a rule's shape and for the compiler's word on an unbound variable.
 */
public final class BoundVariables {
  private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:(?!=)");

  private BoundVariables() {}

  /** Adds to {@code bound} each variable {@code text} binds, in the order written. */
  public static void addTo(Set<String> bound, CharSequence text) {
    Matcher binding = BINDING.matcher(text);
    while (binding.find()) {
      bound.add(binding.group(1));
    }
  }
}
