/**
 * Not part of the API: "did you mean ...?" for a misspelt name of a setting, rule, fact or
 * property. The bottom room of psp-rules' internals: it uses nothing of the library, and the settings
 * and every other room use it. May change in any release.
 */
package org.psp.rules.internal.spelling;
