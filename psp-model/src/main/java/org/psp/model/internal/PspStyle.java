package org.psp.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the PSP value types, applied to the packages {@code org.psp.model} and
 * {@code org.psp.rules.settings} in their {@code package-info.java}.
 *
 * <p>Users see only the abstract types ({@code Site}, {@code YearlyStatistics}, ...), their static
 * {@code builder()} methods and their {@code Builder}s; the generated {@code Immutable*} classes are an
 * implementation detail, public only because rules compiled at run time need them to be. Not API:
 * left out of the javadoc with the rest of this package.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    // Generated implementations are named Immutable<Type> and kept out of the users' way...
    typeImmutable = "Immutable*",
    // ...and every builder().build() and copy method returns the abstract type, never the generated one.
    overshadowImplementation = true,
    // An accessor named onRecordX is attribute x: a site's sections that may be not recorded are
    // nullable attributes read through it (null: never given), and the public x() reads them as
    // empty. Builders and toString() name the attribute x, as users know it.
    get = {"get*", "onRecord*"},
    // Collection builder methods in the singular: addPartner(p), addStatistic(s).
    depluralize = true,
    depluralizeDictionary = {"statistic:statistics", "capability:capabilities"},
    // Users see each type's own public Builder, which extends the generated one (the Immutables
    // "sandwich"), and never a generated name in a signature. The generated builders are
    // package-private, so javadoc shows their methods as the public Builder's own. The generated
    // value classes must stay public: a rule author's rules, compiled at run time, read a fact's
    // fields through MVEL, which calls the accessors on the fact's own class and cannot call them on
    // a class that is not public. Their javadoc says they are generated and where to start.
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // No copy-with methods beyond what the abstract types declare; values are built, not edited.
    defaults = @Value.Immutable(copy = false),
    // No @Generated on the generated classes: its annotation type is in Immutables, which is only
    // needed to compile this module, so every module compiled against it warned that it was missing.
    allowedClasspathAnnotations = {Override.class})
public @interface PspStyle {}
