package org.psp.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way, examples to rules to model, and the model knows no rule engine. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.psp");

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
}
