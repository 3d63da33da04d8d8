package org.psp.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the PSP model, applied to the whole package in {@code package-info.java}.
 *
 * <p>Users see only the abstract types ({@link Site}, {@link YearlyStatistics}, ...) and their static
 * {@code builder()} methods; the generated {@code Immutable*} classes are an implementation detail.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    // Generated implementations are named Immutable<Type> and kept out of the users' way...
    typeImmutable = "Immutable*",
    // ...and every builder().build() and copy method returns the abstract type, never the generated one.
    overshadowImplementation = true,
    // Collection builder methods in the singular: addPartner(p), addStatistic(s).
    depluralize = true,
    depluralizeDictionary = {"statistic:statistics", "capability:capabilities"},
    // The generated classes are public so that their builders can be returned by builder().
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    // No copy-with methods beyond what the abstract types declare; values are built, not edited.
    defaults = @Value.Immutable(copy = false),
    // No @Generated on the generated classes: its annotation type is in Immutables, which is only
    // needed to compile this module, so every module compiled against it warned that it was missing.
    allowedClasspathAnnotations = {Override.class})
public @interface PspStyle {}
