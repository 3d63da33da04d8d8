/**
 * Not part of the API: evaluating. {@code SessionRunner} runs one site in a pooled session into a
 * {@code FiringRecord}, with {@code RuleFrames} and {@code ConditionCalls} to name the rule, condition
 * or function that failed; {@code AdviceAssembler} folds that record into the advice, without Drools;
 * {@code DataGapProbe} tries the figures a site does not give, where {@code FigureReads} and {@code
 * RuleShape} say a missing figure can change the advice. Uses the rule-base room, and the scoring room
 * for the points rules give, never authoring or explaining. May change in any release.
 */
package org.psp.rules.internal.engine;
