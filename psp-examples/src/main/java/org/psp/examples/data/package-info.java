/**
 * Tools that build the project's data files from the sourced tables in {@code data/}, run by hand
 * (see {@code data/README.md}).
 */
package org.psp.examples.data;
