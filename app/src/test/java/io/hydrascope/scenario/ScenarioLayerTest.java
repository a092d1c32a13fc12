package io.hydrascope.scenario;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The generator stays a plain engine service: it needs only the model, the JDK and Jackson. */
class ScenarioLayerTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hydrascope");

    @Test
    void theGeneratorDependsOnlyOnTheModelTheJdkAndJackson() {
        classes().that().resideInAPackage("io.hydrascope.scenario..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.hydrascope.scenario..",
                        "io.hydrascope.model..", "java..", "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineAndTheWindowUseTheGenerator() {
        noClasses().that().resideOutsideOfPackages("io.hydrascope.scenario..", "io.hydrascope.cli..",
                        "io.hydrascope.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.hydrascope.scenario..")
                .check(CLASSES);
    }
}
