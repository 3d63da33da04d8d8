package org.psp.rules.facts;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.DataNote;
import org.psp.model.DerivedFigure;
import org.psp.model.Ground;
import org.psp.model.Ground.Capacity;
import org.psp.model.Ground.Comparison;
import org.psp.model.Ground.Purpose;
import org.psp.model.Intervention;
import org.psp.model.InterventionReview;
import org.psp.model.Measure;
import org.psp.model.OnRecord;
import org.psp.model.Strategy;
import org.psp.rules.internal.spelling.Spelling;
import org.psp.rules.settings.PolicySettings;

/**
 * What a rule's consequence says it relied on: each method names one {@linkplain Ground ground} and
 * reads its numbers from the site's {@link Assessment} and the policy's settings, so that a rule says
 * which reason, never how to word it ({@link org.psp.model.words.Phrases} words every ground the same
 * way for the text, JSON and HTML advice and for {@code psp explain}). In a rule:
 *
 * <pre>{@code
 * insert( new Proposal( $a, Strategy.INVESTIGATIONS,
 *     Because.below( $a, "homicideClearanceRate", "investigationsClearanceRate" ) ) );
 * insert( new Proposal( $a, Strategy.FUGITIVE_APPREHENSION, Because.condition( $a, Condition.WARRANT_BACKLOG ) ) );
 * }</pre>
 *
 * <p>A figure and a setting are named as the rule's condition names them: any {@link Measure} (a figure
 * of a year, {@code firearmShare}, a figure of your own, or a derived one, {@code nationalRatio}, {@code
 * murderRatio}, {@code violentCrimeRate}, {@code population}, ...), and any setting, the default
 * policy's or one your settings file declares. {@code psp validate} checks each name a rule writes in
 * quotes here when it compiles the rule, and says the nearest known name. A rule of yours whose reason
 * none of these says can give it in words of its own, as written: {@code Because.words( "the site asked
 * for it" )}.
 */
public final class Because {

  private Because() {}

  /** The site's violent crime rate against the national rate of the year: "violent crime 1,811.4 per 100,000 in 2019, 4.94× the national 366.7". */
  public static Ground rate(Assessment a) {
    return new Ground.NationalRatio(a.getYear(), a.getViolentCrimeRate(), a.getNationalRate(), a.getSettings().ratioThresholds(),
        DataNote.on(a.getStatistics(), DerivedFigure.NATIONAL_RATIO));
  }

  /**
   * {@code figure} at least the setting {@code setting}: "70% of violent incidents involved a firearm (at
   * least 40%)". The ranking weighs how far beyond it the figure is as need.
   *
   * @throws IllegalArgumentException if no figure or setting has that name
   */
  public static Ground.FigureAgainstSetting atLeast(Assessment a, String figure, String setting) {
    return against(a, figure, setting, Comparison.AT_LEAST);
  }

  /**
   * {@code figure} below the setting {@code setting}: "30% of homicides cleared (below 50%)".
   *
   * @throws IllegalArgumentException if no figure or setting has that name
   */
  public static Ground.FigureAgainstSetting below(Assessment a, String figure, String setting) {
    return against(a, figure, setting, Comparison.BELOW);
  }

  /** {@code figure} against {@code setting}, with the setting's default and the year's FBI flags on the figure. */
  private static Ground.FigureAgainstSetting against(Assessment a, String figure, String setting, Comparison comparison) {
    Measure measure = measure(figure);
    return new Ground.FigureAgainstSetting(figure, a.value(measure), setting, a.getSettings().value(setting), comparison,
        DefaultSettings.valueOf(setting), DataNote.on(a.getStatistics(), measure));
  }

  /** The default policy's settings by name, read once: a ground says whether a run kept its setting's default. */
  private static final class DefaultSettings {
    static final Map<String, Double> VALUES = values();

    private static Map<String, Double> values() {
      Map<String, Double> values = new HashMap<>();
      PolicySettings defaults = PolicySettings.defaults();
      PolicySettings.declarations().forEach(s -> values.put(s.name(), defaults.value(s.name())));
      return Map.copyOf(values);
    }

    static OptionalDouble valueOf(String setting) {
      Double value = VALUES.get(setting);
      return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
  }

  /**
   * {@code figure} as it is, for a rule that compares it with a number of its own rather than a
   * setting: "30% of violent incidents involved a gang", "200,000 residents".
   *
   * @throws IllegalArgumentException if no figure has that name
   */
  public static Ground figure(Assessment a, String figure) {
    Measure measure = measure(figure);
    return new Ground.FigureValue(figure, a.value(measure), a.getYear(), DataNote.on(a.getStatistics(), measure));
  }

  /**
   * Those of {@code grounds} that hold, for a rule that asks for any of several figures: {@code
   * Because.whichHold( Because.atLeast( $a, "gangShare", "taskForceGangShare" ), Because.atLeast( $a,
   * "drugShare", "taskForceDrugShare" ) )}. A figure against a setting holds when the figure is given
   * and meets it; every other ground holds.
   */
  public static Ground[] whichHold(Ground... grounds) {
    List<Ground> held = new ArrayList<>(grounds.length);
    for (Ground ground : grounds) {
      if (!(ground instanceof Ground.FigureAgainstSetting f) || f.holds()) {
        held.add(ground);
      }
    }
    return held.toArray(new Ground[0]);
  }

  /**
   * {@code grounds} together, for a rule that gives one set of grounds or another: {@code
   * $a.hasCondition( Condition.TECHNOLOGY_DEFICIT ) ? Because.only( Because.condition( $a,
   * Condition.TECHNOLOGY_DEFICIT ) ) : Because.all( Because.rate( $a ), ... )}.
   */
  public static Ground[] all(Ground... grounds) {
    return grounds.clone();
  }

  /** One ground alone, for a rule that gives one set of grounds or another (see {@link #all}). */
  public static Ground[] only(Ground ground) {
    return new Ground[] {ground};
  }

  /**
   * The murder rate standing in for {@code missing}, a figure the year does not give: "no firearm
   * share for 2019, so the murder rate stands in for it: 26.9 murders per 100,000 in 2019, 5.38× the
   * national 5.0".
   */
  public static Ground murderRateStandsIn(Assessment a, String missing) {
    Double national = a.getNationalMurderRate();
    return new Ground.MurderRateStandsIn(missing, a.getYear(), a.getMurderRate(),
        national == null ? OptionalDouble.empty() : OptionalDouble.of(national), a.getSettings().ratioThresholds(),
        DataNote.on(a.getStatistics(), DerivedFigure.MURDER_RATIO));
  }

  /** {@code condition} as the record has it in the year: "the site has a backlog of outstanding warrants". */
  public static Ground condition(Assessment a, Condition condition) {
    return new Ground.ConditionOnRecord(condition, a.condition(condition), a.getYear());
  }

  /**
   * {@code capability} as the record has it in the year, never stating as fact what nobody recorded:
   * "the site has a crime analysis unit", "the site has no crime analysis unit", "no crime analysis
   * unit is on record for 2019".
   */
  public static Ground capability(Assessment a, Capability capability) {
    return new Ground.CapabilityOnRecord(capability, a.capability(capability), a.getYear(), Optional.empty());
  }

  /**
   * As {@link #capability(Assessment, Capability)}, for a capability of {@code strategy}: where the
   * site carries out the strategy as an ACTIVE intervention in the year, the words say the capability
   * is one beside it ("besides its ACTIVE REENTRY intervention, the site has no standing reentry
   * program") rather than that the site has nothing.
   */
  public static Ground capability(Assessment a, Capability capability, Strategy strategy) {
    return new Ground.CapabilityOnRecord(capability, a.capability(capability), a.getYear(),
        a.hasActiveIntervention(strategy) ? Optional.of(strategy) : Optional.empty());
  }

  /**
   * What to check before deciding whether to establish or strengthen {@code strategy}: those of
   * {@code capabilities} not on record for the year, and an ACTIVE intervention of it if that is not
   * on record either.
   */
  public static Ground notOnRecord(Assessment a, Strategy strategy, Capability... capabilities) {
    List<Capability> unknown = new ArrayList<>(capabilities.length);
    for (Capability capability : capabilities) {
      if (a.capability(capability) == OnRecord.NOT_ON_RECORD) {
        unknown.add(capability);
      }
    }
    return new Ground.NotOnRecordFor(strategy, unknown, a.intervention(strategy) == OnRecord.NOT_ON_RECORD, a.getYear());
  }

  /** {@code agency} works with the site in the year: "a regional crime center works with the site in 2019". */
  public static Ground partner(Assessment a, Agency agency) {
    return new Ground.PartnerWorks(agency, a.getYear());
  }

  /** What kind of site it is: "the site is a region spanning several agencies". */
  public static Ground kindOfSite(Assessment a) {
    return new Ground.KindOfSite(a.getKind());
  }

  /**
   * The year the site joined PSP for its current run of engagements: "the site joined PSP in 2017".
   *
   * @throws IllegalArgumentException if the site is not engaged by the year (match {@code engaged == true})
   */
  public static Ground joined(Assessment a) {
    Integer joined = a.getJoined();
    if (joined == null) {
      throw new IllegalArgumentException("site " + a.getSiteId() + " has not joined PSP by " + a.getYear()
          + ": a rule that gives the year it joined matches Assessment( engaged == true )");
    }
    return new Ground.Joined(joined);
  }

  /**
   * {@code intervention}, ACTIVE in the year, kept because the program strengthens what a site already
   * does, with its review: "the site carries out an ACTIVE REENTRY intervention since 2018 (violent
   * crime down 4.0% since 2018 against the nation's down 0.6%): the program strengthens what a site
   * already does".
   */
  public static Ground kept(Assessment a, Intervention intervention) {
    Optional<InterventionReview> review = Optional.empty();
    for (InterventionReview r : a.getReviews()) {
      if (r.intervention().equals(intervention)) {
        review = Optional.of(r);
      }
    }
    return new Ground.InterventionKept(intervention, a.getYear(), review);
  }

  /** The site has an ACTIVE intervention of {@code strategy} in the year: "the site has an ACTIVE REENTRY intervention since 2018". */
  public static Ground activeIntervention(Assessment a, Strategy strategy) {
    Integer since = a.activeInterventionSince(strategy);
    return new Ground.ActiveIntervention(strategy, since == null ? OptionalInt.empty() : OptionalInt.of(since));
  }

  /** {@code strategy} is recommended beside this one: "FEDERAL_PROSECUTION is recommended". */
  public static Ground accompanies(Strategy strategy) {
    return new Ground.Accompanies(strategy);
  }

  /** What the strategy is for: {@code Because.aim( Purpose.TREATMENT_NOT_ONLY_ENFORCEMENT )}. */
  public static Ground aim(Purpose purpose) {
    return new Ground.Aim(purpose);
  }

  /** The leadership's commitment, and whether someone recorded it. */
  public static Ground commitment(Assessment a) {
    return new Ground.Commitment(a.isCommitment(), a.isRecorded(org.psp.model.SiteField.COMMITMENT));
  }

  /** A criterion that applies from the year of setting {@code firstYear} to that of {@code lastYear}: "required for 2019". */
  public static Ground requiredIn(Assessment a, String firstYear, String lastYear) {
    return new Ground.RequiredIn(a.getYear(), (int) a.getSettings().value(firstYear), (int) a.getSettings().value(lastYear));
  }

  /**
   * How the engaged site has fared since it joined: "worsening since joining PSP: violent crime up
   * 12.0% since 2016 against the nation's down 2.1%, in engagement year 3: enforcement first".
   *
   * @throws IllegalArgumentException if the site is not engaged by the year (match a {@code verdict})
   */
  public static Ground fared(Assessment a) {
    if (a.getOutcome() == null) {
      throw new IllegalArgumentException("site " + a.getSiteId() + " has no outcome in " + a.getYear()
          + ": a rule that says how it fared matches Assessment( verdict != null )");
    }
    return new Ground.Fared(a.getOutcome());
  }

  /** The evidence behind {@code strategy}, less {@code nullFindingPenalty} points for each null finding. */
  public static Ground evidence(Assessment a, Strategy strategy, double nullFindingPenalty) {
    return new Ground.EvidenceWeighed(a.evidence(strategy), nullFindingPenalty);
  }

  /** What the record says of the site's effort of {@code strategy}, for the ranking's capacity. */
  public static Ground effort(Assessment a, Strategy strategy, Capacity capacity) {
    return new Ground.EffortOnRecord(strategy, capacity, a.getYear());
  }

  /** {@code strategy} must be coordinated with {@code condition}: "... under a consent decree: coordinate HOT_SPOTS_POLICING with the decree ...". */
  public static Ground coordinate(Condition condition, Strategy strategy) {
    return new Ground.CoordinateWith(condition, strategy);
  }

  /**
   * A reason in a rule author's own words, as written, for what no other ground says. Write it whole:
   * the numbers a reason quotes come from the grounds above, which read them for you.
   */
  public static Ground words(String text) {
    return new Ground.Words(text);
  }

  /**
   * The value of the figure a condition calls {@code figure}, a {@link Measure} (a figure of a year or
   * a derived one), empty when the year or the national table does not give it. {@code psp validate}
   * checks the names a rule gives here when it compiles the rule.
   *
   * @throws IllegalArgumentException if no figure has that name
   */
  static OptionalDouble value(Assessment a, String figure) {
    return a.value(measure(figure));
  }

  /**
   * The figure a condition calls {@code figure}.
   *
   * @throws IllegalArgumentException if no figure has that name
   */
  private static Measure measure(String figure) {
    checkNotNull(figure, "figure");
    return Measure.named(figure).orElseThrow(() -> new IllegalArgumentException("no figure is named \"" + figure
        + "\"; " + Spelling.nearest(figure, Measure.keys()).stream().findFirst().map(near -> "did you mean \"" + near + "\"?")
            .orElse("name one of " + String.join(", ", Measure.keys()))));
  }
}
