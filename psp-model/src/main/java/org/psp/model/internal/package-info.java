/**
 * Not part of the API: what the PSP modules share among themselves (bounded reading of text files),
 * which may change without notice. Left out of the javadoc.
 */
package org.psp.model.internal;
