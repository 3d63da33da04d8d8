package org.psp.rules.internal.rulebase;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psp.model.Engagement;
import org.psp.model.Intervention;
import org.psp.model.NationalRate;
import org.psp.model.Outcome;
import org.psp.model.Partner;
import org.psp.model.Site;
import org.psp.model.YearlyStatistics;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Criterion;
import org.psp.rules.facts.DecidingFigure;
import org.psp.rules.facts.Proposal;
import org.psp.rules.facts.RankScore;
import org.psp.rules.facts.RankWithin;
import org.psp.rules.settings.PolicySettings;

/**
 * The types rules name, and their properties as a rule writes them: what the checks and messages
 * for rule authors look in.
 */
public final class FactTypes {
  /** The facts whose properties rules read most: in conditions by name, in consequences by method. */
  public static final List<Class<?>> FACTS = List.of(Assessment.class, Proposal.class, RankScore.class, RankWithin.class,
      Criterion.class, PolicySettings.class, DecidingFigure.class);

  /** The model's values that rules reach through the assessment: {@code site.population}, {@code statistics.murders}. */
  static final List<Class<?>> VALUES = List.of(Site.class, YearlyStatistics.class, Partner.class, Engagement.class,
      Intervention.class, NationalRate.class, Outcome.class);

  /** The packages of the classes rules use: where a class that a file does not import is looked for. */
  public static final List<String> PACKAGES = List.of(Assessment.class.getPackageName(), Site.class.getPackageName(),
      PolicySettings.class.getPackageName());

  /** A getter's name: getFirearmShare, isEngaged. */
  private static final Pattern GETTER = Pattern.compile("(?:get|is)([A-Z]\\w*)");

  private FactTypes() {}

  /**
   * The name a condition gives the value of {@code method}, or empty if it is no property (static,
   * with parameters, returning nothing, or Object's): {@code firearmShare} for {@code
   * getFirearmShare()}, {@code engaged} for {@code isEngaged()}, {@code population} for the model's
   * {@code population()}.
   */
  public static Optional<String> propertyName(Method method) {
    if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0 || method.getReturnType() == void.class
        || method.getDeclaringClass() == Object.class) {
      return Optional.empty();
    }
    Matcher getter = GETTER.matcher(method.getName());
    return Optional.of(getter.matches() ? Character.toLowerCase(getter.group(1).charAt(0)) + getter.group(1).substring(1)
        : method.getName());
  }

  /** The method of {@code type} that reads {@code property} as a condition names it, if any. */
  public static Optional<Method> accessor(Class<?> type, String property) {
    return Arrays.stream(type.getMethods()).filter(m -> propertyName(m).filter(property::equals).isPresent()).findFirst();
  }

  /** The names of the constants of the enum {@code type}, in order. */
  public static List<String> constants(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }
}
