/**
 * Examples of the PSP library in use: {@link org.psp.examples.BundledSites}, the real PSP sites that
 * ship with the examples; the {@code psp} command line ({@code cli}); scenario files ({@code scenario});
 * embedding the engine ({@code embedding}); and a batch report ({@code batch}).
 */
package org.psp.examples;
