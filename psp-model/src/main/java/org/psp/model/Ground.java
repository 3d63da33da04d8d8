package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One ground a rule gave for what it decided, as structure: a figure against a setting, the violent
 * crime rate against the nation's, a condition or capability with what the record says of it, the
 * year a site joined, an intervention it carries out, and so on. A proposal, a mode, a rank score and
 * an eligibility criterion each carry their grounds; {@link org.psp.model.words.Phrases} is the one
 * place that turns them into English, for every writer (text, JSON, HTML) and explanation alike.
 * These values hold no words of their own, except {@link Words}: a rule author's own, as written.
 *
 * <p>Rules build grounds with {@code org.psp.rules.facts.Because}, which reads the numbers from the
 * site's assessment and the settings, so that a rule names what it relied on and never repeats it.
 */
public sealed interface Ground {

  /**
   * The FBI's flags on the figures of a year this ground quotes (see {@link DataNote#on}), in order;
   * none for a ground that quotes no figure of a flagged year.
   */
  default List<DataNote> flags() {
    return List.of();
  }

  /**
   * The site's violent crime rate in {@code year} against the national rate of that year (R in the
   * policy), with the FBI's flags on that year's figures and the thresholds the ratio is read against.
   *
   * @param year the year advised
   * @param rate the site's violent crime rate per 100,000
   * @param nationalRate the national rate per 100,000 of that year, above 0
   * @param thresholds the numbers the policy in force may compare the ratio with (its settings that are
   *     unbounded numbers): the words print the ratio with enough decimals that it never rounds onto or across one
   *     of them (1.9954 against 2 as "1.995", not "2.00"); empty for none
   * @param flags the FBI's flags on the year that concern the rate (see {@link DataNote#on}), in order
   */
  record NationalRatio(int year, double rate, double nationalRate, List<Double> thresholds, List<DataNote> flags)
      implements Ground {
    /** Checks the rates are finite and the national one above 0, and copies the lists. */
    public NationalRatio {
      checkArgument(Double.isFinite(rate) && rate >= 0, "rate must be a finite number >= 0 but was %s", rate);
      checkArgument(Double.isFinite(nationalRate) && nationalRate > 0, "nationalRate must be above 0 but was %s", nationalRate);
      thresholds = checkedThresholds(thresholds);
      flags = List.copyOf(checkNotNull(flags, "flags"));
    }

    /** The rate against the national rate, with no thresholds and no flags. */
    public NationalRatio(int year, double rate, double nationalRate) {
      this(year, rate, nationalRate, List.of(), List.of());
    }

    /** The rate over the national rate. */
    public double ratio() {
      return rate / nationalRate;
    }
  }

  /**
   * The site's murder rate standing in for a figure the year does not give (the firearm share, in
   * the default policy), against the national murder rate (M in the policy).
   *
   * @param missing the key of the figure the year does not give, e.g. "firearmShare"
   * @param year the year advised
   * @param murderRate the site's murders per 100,000 in that year
   * @param nationalMurderRate the national murder rate of that year; empty when the table has none
   * @param thresholds the numbers the policy in force may compare the ratio with, as for {@link
   *     NationalRatio#thresholds()}
   * @param flags the FBI's flags on the year that concern the murder rate, in order
   */
  record MurderRateStandsIn(String missing, int year, double murderRate, OptionalDouble nationalMurderRate,
      List<Double> thresholds, List<DataNote> flags) implements Ground {
    /** Checks every part is given and the rates finite numbers, 0 or more; copies the lists. */
    public MurderRateStandsIn {
      checkNotNull(missing, "missing");
      checkNotNull(nationalMurderRate, "nationalMurderRate");
      checkArgument(!missing.isBlank(), "missing (the figure the murder rate stands in for) must not be blank but was \"%s\"",
          missing);
      checkArgument(Double.isFinite(murderRate) && murderRate >= 0,
          "murderRate standing in for %s must be a finite number >= 0 but was %s", missing, murderRate);
      checkArgument(nationalMurderRate.isEmpty() || Double.isFinite(nationalMurderRate.getAsDouble())
          && nationalMurderRate.getAsDouble() >= 0,
          "nationalMurderRate must be a finite number >= 0 but was %s", nationalMurderRate);
      thresholds = checkedThresholds(thresholds);
      flags = List.copyOf(checkNotNull(flags, "flags"));
    }

    /** The murder rate standing in, with no thresholds and no flags. */
    public MurderRateStandsIn(String missing, int year, double murderRate, OptionalDouble nationalMurderRate) {
      this(missing, year, murderRate, nationalMurderRate, List.of(), List.of());
    }

    /** The murder rate over the national one; empty without a national murder rate. */
    public OptionalDouble murderRatio() {
      return nationalMurderRate.isPresent() && nationalMurderRate.getAsDouble() > 0
          ? OptionalDouble.of(murderRate / nationalMurderRate.getAsDouble()) : OptionalDouble.empty();
    }
  }

  /**
   * A figure of the site as it is, with no setting: for a rule of an author's own that compares it
   * with a number written in the rule.
   *
   * @param figure the figure's name as a condition writes it, e.g. "gangShare"
   * @param value the site's value; empty when the year does not give it
   * @param year the year advised
   * @param flags the FBI's flags on the year that concern the figure (see {@link DataNote#on}), in order
   */
  record FigureValue(String figure, OptionalDouble value, int year, List<DataNote> flags) implements Ground {
    /** Checks every part is given, the figure named and its value, when given, a finite number; copies the flags. */
    public FigureValue {
      checkNotNull(figure, "figure");
      checkNotNull(value, "value");
      checkArgument(!figure.isBlank(), "figure must not be blank but was \"%s\"", figure);
      checkArgument(value.isEmpty() || Double.isFinite(value.getAsDouble()),
          "value of %s must be a finite number but was %s", figure, value);
      flags = List.copyOf(checkNotNull(flags, "flags"));
    }

    /** The figure as it is, with no flags. */
    public FigureValue(String figure, OptionalDouble value, int year) {
      this(figure, value, year, List.of());
    }
  }

  /** How a rule compares a figure with its setting. */
  enum Comparison {
    /** The figure must be at least the setting: {@code firearmShare >= 0.4}. */
    AT_LEAST,
    /** The figure must be below the setting: {@code homicideClearanceRate < 0.5}. */
    BELOW
  }

  /**
   * A figure against the setting a rule compared it with: what a rule that compares a figure with a
   * threshold relied on, and what the ranking weighs as need (how far beyond the threshold it is).
   *
   * @param figure the figure's name as a condition writes it, e.g. "firearmShare", "nationalRatio"
   * @param value the site's value; empty when the year does not give it (then it meets no setting)
   * @param setting the setting's name, e.g. "federalProsecutionFirearmShare"
   * @param threshold the setting's value in force, 0 or more
   * @param comparison whether the figure must be at least the setting or below it
   * @param defaultThreshold the setting's value in the default policy; empty for a setting the default
   *     policy does not have (a rule author's own) or when the builder of the ground did not say. Where it
   *     differs from {@code threshold}, settings of this run replaced it, and the words never call the
   *     threshold the library's default
   * @param flags the FBI's flags on the year that concern the figure (see {@link DataNote#on}), in order
   */
  record FigureAgainstSetting(String figure, OptionalDouble value, String setting, double threshold, Comparison comparison,
      OptionalDouble defaultThreshold, List<DataNote> flags) implements Ground {
    /** Checks every part is given, the numbers finite and the thresholds not negative; copies the flags. */
    public FigureAgainstSetting {
      checkNotNull(figure, "figure");
      checkNotNull(value, "value");
      checkNotNull(setting, "setting");
      checkNotNull(comparison, "comparison");
      checkNotNull(defaultThreshold, "defaultThreshold");
      checkArgument(!figure.isBlank(), "figure must not be blank but was \"%s\"", figure);
      checkArgument(!setting.isBlank(), "setting of %s must not be blank but was \"%s\"", figure, setting);
      checkArgument(value.isEmpty() || Double.isFinite(value.getAsDouble()),
          "value of %s must be a finite number but was %s", figure, value);
      checkArgument(Double.isFinite(threshold) && threshold >= 0,
          "threshold %s of %s must be a finite number >= 0 but was %s", setting, figure, threshold);
      checkArgument(defaultThreshold.isEmpty() || Double.isFinite(defaultThreshold.getAsDouble())
          && defaultThreshold.getAsDouble() >= 0,
          "default of threshold %s of %s must be a finite number >= 0 but was %s", setting, figure, defaultThreshold);
      flags = List.copyOf(checkNotNull(flags, "flags"));
    }

    /** The figure against a setting whose default is not said, with no flags. */
    public FigureAgainstSetting(String figure, OptionalDouble value, String setting, double threshold, Comparison comparison) {
      this(figure, value, setting, threshold, comparison, OptionalDouble.empty(), List.of());
    }

    /** Whether the threshold is the setting's value in the default policy: the setting is known and this run kept it. */
    public boolean isDefault() {
      return defaultThreshold.isPresent() && defaultThreshold.getAsDouble() == threshold;
    }

    /** Whether the figure is given and meets the setting. */
    public boolean holds() {
      if (value.isEmpty()) {
        return false;
      }
      return comparison == Comparison.AT_LEAST ? value.getAsDouble() >= threshold : value.getAsDouble() < threshold;
    }

    /**
     * How far the value is beyond the threshold, relative to it: 0 at the threshold, 1 at twice it
     * (for {@code BELOW}: 1 at 0); never negative, 0 for a missing value. A threshold of 0 (a setting
     * at the end of its range) has no scale: the distance is then taken as it is.
     */
    public double excess() {
      if (value.isEmpty()) {
        return 0;
      }
      double beyond = comparison == Comparison.BELOW ? threshold - value.getAsDouble() : value.getAsDouble() - threshold;
      return Math.max(0, threshold > 0 ? beyond / threshold : beyond);
    }

    /**
     * The need, from 0 (at the threshold) towards 1 (far beyond it): {@code excess / (1 + excess)},
     * ½ at twice the threshold. Bounded, so that no one figure outweighs every other factor however far
     * it is.
     */
    public double need() {
      double excess = excess();
      return excess / (1 + excess);
    }
  }

  /**
   * A condition of the site and what the record says of it in {@code year}.
   *
   * @param condition the condition
   * @param status HOLDS, ABSENT (recorded as not holding) or NOT_ON_RECORD
   * @param year the year advised
   */
  record ConditionOnRecord(Condition condition, OnRecord status, int year) implements Ground {
    /** Checks every part is given. */
    public ConditionOnRecord {
      checkNotNull(condition, "condition");
      checkNotNull(status, "status");
    }
  }

  /**
   * A capability of the site and what the record says of it in {@code year}; when the site carries out
   * an ACTIVE intervention of {@code besides}, the capability is one it has (or lacks) beside it.
   *
   * @param capability the capability
   * @param status HOLDS, ABSENT (recorded as absent) or NOT_ON_RECORD
   * @param year the year advised
   * @param besides the strategy of an ACTIVE intervention the site carries out that year, if the rule
   *     said so
   */
  record CapabilityOnRecord(Capability capability, OnRecord status, int year, Optional<Strategy> besides)
      implements Ground {
    /** Checks every part is given. */
    public CapabilityOnRecord {
      checkNotNull(capability, "capability");
      checkNotNull(status, "status");
      checkNotNull(besides, "besides");
    }
  }

  /**
   * What is not on record for a strategy's mode in {@code year}: the capabilities that would make it
   * STRENGTHEN and whether the site carries out an ACTIVE intervention of it.
   *
   * @param strategy the strategy
   * @param capabilities the capabilities not on record that year, in the rule's order
   * @param intervention whether an ACTIVE intervention of the strategy is not on record that year
   * @param year the year advised
   */
  record NotOnRecordFor(Strategy strategy, List<Capability> capabilities, boolean intervention, int year)
      implements Ground {
    /** Checks every part is given and copies the capabilities. */
    public NotOnRecordFor {
      checkNotNull(strategy, "strategy");
      capabilities = List.copyOf(capabilities);
    }
  }

  /**
   * An agency that works with the site in {@code year}.
   *
   * @param agency the partner agency
   * @param year the year advised
   */
  record PartnerWorks(Agency agency, int year) implements Ground {
    /** Checks the agency is given. */
    public PartnerWorks {
      checkNotNull(agency, "agency");
    }
  }

  /**
   * What kind of site it is: a city, a county, or a region spanning several agencies.
   *
   * @param kind the kind
   */
  record KindOfSite(SiteKind kind) implements Ground {
    /** Checks the kind is given. */
    public KindOfSite {
      checkNotNull(kind, "kind");
    }
  }

  /**
   * The year the site joined PSP for its current run of engagements.
   *
   * @param year the cohort
   */
  record Joined(int year) implements Ground {}

  /**
   * An intervention the site carries out, ACTIVE in the year advised, kept in the advice because the
   * program strengthens what a site already does; with its review, the change since it began.
   *
   * @param intervention the intervention
   * @param year the year advised
   * @param review its review, when it has a {@code since} year
   */
  record InterventionKept(Intervention intervention, int year, Optional<InterventionReview> review) implements Ground {
    /** Checks every part is given. */
    public InterventionKept {
      checkNotNull(intervention, "intervention");
      checkNotNull(review, "review");
    }
  }

  /**
   * The site has an ACTIVE intervention of {@code strategy} in the year advised: an effort to
   * strengthen.
   *
   * @param strategy the strategy
   * @param since the year it began, if on record
   */
  record ActiveIntervention(Strategy strategy, OptionalInt since) implements Ground {
    /** Checks every part is given. */
    public ActiveIntervention {
      checkNotNull(strategy, "strategy");
      checkNotNull(since, "since");
    }
  }

  /**
   * Another strategy recommended beside this one: an enforcement strategy that prevention accompanies.
   *
   * @param strategy the strategy recommended
   */
  record Accompanies(Strategy strategy) implements Ground {
    /** Checks the strategy is given. */
    public Accompanies {
      checkNotNull(strategy, "strategy");
    }
  }

  /** What a strategy is for, in the default policy's words (see {@link Aim}). */
  enum Purpose {
    /** Prevention and outreach must accompany enforcement. */
    PREVENTION_WITH_ENFORCEMENT,
    /** Building trust between the community and law enforcement. */
    BUILDING_TRUST,
    /** People prosecuted and removed must return to opportunity. */
    RETURN_TO_OPPORTUNITY,
    /** Treatment and city services, not only enforcement. */
    TREATMENT_NOT_ONLY_ENFORCEMENT,
    /** A small site gains most from help with federal grants. */
    SMALL_SITE_GRANTS,
    /** An engaged site can learn from its peer sites. */
    LEARNING_FROM_PEERS
  }

  /**
   * What the recommended strategy is for, beside the facts that brought it.
   *
   * @param purpose the purpose
   */
  record Aim(Purpose purpose) implements Ground {
    /** Checks the purpose is given. */
    public Aim {
      checkNotNull(purpose, "purpose");
    }
  }

  /**
   * The site's leadership and its commitment to reducing violent crime.
   *
   * @param committed whether it is committed (a commitment nobody recorded counts as given)
   * @param recorded whether someone recorded it
   */
  record Commitment(boolean committed, boolean recorded) implements Ground {}

  /**
   * A criterion that applies only in some years: the year advised falls within them.
   *
   * @param year the year advised
   * @param firstYear the first year it applies
   * @param lastYear the last year it applies, not before {@code firstYear}
   */
  record RequiredIn(int year, int firstYear, int lastYear) implements Ground {
    /** Checks the years it applies run forwards. */
    public RequiredIn {
      checkArgument(firstYear <= lastYear, "firstYear %s of a criterion required in some years must not be after its "
          + "lastYear %s", firstYear, lastYear);
    }
  }

  /**
   * How an engaged site has fared since it joined PSP, as a rule placed its recommendations for it.
   *
   * @param outcome the site's outcome in the year advised
   */
  record Fared(Outcome outcome) implements Ground {
    /** Checks the outcome is given. */
    public Fared {
      checkNotNull(outcome, "outcome");
    }
  }

  /**
   * The evidence behind a strategy, as the ranking weighed it: the summary's strength less a penalty
   * for each null finding.
   *
   * @param summary the summary of the bundled evidence table for the strategy
   * @param nullFindingPenalty the points taken off for each null finding
   */
  record EvidenceWeighed(EvidenceTable.Summary summary, double nullFindingPenalty) implements Ground {
    /** Checks the summary is given. */
    public EvidenceWeighed {
      checkNotNull(summary, "summary");
    }
  }

  /**
   * What the ranking weighs as capacity: whether the site already has an effort of the strategy.
   *
   * @param strategy the strategy
   * @param capacity what the record says of the site's effort
   * @param year the year advised
   */
  record EffortOnRecord(Strategy strategy, Capacity capacity, int year) implements Ground {
    /** Checks every part is given. */
    public EffortOnRecord {
      checkNotNull(strategy, "strategy");
      checkNotNull(capacity, "capacity");
    }
  }

  /** What the record says of a site's effort of a strategy, for the ranking's capacity. */
  enum Capacity {
    /** The site reports a deficit that the strategy answers. */
    DEFICIT_REPORTED,
    /** The record says the site has no such effort: a new one (mode ESTABLISH). */
    RECORDED_ABSENT,
    /** Whether the site has such an effort is not on record (mode UNKNOWN). */
    NOT_ON_RECORD,
    /** The site already has an effort to strengthen (mode STRENGTHEN). */
    TO_STRENGTHEN
  }

  /**
   * A condition under which a strategy must be coordinated: e.g. enforcement under a consent decree.
   *
   * @param condition the condition
   * @param strategy the strategy to coordinate with it
   */
  record CoordinateWith(Condition condition, Strategy strategy) implements Ground {
    /** Checks every part is given. */
    public CoordinateWith {
      checkNotNull(condition, "condition");
      checkNotNull(strategy, "strategy");
    }
  }

  /**
   * A rule set the proposal's mode itself (with {@code modify}, or before inserting it) rather than
   * inserting a refinement that says why.
   *
   * @param mode the mode it set
   */
  record ModeSetByRule(Mode mode) implements Ground {
    /** Checks the mode is given. */
    public ModeSetByRule {
      checkNotNull(mode, "mode");
    }
  }

  /**
   * A rule author's own words, for a ground no other kind says, quoted as written. (The default
   * rules use none.)
   *
   * @param text the words, not blank
   */
  record Words(String text) implements Ground {
    /** Checks the words are given and not blank. */
    public Words {
      checkNotNull(text, "text");
      checkArgument(!text.isBlank(), "words of a ground must not be blank");
    }
  }

  /**
   * {@code thresholds} copied, each checked to be a finite number, 0 or more, as a setting's value is:
   * a NaN or a negative number would change how every ratio is rounded.
   */
  private static List<Double> checkedThresholds(List<Double> thresholds) {
    checkNotNull(thresholds, "thresholds");
    for (Double threshold : thresholds) {
      checkArgument(threshold != null && Double.isFinite(threshold) && threshold >= 0,
          "thresholds must be finite numbers >= 0 but were %s", thresholds);
    }
    return List.copyOf(thresholds);
  }
}
