package org.psp.rules.internal.rulebase;

/**
 * A rule to leave out of the rule base, and where it was named: a line of a rules folder's list of
 * disabled rules, or the advisor's builder.
 *
 * @param name the rule's name, as the author wrote it
 * @param file the file that names it, or what stands for the builder
 * @param line the line of that file, from 1; 0 for the builder
 */
public record DisabledRule(String name, String file, int line) {}
