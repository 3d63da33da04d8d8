/**
 * What an advisor says of its rules: each rule in force with its file, line and {@link
 * org.psp.rules.catalog.Stage} ({@link org.psp.rules.catalog.RuleInfo}), why a rule did or did not
 * fire for a site ({@link org.psp.rules.catalog.Explanation}), and what is wrong in a rule author's
 * file, at its place ({@link org.psp.rules.catalog.RuleProblem}).
 */
package org.psp.rules.catalog;
