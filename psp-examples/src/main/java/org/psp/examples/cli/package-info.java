/**
 * The {@code psp} command line: {@code advise}, {@code validate}, {@code test} and {@code sites}, with
 * exit codes 0 (success), 1 (problems found) and 2 (usage error).
 */
package org.psp.examples.cli;
