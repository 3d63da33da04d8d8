package org.psp.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way, examples to rules to model, and the model knows no rule engine; inside
 * a module too, no package depends on itself through others, and psp-rules' rooms each use only
 * those below them. The published API names no library's type that a user would have to share the
 * version of.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.psp");

  /**
   * psp-rules' packages, bottom first: each may use those before it and none after it. The advisor
   * (the API's entry points) uses every room; explaining uses authoring, which uses the engine, which
   * uses the rule base; the settings and the catalog, public values, use only spelling; the facts give
   * the points rules give proposals to the scoring room, which the engine reads.
   */
  private static final List<String> RULES_ROOMS = List.of(
      "org.psp.rules.internal.spelling",
      "org.psp.rules.internal.scoring",
      "org.psp.rules.settings",
      "org.psp.rules.catalog",
      "org.psp.rules.facts",
      "org.psp.rules.internal.rulebase",
      "org.psp.rules.internal.engine",
      "org.psp.rules.internal.authoring",
      "org.psp.rules.internal.explaining",
      "org.psp.rules");

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("org.psp.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void theRulesRoomsDependOneWay() {
    for (int i = 0; i < RULES_ROOMS.size() - 1; i++) {
      noClasses().that().resideInAPackage(RULES_ROOMS.get(i))
          .should().dependOnClassesThat().resideInAnyPackage(RULES_ROOMS.subList(i + 1, RULES_ROOMS.size()).toArray(String[]::new))
          .check(CLASSES);
    }
  }

  @Test
  void theModelKnowsNoRuleEngineAndNothingAboveIt() {
    noClasses().that().resideInAPackage("org.psp.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "org.psp.rules..", "org.psp.examples..")
        .check(CLASSES);
  }

  @Test
  void onlyTheJsonPackageOfTheModelKnowsJson() {
    noClasses().that().resideInAPackage("org.psp.model").should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
        .check(CLASSES);
  }

  @Test
  void onlyTheFbiTablesInternalsKnowTheSpreadsheetLibrary() {
    noClasses().that().resideOutsideOfPackage("org.psp.model.fbi.internal..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
        .check(CLASSES);
  }

  @Test
  void theRulesKnowNothingOfTheExamples() {
    noClasses().that().resideInAPackage("org.psp.rules..").should().dependOnClassesThat().resideInAPackage("org.psp.examples..")
        .check(CLASSES);
  }

  @Test
  void applicationsUseTheRulesApiNotItsInternals() {
    noClasses().that().resideInAPackage("org.psp.examples..")
        .should().dependOnClassesThat().resideInAnyPackage("org.psp.rules.internal..", "org.kie..", "org.drools..")
        .check(CLASSES);
  }

  @Test
  void thePublishedApiNamesNoGuavaType() {
    noPublishedMethodNames(JavaClass.Predicates.resideInAPackage("com.google.common..")).check(CLASSES);
  }

  @Test
  void thePublishedApiNamesNoInternalType() {
    DescribedPredicate<JavaClass> internal = JavaClass.Predicates.resideInAPackage("..internal..");
    noPublishedMethodNames(internal).check(CLASSES);
    noFields().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage("org.psp.model..", "org.psp.rules..")
        .and().areDeclaredInClassesThat().resideOutsideOfPackages("..internal..", "org.psp.rules.policy..")
        .should().haveRawType(internal)
        .check(CLASSES);
    noClasses().that().arePublic().and().resideInAnyPackage("org.psp.model..", "org.psp.rules..")
        .and().resideOutsideOfPackages("..internal..", "org.psp.rules.policy..")
        .should().beAssignableTo(internal)
        .check(CLASSES);
  }

  /**
   * No public method of the published API (the public classes of the model and the rules, outside their
   * internal packages, the compiled policy and generated code) returns or takes a type of {@code types}.
   * Immutables' generated classes are public for the rules compiled at run time; users build values
   * through Site.builder() and the like, whose own methods are checked.
   */
  private static ArchRule noPublishedMethodNames(DescribedPredicate<JavaClass> types) {
    return noMethods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage("org.psp.model..", "org.psp.rules..")
        .and().areDeclaredInClassesThat().resideOutsideOfPackages("..internal..", "org.psp.rules.policy..")
        .and().areDeclaredInClassesThat().haveNameNotMatching(".*\\.Immutable[^.]*")
        .should().haveRawReturnType(types)
        .orShould().haveRawParameterTypes(DescribedPredicate.anyElementThat(types));
  }
}
