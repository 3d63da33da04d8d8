package org.psp.rules;

/** Rules that never stop by themselves, written once for the tests of the fire limit and the time limit. */
final class LoopingRules {

  /** A rule that matches every proposal and inserts another: each new one matches it again. */
  static final String INSERTS_FOR_EVER = """
      package org.psp.test.loops;
      import org.psp.model.Strategy;
      import org.psp.rules.facts.Proposal;
      rule "Proposes again and again"
      when
          $r : Proposal()
      then
          insert( new Proposal( $r.getAssessment(), Strategy.REENTRY, "again" ) );
      end
      """;

  /** The line of {@link #INSERTS_FOR_EVER} where its rule starts, as problems name it. */
  static final int INSERTS_FOR_EVER_LINE = 4;

  private LoopingRules() {}
}
