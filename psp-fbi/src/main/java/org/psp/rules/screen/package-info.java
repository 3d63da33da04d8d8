/**
 * Screening every city of the FBI's tables through an {@link org.psp.rules.Advisor}: one evaluation
 * per city and year, with its rate, ratios, eligibility, focus, the FBI's flags and its PSP cohorts.
 * {@link org.psp.rules.screen.CityScreen} is the entry point.
 */
package org.psp.rules.screen;
