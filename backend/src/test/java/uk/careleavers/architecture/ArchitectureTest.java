package uk.careleavers.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "uk.careleavers",
    importOptions = {ImportOption.DoNotIncludeTests.class})
class ArchitectureTest {

  /** The rules engine is plain Java: it can be read, tested and benchmarked without a server. */
  @ArchTest
  static final ArchRule rulesEngineImportsNoFramework =
      noClasses()
          .that()
          .resideInAPackage("uk.careleavers.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.micronaut..",
              "jakarta..",
              "javax.inject..",
              "com.fasterxml.jackson..",
              "uk.careleavers.api..",
              "uk.careleavers.client..")
          .because("the engine must stay free of framework and generated code (ARCHITECTURE.md)");

  /** Stricter still: the JDK and SnakeYAML (for the parameter files), nothing else. */
  @ArchTest
  static final ArchRule rulesEngineUsesOnlyTheJdkAndSnakeYaml =
      classes()
          .that()
          .resideInAPackage("uk.careleavers.rules..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "uk.careleavers.rules..", "org.yaml.snakeyaml..");

  @ArchTest
  static final ArchRule rulesEnginePackagesHaveNoCycles =
      slices().matching("uk.careleavers.rules.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule rulesEngineDependsOnNothingElseOfOurs =
      noClasses()
          .that()
          .resideInAPackage("uk.careleavers.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "uk.careleavers.councils..",
              "uk.careleavers.eligibility..",
              "uk.careleavers.localoffer..",
              "uk.careleavers.platform..");

  /** Generated DTOs stop at the controllers and mappers of each feature. */
  @ArchTest
  static final ArchRule generatedTypesStayInAdapters =
      noClasses()
          .that()
          .resideInAnyPackage("uk.careleavers.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("uk.careleavers.api..");

  @ArchTest
  static final ArchRule featurePackagesHaveNoCycles =
      slices().matching("uk.careleavers.(*)..").should().beFreeOfCycles();
}
