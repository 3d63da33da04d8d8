/**
 * Not part of the API: what the PSP modules share among themselves (bounded reading of text files,
 * plain words for JSON syntax errors, the Immutables style of the value types),
 * which may change without notice. Left out of the javadoc.
 */
package org.psp.model.internal;
