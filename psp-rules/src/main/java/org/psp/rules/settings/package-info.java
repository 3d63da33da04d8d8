/**
 * The policy's settings: the named thresholds and weights its rules read ({@link
 * org.psp.rules.settings.PolicySettings}), each declared once in a settings file with its range and
 * meaning ({@link org.psp.rules.settings.Setting}), and the lines of such a file ({@link
 * org.psp.rules.settings.SettingsText}). The settings are a fact of every evaluation, so a rule
 * reads them by name.
 */
@PspStyle
package org.psp.rules.settings;

import org.psp.model.internal.PspStyle;
