/**
 * Not part of the API: the rules in force. {@code RuleBases} loads the pre-compiled default rules and
 * applies authors' changes (added rules, {@code DisabledRule}s); {@code RuleCatalog} lists the rules of
 * a rule base, with {@code RuleMetadata} for what each proposes and reads and {@code DrlOutline} for
 * where each is written (its file and line) and for {@code RuleFactsCheck}, metadata that disagrees
 * with what a rule does; {@code FactTypes} are the types a rule can match, {@code BoundVariables}
 * the variables its conditions bind. Uses only the spelling
 * room; the engine, authoring and explaining rooms use it. May change in any release.
 */
package org.psp.rules.internal.rulebase;
