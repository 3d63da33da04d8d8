/**
 * Engine internals, one job a class: {@code RuleBases} loads the pre-compiled default rules and
 * applies authors' changes; {@code RuleCompiler} compiles authors' .drl files, with {@code
 * ErrorTranslator} for the compiler's messages, {@code DrlOutline} for what the catalog reads from
 * a file (its rules' places), {@code RuleFactsCheck} for metadata that disagrees with what a rule does
 * and {@code UnmatchablePatterns} for patterns that no fact of a session can match; {@code RuleCatalog}
 * lists the rules in force from the compiled rule base, with {@code RuleMetadata} for what each
 * proposes and reads; {@code SessionRunner} runs one site in a pooled session into a {@code
 * FiringRecord}, with {@code RuleFrames} and {@code ConditionCalls} to name the rule, condition or
 * function that failed; {@code AdviceAssembler} folds that record into the
 * advice, without Drools. Not part of the API; may change in any release.
 */
package org.psp.rules.internal;
