package org.psp.rules.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.psp.model.InvalidValueException;
import org.psp.model.Problem;
import org.psp.model.text.BoundedText;
import org.psp.rules.internal.spelling.Spelling;

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

  /** The defaults' file, beside the default policy's .drl folder ({@code org/psp/rules} on the class path). */
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
   * The settings a rule author's settings file declared beside the default policy's ({@link Setting}),
   * in the file's order: rules read them as {@code settings.value("name")}. Empty for the defaults.
   */
  public abstract List<Setting> addedSettings();

  /** The values of {@link #addedSettings()}, by name. */
  public abstract Map<String, Double> addedValues();

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

  /** The ranking: what each finding of no effect or of harm in the evidence table takes off a strategy's evidence strength. */
  public abstract double rankNullFindingPenalty();

  /** How many of a site's recommendations, by rank, are its focus (priority 1): where to start. */
  public abstract int focusSize();

  /** Whether the immigration-cooperation criterion applies to {@code year}. */
  public final boolean immigrationCooperationRequired(int year) {
    return year >= immigrationCooperationFirstYear() && year <= immigrationCooperationLastYear();
  }

  /**
   * The value of the setting {@code name}, the default policy's or one an author's file added: what a
   * rule reads as {@code settings.value("minimumFederalPartners")} for a setting that has no accessor.
   *
   * @throws IllegalArgumentException for a name no settings file declares, with the nearest names
   */
  public final double value(String name) {
    Double value = valuesByName().get(name);
    if (value == null) {
      throw new IllegalArgumentException("no setting is named \"" + name + "\"" + nearest(name, names()));
    }
    return value;
  }

  /**
   * Every setting's value by its name, an added one's over a default one's, read once: rules ask for
   * settings by name ({@code Because.atLeast}) several times for every site they advise.
   */
  @Value.Lazy
  Map<String, Double> valuesByName() {
    Map<String, Double> values = new HashMap<>();
    ACCESSORS.forEach((name, accessor) -> values.put(name, ((Number) invoke(accessor)).doubleValue()));
    values.putAll(addedValues());
    return Collections.unmodifiableMap(values);
  }

  /**
   * The values of the settings in force that a ratio to a national rate can be compared with, each
   * once, in ascending order: those of kind {@link Setting.Kind#NUMBER} with no highest value (the
   * default policy's {@code eligibilityRatio}, {@code hotSpotsRatio}, {@code technologyRatio} and
   * {@code gunViolenceMurderRatio}); shares, margins and weights have a highest value, counts and years
   * are not numbers. The advice's words print a site's ratios with enough decimals that they never
   * round onto or across one of them (1.9954 against 2 as "1.995"). Which rule compares which ratio
   * with which setting is in the rules' text, not here: a ratio near a setting no rule compares it with
   * gets a decimal more than it needs, never a false one; a ratio setting an author declares with a
   * highest value is not among them.
   */
  @Value.Lazy
  public List<Double> ratioThresholds() {
    Map<String, Double> values = valuesByName();
    return List.copyOf(declared().stream()
        .filter(setting -> setting.kind() == Setting.Kind.NUMBER && setting.highest() == Double.POSITIVE_INFINITY)
        .map(setting -> values.get(setting.name())).distinct().sorted().toList());
  }

  /**
   * Every setting in force: the default policy's as {@code default-policy.properties} declares them,
   * then those an author's settings file added, each with its kind, range and meaning.
   */
  public final List<Setting> declared() {
    List<Setting> all = new ArrayList<>(DECLARED.values());
    all.addAll(addedSettings());
    return List.copyOf(all);
  }

  /** The default policy's settings as {@code default-policy.properties} declares them, in its order. */
  public static List<Setting> declarations() {
    return List.copyOf(DECLARED.values());
  }

  /**
   * These settings with some replaced by {@code overrides}, whose keys are setting names such as
   * {@code eligibilityRatio}.
   *
   * @throws InvalidValueException with a problem for every unknown key and every value that is not a
   *     number in its setting's range, at the setting's name
   */
  public final PolicySettings withOverrides(Properties overrides) {
    Map<String, String> values = new TreeMap<>(asMap());
    values.putAll(trimmed(overrides));
    return fromMap(values, addedSettings());
  }

  /** Every setting by name, as text. */
  public final Map<String, String> asMap() {
    Map<String, String> map = new TreeMap<>();
    ACCESSORS.forEach((name, accessor) -> map.put(name, String.valueOf(invoke(accessor))));
    addedSettings().forEach(s -> map.put(s.name(), text(s, addedValues().get(s.name()))));
    return map;
  }

  /**
   * Every setting in its range, the immigration years in order, and each added setting declared once,
   * under a name of its own, with a value.
   *
   * @throws InvalidValueException with a problem for each setting that is not, at its name when its
   *     message follows the name ({@code hotSpotsRatio}: {@code must be > 0 but was 0})
   */
  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    ACCESSORS.forEach((name, accessor) -> {
      double value = ((Number) invoke(accessor)).doubleValue();
      Setting setting = DECLARED.get(name);
      if (!setting.accepts(value)) {
        problems.add(Problem.atPath(name, "must be " + setting.rangeWithKind() + " but was " + invoke(accessor)));
      }
    });
    Set<String> seen = new HashSet<>();
    for (Setting added : addedSettings()) {
      Double value = addedValues().get(added.name());
      if (DECLARED.containsKey(added.name()) || !seen.add(added.name())) {
        problems.add(Problem.atPath("", "setting " + added.name() + " is declared twice"));
      } else if (value == null) {
        problems.add(Problem.atPath("", "setting " + added.name() + " has no value"));
      } else if (!added.accepts(value)) {
        problems.add(Problem.atPath(added.name(), "must be " + added.rangeWithKind() + " but was " + text(added, value)));
      }
    }
    addedValues().keySet().stream().filter(name -> !seen.contains(name) && !DECLARED.containsKey(name))
        .forEach(name -> problems.add(Problem.atPath("", "setting " + name + " has a value but no declaration")));
    if (immigrationCooperationFirstYear() > immigrationCooperationLastYear()) {
      problems.add(Problem.atPath(FIRST_YEAR, "must be at most " + LAST_YEAR + " (" + immigrationCooperationLastYear()
          + ") but was " + immigrationCooperationFirstYear()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(TYPE, problems);
    }
  }

  /** The settings that bound the years of the immigration-cooperation criterion, which must be in order. */
  private static final String FIRST_YEAR = "immigrationCooperationFirstYear";
  private static final String LAST_YEAR = "immigrationCooperationLastYear";

  /** What problems with settings say could not be made ({@link InvalidValueException#type()}). */
  private static final String TYPE = "PolicySettings";

  /** The largest settings file {@link #read(Path)} reads. */
  public static final int MAX_FILE_BYTES = 64 * 1024;

  /**
   * The defaults with the settings of a {@code .properties}-style file replaced: one {@code
   * name=value} (or {@code name: value}) a line, {@code #} or {@code !} comments, UTF-8, no line
   * continuations. A line {@code # range: ...} declares a new setting on the next line ({@link
   * Setting}), which rules then read as {@code settings.value("name")}.
   *
   * @throws InvalidValueException with a problem at the file's line, and at the setting's name, for
   *     every unknown or repeated name, every value that is not a number in the setting's range, and
   *     every declaration that is not a range or declares a default setting again
   * @throws IOException if the file cannot be read or is larger than {@link #MAX_FILE_BYTES}
   */
  public static PolicySettings read(Path file) throws IOException {
    String text = BoundedText.read(file, new BoundedText.Limit("a settings file", MAX_FILE_BYTES));
    Map<String, String> values = new TreeMap<>(defaults().asMap());
    Map<String, Integer> lineOf = new TreeMap<>();
    List<Setting> added = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String fileName = file.toString();
    for (SettingsText.Entry entry : SettingsText.entries(text)) {
      String name = entry.name();
      String value = entry.value();
      Setting setting = DECLARED.get(name);
      if (entry.range() != null) {
        Optional<Setting> declaration = entry.declaration();
        if (setting != null) {
          problems.add(Problem.inFile(fileName, entry.rangeLine(), 0, name + " is a setting of the default policy, declared "
              + "there as " + setting.kind().words() + " " + setting.range() + "; remove this range line to set its value").about(name));
          continue;
        } else if (declaration.isEmpty()) {
          problems.add(Problem.inFile(fileName, entry.rangeLine(), 0, "\"" + entry.range() + "\" is no range for setting "
              + name + "; write it as " + Setting.howToDeclare()).about(name));
          continue;
        } else if (!lineOf.containsKey(name)) {
          setting = declaration.get();
          added.add(setting);
        }
      } else if (setting == null) {
        setting = added.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
      }
      if (lineOf.containsKey(name)) {
        problems.add(Problem.inFile(fileName, entry.line(), 0, name + " is set again (first on line " + lineOf.get(name) + ")").about(name));
      } else if (setting == null) {
        List<String> names = new ArrayList<>(names());
        added.forEach(s -> names.add(s.name()));
        String nearest = nearest(name, names);
        problems.add(Problem.inFile(fileName, entry.line(), 0, "unknown setting \"" + name + "\"" + nearest
            + (nearest.startsWith("; did you mean") ? "" : "; to add a setting, declare it on the line above: "
                + Setting.howToDeclare())).about(name));
      } else {
        lineOf.put(name, entry.line());
        setting.problem(value).ifPresent(problem -> problems.add(inLine(fileName, entry.line(), problem)));
        values.put(name, value);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(TYPE, problems);
    }
    try {
      return fromMap(values, added);
    } catch (InvalidValueException e) {
      // Each value is in its range; what is left is a rule between two settings, such as the years: said at
      // the line of the setting named, or of the other one when the file gives only that.
      throw new InvalidValueException(TYPE, e.problems().stream()
          .map(p -> inLine(fileName, lineOf.getOrDefault(p.path(), lineOf.getOrDefault(partner(p.path()), 0)), p))
          .toList());
    }
  }

  /** The setting that a rule between two settings ties {@code name} to: the last immigration year to the first. */
  private static String partner(String name) {
    return name.equals(FIRST_YEAR) ? LAST_YEAR : "";
  }

  /** The problem of a setting's value, placed at {@code line} of {@code file}: the setting's name leads its message. */
  private static Problem inLine(String file, int line, Problem problem) {
    return problem.path().isEmpty() ? Problem.inFile(file, line, 0, problem.message())
        : Problem.inFile(file, line, 0, problem.path() + " " + problem.message()).about(problem.path());
  }

  /** ", did you mean \"x\"?" for the setting nearest to {@code name}, or the list of settings when none is near. */
  private static String nearest(String name, List<String> names) {
    List<String> near = Spelling.nearest(name, names);
    return near.isEmpty() ? "; the settings are " + String.join(", ", names) : "; did you mean \"" + near.get(0) + "\"?";
  }

  /** The default policy's setting names, in name order. */
  private static List<String> names() {
    return List.copyOf(ACCESSORS.keySet());
  }

  private Object invoke(Method accessor) {
    try {
      return accessor.invoke(this);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read setting " + accessor.getName(), e);
    }
  }

  private static String text(Setting setting, Double value) {
    return value == null ? "null" : setting.kind() == Setting.Kind.NUMBER ? String.valueOf(value) : String.valueOf(value.intValue());
  }

  /** The abstract number accessors of this class, the default policy's settings, by name. */
  private static final Map<String, Method> ACCESSORS = accessors();

  /**
   * The default policy's settings as its file declares them, in the file's order: read before the
   * values, so that a missing or wrong declaration says so rather than failing on a value.
   */
  private static final Map<String, Setting> DECLARED = declarationsOfDefaults();

  private static Map<String, Method> accessors() {
    Map<String, Method> accessors = new TreeMap<>();
    Arrays.stream(PolicySettings.class.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0
            && (m.getReturnType() == double.class || m.getReturnType() == int.class))
        .forEach(m -> accessors.put(m.getName(), m));
    return Collections.unmodifiableMap(accessors);
  }

  private static Map<String, Setting> declarationsOfDefaults() {
    Map<String, Setting> declared = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (SettingsText.Entry entry : SettingsText.entries(defaultsText())) {
      Optional<Setting> setting = entry.declaration();
      if (setting.isEmpty()) {
        problems.add(DEFAULTS_RESOURCE + ":" + entry.line() + ": setting " + entry.name() + " has no range line above it ("
            + Setting.howToDeclare() + ")");
      } else if (!ACCESSORS.containsKey(entry.name())) {
        problems.add(DEFAULTS_RESOURCE + ":" + entry.line() + ": setting " + entry.name()
            + " has no accessor in PolicySettings");
      } else {
        Method accessor = ACCESSORS.get(entry.name());
        if ((accessor.getReturnType() == int.class) == (setting.get().kind() == Setting.Kind.NUMBER)) {
          problems.add(DEFAULTS_RESOURCE + ":" + entry.line() + ": setting " + entry.name() + " is declared as "
              + setting.get().kind().words() + " but its accessor returns " + accessor.getReturnType());
        }
        declared.put(entry.name(), setting.get());
      }
    }
    ACCESSORS.keySet().stream().filter(name -> !declared.containsKey(name))
        .forEach(name -> problems.add(DEFAULTS_RESOURCE + ": setting " + name + " is not declared"));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("\n", problems));
    }
    return Collections.unmodifiableMap(declared);
  }

  private static String defaultsText() {
    try (InputStream in = PolicySettings.class.getResourceAsStream("/org/psp/rules/" + DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULTS_RESOURCE, e);
    }
  }

  private static Map<String, String> trimmed(Properties properties) {
    Map<String, String> values = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).trim()));
    return values;
  }

  private static PolicySettings fromMap(Map<String, String> values, List<Setting> added) {
    Builder builder = builder();
    builder.addAllAddedSettings(added);
    List<Problem> problems = new ArrayList<>();
    Map<String, Setting> addedByName = new TreeMap<>();
    added.forEach(s -> addedByName.put(s.name(), s));
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String name = entry.getKey();
      Setting setting = addedByName.get(name);
      if (setting != null) {
        Optional<Problem> problem = setting.problem(entry.getValue());
        if (problem.isPresent()) {
          problems.add(problem.get());
        } else {
          builder.putAddedValue(name, setting.parse(entry.getValue()).doubleValue());
        }
      } else if (!ACCESSORS.containsKey(name)) {
        problems.add(Problem.atPath("", "unknown setting \"" + name + "\"" + nearest(name, names())));
      }
    }
    ACCESSORS.forEach((name, accessor) -> {
      String text = values.get(name);
      if (text == null) {
        problems.add(Problem.atPath("", "setting " + name + " is missing"));
        return;
      }
      Setting setting = DECLARED.get(name);
      Number value;
      try {
        value = setting.kind() == Setting.Kind.NUMBER ? (Number) Double.parseDouble(text) : (Number) Integer.parseInt(text);
      } catch (NumberFormatException e) {
        problems.add(Problem.atPath(name, "must be " + setting.kind().words() + " but was \"" + text + "\""));
        return;
      }
      try {
        Builder.class.getMethod(name, accessor.getReturnType()).invoke(builder, value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot set setting " + name, e);
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidValueException(TYPE, problems);
    }
    return builder.build();
  }

  /** Holds the defaults, read once on first use. */
  private static final class Defaults {
    static final PolicySettings SETTINGS = read();

    private static PolicySettings read() {
      Map<String, String> values = new TreeMap<>();
      SettingsText.entries(defaultsText()).forEach(entry -> values.put(entry.name(), entry.value()));
      return fromMap(values, List.of());
    }
  }
}
