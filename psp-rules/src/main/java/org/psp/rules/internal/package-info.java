/**
 * Engine internals: loading the pre-compiled default rules, compiling rule authors' .drl files,
 * and running one evaluation. Not part of the API; may change in any release.
 */
package org.psp.rules.internal;
