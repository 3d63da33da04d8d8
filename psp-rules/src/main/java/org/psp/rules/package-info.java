/**
 * The PSP rules engine: an {@link org.psp.rules.Advisor} turns a site's data into explained strategy
 * recommendations using the default policy's .drl rules, optionally with rule authors' own: a {@link
 * org.psp.rules.StrategyAdvisor} built once, or a {@link org.psp.rules.ReloadingAdvisor} whose rules
 * follow a folder, and a {@link org.psp.rules.RuleVerifier} for a rule author's tests. The thresholds
 * those rules read are {@link org.psp.rules.settings.PolicySettings}; what an advisor says of its
 * rules (each rule in force, why one did or did not fire, what is wrong in an author's file) is in
 * {@link org.psp.rules.catalog}.
 */
package org.psp.rules;
