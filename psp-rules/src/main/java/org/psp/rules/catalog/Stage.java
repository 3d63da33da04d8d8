package org.psp.rules.catalog;

import java.util.Optional;

/**
 * The stages of an evaluation, in the order they run. A rule states its stage by name, {@code
 * ruleflow-group "strategies"} (Drools 10's name for an agenda group; the older {@code agenda-group
 * "strategies"} works too); every rule of a stage fires before any rule of the next, and a rule that
 * names no stage is in {@link #DEFAULT}. Within a stage, salience orders rules where order matters
 * (it rarely does).
 */
public enum Stage {
  /** The PSP criteria, met or not, and whether the site is eligible: {@code Criterion}, {@code Eligible}. */
  ELIGIBILITY("eligibility"),
  /** Strategies proposed from the site's figures, conditions and capabilities: {@code Proposal}. */
  STRATEGIES("strategies"),
  /** Strategies proposed because others were: prevention accompanies enforcement. */
  REACTIONS("reactions"),
  /** Placements that react to how an engaged site has fared since it joined: {@code RankWithin}. */
  OUTCOMES("outcomes"),
  /** Modes and cautions of the proposals: {@code Strengthen}, {@code Caution}. */
  REFINEMENTS("refinements"),
  /**
   * The rank of each proposal, from its need, the evidence behind it and the site's capacity, once
   * every proposal has its mode: {@code RankScore}.
   */
  RANKING("ranking");

  /** The stage of a rule that names none. */
  public static final Stage DEFAULT = STRATEGIES;

  private final String groupName;

  Stage(String groupName) {
    this.groupName = groupName;
  }

  /** Its name, as a rule writes it: {@code ruleflow-group "strategies"}. */
  public String groupName() {
    return groupName;
  }

  /** The stage named {@code groupName}, if any. */
  public static Optional<Stage> named(String groupName) {
    for (Stage stage : values()) {
      if (stage.groupName.equals(groupName)) {
        return Optional.of(stage);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return groupName;
  }
}
