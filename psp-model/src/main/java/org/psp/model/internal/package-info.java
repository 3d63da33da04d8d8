/**
 * Not part of the API: what the PSP modules share among themselves (plain words for JSON syntax
 * errors, text shown with its hidden characters escaped, the Immutables style of the value types),
 * which may change without notice. Left out of the javadoc.
 */
package org.psp.model.internal;
