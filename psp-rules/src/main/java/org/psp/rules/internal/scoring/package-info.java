/**
 * Not part of the API: where the points a rule gives a proposal go ({@code ScoresGiven}), so that the
 * facts rules match carry no list of them. Below the facts room, which gives to it, and uses no other
 * room; the engine opens a run of it around each firing. May change in any release.
 */
package org.psp.rules.internal.scoring;
