/**
 * Not part of the API: explaining. {@code RuleExplainer} says, condition by condition, why each rule
 * that can propose a strategy did or did not fire for a site, from the engine's firing record and the
 * rule's text. The top room: only the API uses it. May change in any release.
 */
package org.psp.rules.internal.explaining;
