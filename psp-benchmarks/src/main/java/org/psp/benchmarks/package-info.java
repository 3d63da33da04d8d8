/**
 * JMH benchmarks: rule base start-up, first advice in a cold JVM, batch throughput of the engine
 * against the hand-written baseline, cost against the number of sites, and the cost of each stage of
 * the default policy. See BENCHMARKS.md for the commands and the numbers.
 */
package org.psp.benchmarks;
