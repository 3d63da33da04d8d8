/**
 * The words of the advice: {@link org.psp.model.words.Phrases} turns the grounds that rules give
 * ({@link org.psp.model.Ground}) into English, once for every writer and explanation. The model's
 * values hold the grounds; only this package words them.
 */
@PspStyle
package org.psp.model.words;

import org.psp.model.internal.PspStyle;
