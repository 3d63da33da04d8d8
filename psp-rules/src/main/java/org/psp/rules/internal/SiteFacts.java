package org.psp.rules.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.psp.rules.facts.Assessment;
import org.psp.rules.facts.Caution;
import org.psp.rules.facts.Criterion;
import org.psp.rules.facts.Eligible;
import org.psp.rules.facts.Proposal;

/**
 * The facts that are about one site, in one place: the engine reads a fact's site from them to tell
 * the sites of a shared session apart, and {@link SiteTies} checks that rules tie them to one site.
 */
final class SiteFacts {

  /** The fact types about one site; {@link #siteOf} knows each. */
  static final List<Class<?>> TYPES = List.of(Assessment.class, Criterion.class, Eligible.class, Proposal.class, Caution.class);

  /** Their simple names, as rules write them. */
  static final Set<String> SIMPLE_NAMES = TYPES.stream().map(Class::getSimpleName).collect(Collectors.toUnmodifiableSet());

  private SiteFacts() {}

  /** The assessment {@code fact} is about, or null for a fact about no site. */
  static Assessment siteOf(Object fact) {
    if (fact instanceof Assessment assessment) {
      return assessment;
    } else if (fact instanceof Proposal proposal) {
      return proposal.getAssessment();
    } else if (fact instanceof Criterion criterion) {
      return criterion.getAssessment();
    } else if (fact instanceof Caution caution) {
      return caution.getAssessment();
    } else if (fact instanceof Eligible eligible) {
      return eligible.getAssessment();
    }
    return null;
  }
}
