package org.psp.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value type's attribute that may be null: Immutables leaves it null until a builder is given
 * it. The model uses it for the parts of a site that may be not recorded, where "never given" and
 * "given, empty" differ (see {@code Site#notRecorded()}); no public accessor returns null.
 */
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.CLASS)
public @interface Nullable {}
