package org.psp.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.psp.model.InvalidValueException;
import org.psp.model.Strategy;
import org.psp.model.Violation;
import org.psp.model.internal.BoundedText;
import org.psp.rules.internal.Spelling;

/**
 * The named settings of the policy: every threshold the rules compare with, and the years in which the
 * immigration-cooperation criterion applies. A rule reads them from the {@link
 * org.psp.rules.facts.Assessment Assessment} it matches: {@code Assessment( nationalRatio >=
 * settings.eligibilityRatio )}, or {@code $a : Assessment( $p : settings, ... )} to quote them in the
 * consequence as {@code $p.eligibilityRatio()}. The engine also inserts them as a fact of their own
 * ({@code $p : PolicySettings()}), but a rule that joins that fact with the assessment costs the
 * engine a join for every site; reading them from the assessment does not.
 *
 * <p>The defaults ({@link #defaults()}) are in {@code default-policy.properties} beside this class,
 * each with a comment saying which rule uses it. Change them without Java through {@link
 * #withOverrides(Properties)}, or in code through {@code PolicySettings.builder().from(defaults())}.
 */
@Value.Immutable
public abstract class PolicySettings {

  /** Only the generated implementation extends this class: build values with {@link #builder()}. */
  PolicySettings() {}

  /** The defaults' resource, beside this class. */
  public static final String DEFAULTS_RESOURCE = "default-policy.properties";

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link PolicySettings}: every setting is required; start from {@code
   * builder().from(defaults())} to change a few.
   */
  public static final class Builder extends ImmutablePolicySettings.Builder {
    /** An empty builder, as {@link PolicySettings#builder()} returns. */
    public Builder() {}
  }

  /** The default policy's settings. */
  public static PolicySettings defaults() {
    return Defaults.SETTINGS;
  }

  /** Eligibility: R (site rate / national rate) at least this. */
  public abstract double eligibilityRatio();

  /** HOT_SPOTS_POLICING when R is at least this. */
  public abstract double hotSpotsRatio();

  /** TECHNOLOGY when R is at least this without a real-time crime center. */
  public abstract double technologyRatio();

  /** FEDERAL_PROSECUTION when the firearm share is at least this. */
  public abstract double federalProsecutionFirearmShare();

  /** CRIME_GUN_INTELLIGENCE when the firearm share is at least this. */
  public abstract double crimeGunIntelligenceFirearmShare();

  /**
   * M, the site's murder rate over the national one, at or above which the murder rate stands in for
   * a firearm share the year does not give (federal prosecution, crime gun intelligence).
   */
  public abstract double gunViolenceMurderRatio();

  /** ENFORCEMENT_TASK_FORCE when the gang share is at least this. */
  public abstract double taskForceGangShare();

  /** ENFORCEMENT_TASK_FORCE when the drug share is at least this. */
  public abstract double taskForceDrugShare();

  /** FOCUSED_DETERRENCE when the gang share is at least this. */
  public abstract double focusedDeterrenceGangShare();

  /** DRUG_TRAFFICKING_ENFORCEMENT when the drug share is at least this. */
  public abstract double drugTraffickingDrugShare();

  /** TREATMENT_AND_SERVICES when the drug share is at least this. */
  public abstract double treatmentDrugShare();

  /** INVESTIGATIONS when the homicide clearance rate is below this. */
  public abstract double investigationsClearanceRate();

  /** GRANT_ASSISTANCE when the population is below this. */
  public abstract int grantAssistancePopulation();

  /** The first advised year the immigration-cooperation criterion applies to. */
  public abstract int immigrationCooperationFirstYear();

  /** The last advised year the immigration-cooperation criterion applies to. */
  public abstract int immigrationCooperationLastYear();

  /**
   * How much more than the nation's an engaged site's violent crime rate must fall since its baseline
   * year for the outcome IMPROVING (or rise, for WORSENING); 0.05 is five percentage points.
   */
  public abstract double outcomeMargin();

  /**
   * The ranking: the weight of need, how far the figure that made a recommendation is beyond its
   * threshold (0 at the threshold, towards 1 far beyond it).
   */
  public abstract double rankNeedWeight();

  /** The ranking: the weight of the evidence behind a strategy (its strength from 0 to 1, less its null findings). */
  public abstract double rankEvidenceWeight();

  /**
   * The ranking: the weight of capacity, 1 for a recorded absence or a deficit condition, ½ when
   * whether the site has the effort is not on record, 0 when it has one to strengthen.
   */
  public abstract double rankCapacityWeight();

  /** The ranking: what each null finding in the evidence table takes off a strategy's evidence strength. */
  public abstract double rankNullFindingPenalty();

  /** How many of a site's recommendations, by rank, are its focus (priority 1): where to start. */
  public abstract int focusSize();

  /** Whether the immigration-cooperation criterion applies to {@code year}. */
  public final boolean immigrationCooperationRequired(int year) {
    return year >= immigrationCooperationFirstYear() && year <= immigrationCooperationLastYear();
  }

  /**
   * These settings with some replaced by {@code overrides}, whose keys are setting names such as
   * {@code eligibilityRatio}.
   *
   * @throws InvalidValueException with a violation for every unknown key and every value that is not
   *     a number in its setting's range
   */
  public final PolicySettings withOverrides(Properties overrides) {
    Map<String, String> values = new TreeMap<>(asMap());
    values.putAll(trimmed(overrides));
    return fromMap(values);
  }

  /** Every setting by name, as text. */
  public final Map<String, String> asMap() {
    Map<String, String> map = new TreeMap<>();
    for (Method m : settingMethods()) {
      try {
        map.put(m.getName(), String.valueOf(m.invoke(this)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read setting " + m.getName(), e);
      }
    }
    return map;
  }

  /**
   * The range of the setting {@code name}, in words: shares, the clearance rate, the outcome margin
   * and the null-finding penalty "from 0 to 1", ratios and populations "> 0", the ranking's weights
   * "from 0 to 10", the focus size "from 1 to 19" (there are 19 strategies), the immigration years "a
   * year from 1990 to 2100".
   *
   * @throws IllegalArgumentException for a name that is no setting
   */
  public static String range(String name) {
    if (name.endsWith("Share") || name.endsWith("ClearanceRate") || name.endsWith("Margin") || name.endsWith("Penalty")) {
      return "from 0 to 1";
    } else if (name.endsWith("Ratio") || name.endsWith("Population")) {
      return "> 0";
    } else if (name.endsWith("Weight")) {
      return "from 0 to 10";
    } else if (name.endsWith("Size")) {
      return "from 1 to 19";
    } else if (name.endsWith("Year")) {
      return "a year from 1990 to 2100";
    }
    throw new IllegalArgumentException("no setting is named \"" + name + "\"");
  }

  private static boolean inRange(String name, double value) {
    return switch (range(name)) {
      case "from 0 to 1" -> value >= 0 && value <= 1;
      case "> 0" -> value > 0 && Double.isFinite(value);
      case "from 0 to 10" -> value >= 0 && value <= 10;
      case "from 1 to 19" -> value >= 1 && value <= Strategy.values().length;
      default -> value >= 1990 && value <= 2100;
    };
  }

  /**
   * Every setting in its range, and the immigration years in order.
   *
   * @throws InvalidValueException with a violation for each setting that is not
   */
  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    for (Method m : settingMethods()) {
      try {
        Object value = m.invoke(this);
        if (!inRange(m.getName(), ((Number) value).doubleValue())) {
          problems.add(new Violation(m.getName(), String.valueOf(value), m.getName() + " must be " + range(m.getName())
              + " but was " + value));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read setting " + m.getName(), e);
      }
    }
    if (immigrationCooperationFirstYear() > immigrationCooperationLastYear()) {
      problems.add(new Violation("immigrationCooperationFirstYear", String.valueOf(immigrationCooperationFirstYear()),
          "immigrationCooperationFirstYear must be at most immigrationCooperationLastYear ("
          + immigrationCooperationLastYear() + ") but was " + immigrationCooperationFirstYear()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(TYPE, problems);
    }
  }

  /** The type that problems with settings name ({@link InvalidValueException#type()}). */
  private static final String TYPE = "PolicySettings";

  /** The largest settings file {@link #read(Path)} reads. */
  public static final int MAX_FILE_BYTES = 64 * 1024;

  /**
   * The defaults with the settings of a {@code .properties}-style file replaced: one {@code
   * name=value} (or {@code name: value}) a line, {@code #} or {@code !} comments, UTF-8, no line
   * continuations.
   *
   * @throws InvalidValueException with a violation, its message starting {@code FILE:LINE: }, for
   *     every unknown or repeated name and every value that is not a number in the setting's range
   * @throws IOException if the file cannot be read or is larger than {@link #MAX_FILE_BYTES}
   */
  public static PolicySettings read(Path file) throws IOException {
    String text = BoundedText.read(file, MAX_FILE_BYTES, "a settings file");
    List<String> names = settingMethods().stream().map(Method::getName).toList();
    Map<String, String> values = new TreeMap<>(defaults().asMap());
    Map<String, Integer> lineOf = new TreeMap<>();
    List<Violation> problems = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int number = i + 1;
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int separator = indexOfSeparator(line);
      String name = separator < 0 ? line : line.substring(0, separator).strip();
      String value = separator < 0 ? "" : line.substring(separator + 1).strip();
      String where = file + ":" + number + ": ";
      if (!names.contains(name)) {
        problems.add(new Violation(name, value, where + "unknown setting \"" + name + "\"" + nearest(name, names)));
      } else if (lineOf.containsKey(name)) {
        problems.add(new Violation(name, value, where + name + " is set again (first on line " + lineOf.get(name) + ")"));
      } else {
        lineOf.put(name, number);
        valueProblem(name, value).ifPresent(problem -> problems.add(new Violation(name, value, where + problem)));
        values.put(name, value);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(TYPE, problems);
    }
    try {
      return fromMap(values);
    } catch (InvalidValueException e) {
      // Each value is in its range; what is left is a rule between two settings, such as the years.
      throw new InvalidValueException(TYPE, e.violations().stream()
          .map(v -> new Violation(v.field(), v.value(), file + (lineOf.containsKey(v.field()) ? ":" + lineOf.get(v.field()) : "")
              + ": " + v.message()))
          .toList());
    }
  }

  private static int indexOfSeparator(String line) {
    int equals = line.indexOf('=');
    int colon = line.indexOf(':');
    return equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
  }

  /** What is wrong with {@code text} as the value of setting {@code name}; empty when nothing. */
  private static Optional<String> valueProblem(String name, String text) {
    boolean whole = name.endsWith("Population") || name.endsWith("Year") || name.endsWith("Size");
    double value;
    try {
      value = whole ? Integer.parseInt(text) : Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Optional.of(name + " must be " + (whole ? "a whole number " : "a number ") + range(name) + " but was \"" + text + "\"");
    }
    return inRange(name, value) ? Optional.empty() : Optional.of(name + " must be " + range(name) + " but was " + text);
  }

  /** ", did you mean \"x\"?" for the setting nearest to {@code name}, or "" when none is near. */
  private static String nearest(String name, List<String> names) {
    List<String> near = Spelling.nearest(name, names);
    return near.isEmpty() ? "; the settings are " + String.join(", ", names) : "; did you mean \"" + near.get(0) + "\"?";
  }

  /** The abstract accessors of this class: the settings, in name order. */
  private static List<Method> settingMethods() {
    return Arrays.stream(PolicySettings.class.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  private static Map<String, String> trimmed(Properties properties) {
    Map<String, String> values = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).trim()));
    return values;
  }

  private static PolicySettings fromMap(Map<String, String> values) {
    Builder builder = builder();
    List<Violation> problems = new ArrayList<>();
    List<String> names = settingMethods().stream().map(Method::getName).toList();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      if (!names.contains(entry.getKey())) {
        problems.add(new Violation(entry.getKey(), entry.getValue(), "unknown setting \"" + entry.getKey() + "\""
            + nearest(entry.getKey(), names)));
      }
    }
    for (Method m : settingMethods()) {
      String text = values.get(m.getName());
      if (text == null) {
        problems.add(new Violation(m.getName(), null, "setting " + m.getName() + " is missing"));
        continue;
      }
      try {
        Method setter = Builder.class.getMethod(m.getName(), m.getReturnType());
        Object value = m.getReturnType() == int.class ? (Object) Integer.parseInt(text) : (Object) Double.parseDouble(text);
        setter.invoke(builder, value);
      } catch (NumberFormatException e) {
        problems.add(new Violation(m.getName(), text, m.getName() + " must be "
            + (m.getReturnType() == int.class ? "a whole number" : "a number") + " but was \"" + text + "\""));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot set setting " + m.getName(), e);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(TYPE, problems);
    }
    return builder.build();
  }

  /** Holds the defaults, read once on first use. */
  private static final class Defaults {
    static final PolicySettings SETTINGS = read();

    private static PolicySettings read() {
      Properties properties = new Properties();
      try (InputStream in = PolicySettings.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the class path");
        }
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DEFAULTS_RESOURCE, e);
      }
      return fromMap(trimmed(properties));
    }
  }
}
