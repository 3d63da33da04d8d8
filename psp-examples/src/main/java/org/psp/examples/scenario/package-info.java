/**
 * Scenario files, rule authors' tests: a site, an optional year and what the advice must say
 * ({@code *.scenario.json}, see the project's CONTRACT §6). {@link org.psp.examples.scenario.ScenarioReader}
 * reads them, {@link org.psp.examples.scenario.Scenario#check} compares them with advice.
 */
package org.psp.examples.scenario;
