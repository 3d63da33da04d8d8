/**
 * The PSP rules engine: {@link org.psp.rules.StrategyAdvisor} turns a site's data into explained
 * strategy recommendations using the default policy's .drl rules, optionally with rule authors' own,
 * and {@link org.psp.rules.PolicySettings} holds the thresholds those rules read.
 */
@PspStyle
package org.psp.rules;

import org.psp.model.PspStyle;
