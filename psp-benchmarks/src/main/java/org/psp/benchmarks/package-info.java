/**
 * JMH benchmarks: rule base start-up, first advice in a cold JVM, and batch throughput of the engine
 * against the hand-written baseline. See BENCHMARKS.md for the commands and the numbers.
 */
package org.psp.benchmarks;
