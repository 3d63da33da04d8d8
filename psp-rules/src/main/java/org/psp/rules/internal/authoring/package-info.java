/**
 * Not part of the API: helping rule authors. {@code RuleCompiler} compiles authors' .drl files and
 * collects every problem at its place: the compiler's, in plain words ({@code ErrorTranslator}), a file
 * too deeply nested ({@code RuleFileBounds}), code that reaches outside the rules ({@code RuleReach})
 * and patterns that no fact of a session can match ({@code UnmatchablePatterns}). Uses the rule-base
 * and engine rooms; only explaining and the API use it. May change in any release.
 */
package org.psp.rules.internal.authoring;
