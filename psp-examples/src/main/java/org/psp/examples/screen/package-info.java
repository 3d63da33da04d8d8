/**
 * {@code psp screen}'s results: every city-year of the FBI's tables screened, grouped by city and
 * ranked by national ratio, written as text, JSON, CSV or a self-contained HTML page.
 */
package org.psp.examples.screen;
