/**
 * What an advisor says of its rules: each rule in force with its file, line and {@link
 * org.psp.rules.catalog.Stage} ({@link org.psp.rules.catalog.RuleInfo}), and why a rule did or did
 * not fire for a site ({@link org.psp.rules.catalog.Explanation}). What is wrong in a rule author's
 * file is an {@link org.psp.model.Problem} at its place.
 */
package org.psp.rules.catalog;
