/**
 * The PSP domain: sites and their yearly crime statistics, partners, engagements and interventions,
 * the catalog of strategies, and the recommendations and advice that a policy produces.
 *
 * <p>Every type a user builds is an immutable value with a {@code builder()}; construction rejects
 * invalid values with an {@link org.psp.model.InvalidValueException} that carries a {@link
 * org.psp.model.Problem} for each field and value.
 * Collections are Guava immutable collections. Nothing here depends on a rule engine.
 */
@PspStyle
package org.psp.model;

import org.psp.model.internal.PspStyle;
