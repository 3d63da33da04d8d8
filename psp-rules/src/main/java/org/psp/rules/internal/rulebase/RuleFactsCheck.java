package org.psp.rules.internal.rulebase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.psp.model.Problem;
import org.psp.model.Strategy;
import org.psp.rules.internal.spelling.Spelling;

/**
 * Checks what a rule says of itself, {@code @proposes(...)} and {@code @reads(...)} ({@link
 * RuleMetadata}), against what it does: the strategies its consequence proposes and the settings its
 * text names. A rule that proposes a strategy its {@code @proposes} does not name, or names one it
 * never proposes, is an error at the line of each; so is the same for {@code @reads}, a name that is
 * no strategy or no setting, and a key given twice. A rule that proposes or reads without saying so
 * (no {@code @proposes} or no {@code @reads} at all) is a warning that writes the line to add: its
 * catalog entry then takes what the text says, so that rule files written before the metadata keep
 * working.
 *
 * <p>The text is read here, not the compiled rule, because the problems need lines and columns and
 * a compiled consequence has none; the catalog reads the compiled rule's metadata ({@code
 * RuleCatalog}), and a test holds that both read the same.
 */
public final class RuleFactsCheck {

  /**
   * What a rule's text does, each at the line of its first place in the file.
   *
   * @param proposed the strategies its consequence proposes as {@code Strategy.X}, each at its name
   * @param interventionLine the line of a proposal of a matched intervention's strategy, 0 if none
   * @param settingsRead the settings it names, each at its first place
   * @param undeclaredReads the settings it reads by name, {@code settings.value("x")}, that no settings
   *     file declares: each already a problem at its place
   * @param keys where each metadata key is written, {@code @proposes} at its {@code @}
   * @param namedIn where each name in a metadata key's parentheses is written, by key
   */
  record Done(Map<Strategy, Place> proposed, int interventionLine, Map<String, Place> settingsRead,
      Set<String> undeclaredReads, Map<String, Place> keys, Map<String, Map<String, Place>> namedIn) {

    /** Where {@code name} is written in the parentheses of {@code key}, else {@code keyPlace}, where the key is. */
    Place named(String key, String name, Place keyPlace) {
      return namedIn.getOrDefault(key, Map.of()).getOrDefault(name, keyPlace);
    }
  }

  /** A line and a column, from 1. */
  record Place(int line, int column) {}

  /** What a rule's metadata says, each if the rule has the key: what the catalog lists when it does. */
  record Declared(Optional<Set<Strategy>> proposes, Optional<Set<String>> reads) {}

  /** What the warning of a rule without metadata says after the rule's name. */
  private static final String MISSING_METADATA = " does not say what it ";

  private RuleFactsCheck() {}

  /** Whether {@code problem} is the warning of a rule that proposes or reads without saying so. */
  public static boolean isMissingMetadata(Problem problem) {
    return !problem.isError() && problem.message().startsWith("rule \"") && problem.message().contains(MISSING_METADATA)
        && problem.message().endsWith("meanwhile the catalog of rules takes it from the rule's text");
  }

  /**
   * Checks {@code rule}, of {@code file}, whose text does {@code done}, against its metadata, where
   * {@code settingNames} are the settings in force; adds each problem to {@code problems}.
   */
  static Declared check(String file, RuleDescr rule, Done done, Collection<String> settingNames,
      List<Problem> problems) {
    AnnotationDescr proposes = rule.getAnnotation(RuleMetadata.PROPOSES);
    AnnotationDescr reads = rule.getAnnotation(RuleMetadata.READS);
    misspeltKeys(file, rule, done.keys(), problems);
    RuleMetadata declared = RuleMetadata.of(
        Optional.ofNullable(proposes).map(a -> RuleMetadata.names(a.hasValue() ? a.getValueMap() : null)),
        Optional.ofNullable(reads).map(a -> RuleMetadata.names(a.hasValue() ? a.getValueMap() : null)));
    String name = "rule \"" + rule.getName() + "\"";
    List<String> toWrite = new ArrayList<>();

    Set<Strategy> proposed = EnumSet.noneOf(Strategy.class);
    proposed.addAll(done.proposed().keySet());
    if (proposes == null) {
      List<String> names = new ArrayList<>(proposed.stream().map(Strategy::name).toList());
      if (done.interventionLine() > 0) {
        names.add(RuleMetadata.ANY);
      }
      if (!names.isEmpty()) {
        toWrite.add("@" + RuleMetadata.PROPOSES + "(" + String.join(", ", names) + ")");
      }
    } else {
      Place place = placeOf(RuleMetadata.PROPOSES, done, rule);
      int line = place.line();
      int column = place.column();
      String written = "@" + RuleMetadata.PROPOSES + "(" + String.join(", ", RuleMetadata.names(
          proposes.hasValue() ? proposes.getValueMap() : null)) + ")";
      if (proposes.isDuplicated()) {
        problems.add(Problem.inFile(file, line, column, name + " has @" + RuleMetadata.PROPOSES + " more than once; write it "
            + "once, with every strategy the rule can propose, separated by commas: @proposes(FOCUSED_DETERRENCE, REENTRY)"));
      }
      for (String unknown : declared.unknownStrategies()) {
        List<String> near = Spelling.nearest(unknown, EnumSet.allOf(Strategy.class).stream().map(Strategy::name).toList());
        Place at = done.named(RuleMetadata.PROPOSES, unknown, place);
        problems.add(Problem.inFile(file, at.line(), at.column(), name + ": " + written + " names \"" + unknown
            + "\", which is no strategy" + (near.isEmpty() ? "; the strategies are the constants of org.psp.model.Strategy, "
            + "or ANY for a rule that proposes a matched intervention's strategy" : "; did you mean " + near.get(0) + "?")));
      }
      Set<Strategy> named = EnumSet.noneOf(Strategy.class);
      if (!declared.proposesAny()) {
        named.addAll(declared.proposes().orElseThrow());
        done.proposed().forEach((strategy, at) -> {
          if (!named.contains(strategy)) {
            problems.add(Problem.inFile(file, at.line(), at.column(), name + " proposes " + strategy + " here, but its " + written
                + " (line " + line + ") does not name it: add " + strategy + " to @" + RuleMetadata.PROPOSES
                + ", so that the catalog of rules, explain and the data gaps know the rule can propose it"));
          }
        });
        if (done.interventionLine() > 0) {
          problems.add(Problem.inFile(file, done.interventionLine(), 1, name + " proposes the strategy of an intervention it "
              + "matched here, which can be any strategy, but its " + written + " (line " + line + ") does not say so: write @"
              + RuleMetadata.PROPOSES + "(" + RuleMetadata.ANY + ")"));
        }
      } else if (done.interventionLine() == 0) {
        problems.add(Problem.inFile(file, line, column, name + " declares " + written + ", which is for a rule that proposes "
            + "the strategy of an intervention it matched (new Proposal( $a, $i, ... ) with $i : Intervention( ... )), but "
            + "its consequence proposes none: name the strategies it proposes instead"
            + (proposed.isEmpty() ? "" : ", @" + RuleMetadata.PROPOSES + "(" + String.join(", ",
                proposed.stream().map(Strategy::name).toList()) + ")")));
      }
      for (Strategy strategy : named) {
        if (!proposed.contains(strategy)) {
          Place at = done.named(RuleMetadata.PROPOSES, strategy.name(), place);
          problems.add(Problem.inFile(file, at.line(), at.column(), name + " declares " + written + ", but its consequence never "
              + "proposes " + strategy + " (no new Proposal( $a, Strategy." + strategy + ", ... )): remove " + strategy
              + " from @" + RuleMetadata.PROPOSES + ", or propose it"));
        }
      }
    }

    if (reads == null) {
      if (!done.settingsRead().isEmpty()) {
        toWrite.add("@" + RuleMetadata.READS + "(" + String.join(", ", done.settingsRead().keySet()) + ")");
      }
    } else {
      Place place = placeOf(RuleMetadata.READS, done, rule);
      int line = place.line();
      int column = place.column();
      Set<String> named = new LinkedHashSet<>(RuleMetadata.names(reads.hasValue() ? reads.getValueMap() : null));
      String written = "@" + RuleMetadata.READS + "(" + String.join(", ", named) + ")";
      if (reads.isDuplicated()) {
        problems.add(Problem.inFile(file, line, column, name + " has @" + RuleMetadata.READS + " more than once; write it "
            + "once, with every setting the rule reads, separated by commas: @reads(hotSpotsRatio, technologyRatio)"));
      }
      for (String setting : named) {
        if (done.undeclaredReads().contains(setting)) {
          continue; // said where the rule reads it
        }
        Place at = done.named(RuleMetadata.READS, setting, place);
        if (!settingNames.contains(setting)) {
          List<String> near = Spelling.nearest(setting, settingNames);
          problems.add(Problem.inFile(file, at.line(), at.column(), name + ": " + written + " names \"" + setting
              + "\", which is no setting" + (near.isEmpty() ? "; the settings in force are " + inForce(settingNames)
              + "; a new setting is declared in the settings file given with the rules (--settings)"
              : "; did you mean " + near.get(0) + "?")));
        } else if (!done.settingsRead().containsKey(setting)) {
          problems.add(Problem.inFile(file, at.line(), at.column(), name + " declares " + written + ", but never reads " + setting
              + ": remove it from @" + RuleMetadata.READS + ", or read it"));
        }
      }
      done.settingsRead().forEach((setting, at) -> {
        if (!named.contains(setting)) {
          problems.add(Problem.inFile(file, at.line(), at.column(), name + " reads setting " + setting + " here, but its " + written
              + " (line " + line + ") does not name it: add " + setting + " to @" + RuleMetadata.READS
              + ", so that the catalog of rules lists it"));
        }
      });
    }

    if (!toWrite.isEmpty()) {
      problems.add(Problem.warningInFile(file, rule.getLine(), 1, name + MISSING_METADATA
          + (toWrite.size() == 2 ? "proposes and reads" : toWrite.get(0).startsWith("@" + RuleMetadata.PROPOSES) ? "proposes"
              : "reads") + ": write " + String.join(" ", toWrite) + " on the line under its name; meanwhile the catalog "
          + "of rules takes it from the rule's text"));
    }
    return new Declared(proposes == null ? Optional.empty() : declared.proposes(),
        reads == null ? Optional.empty() : declared.reads().map(r -> (Set<String>) new TreeSet<>(r)));
  }

  /** A warning for each key close to {@code proposes} or {@code reads} but not it: metadata that nobody reads. */
  private static void misspeltKeys(String file, RuleDescr rule, Map<String, Place> places, List<Problem> problems) {
    Set<String> keys = rule.getAnnotationNames();
    if (keys == null) {
      return;
    }
    List<String> ours = List.of(RuleMetadata.PROPOSES, RuleMetadata.READS);
    for (String key : new TreeSet<>(keys)) {
      if (ours.contains(key)) {
        continue;
      }
      String meant = ours.stream().filter(k -> k.equalsIgnoreCase(key)).findFirst()
          .orElse(Spelling.nearest(key, ours).stream().findFirst().orElse(null));
      if (meant != null) {
        Place place = places.getOrDefault(key, new Place(rule.getLine(), 1));
        problems.add(Problem.warningInFile(file, place.line(), place.column(), "rule \"" + rule.getName()
            + "\": @" + key + " is metadata nobody reads; did you mean @" + meant + "?"));
      }
    }
  }

  /** {@code settingNames}, the settings in force, in name order, separated by commas. */
  static String inForce(Collection<String> settingNames) {
    return String.join(", ", new TreeSet<>(settingNames));
  }

  /** Where the key is written in the rule, or its {@code rule} line when the text does not show it. */
  private static Place placeOf(String key, Done done, RuleDescr rule) {
    return done.keys().getOrDefault(key, new Place(rule.getLine(), 1));
  }
}
