/**
 * The PSP rules engine: an {@link org.psp.rules.Advisor} turns a site's data into explained strategy
 * recommendations using the default policy's .drl rules, optionally with rule authors' own: a {@link
 * org.psp.rules.StrategyAdvisor} built once, or a {@link org.psp.rules.ReloadingAdvisor} whose rules
 * follow a folder. {@link org.psp.rules.PolicySettings} holds the thresholds those rules read.
 */
@PspStyle
package org.psp.rules;

import org.psp.model.internal.PspStyle;
