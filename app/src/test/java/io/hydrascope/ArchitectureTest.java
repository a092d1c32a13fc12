package io.hydrascope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;

/**
 * The allowed dependency directions, as drawn in the README: ui, cli → ingest, analysis, report, scenario, bench →
 * store, model. Nothing depends on ui or cli; only ui touches a toolkit; only store touches SQL; only cli prints.
 */
@AnalyzeClasses(packages = "io.hydrascope", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Faces").definedBy("io.hydrascope.ui..", "io.hydrascope.cli..")
            .layer("Services").definedBy("io.hydrascope.ingest..", "io.hydrascope.analysis..",
                    "io.hydrascope.report..", "io.hydrascope.scenario..", "io.hydrascope.bench..")
            .layer("Store").definedBy("io.hydrascope.store..")
            .layer("Model").definedBy("io.hydrascope.model..")
            .whereLayer("Faces").mayOnlyBeAccessedByLayers("Faces")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Faces", "Services")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Faces", "Services")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Faces", "Services", "Store");

    @ArchTest
    static final ArchRule uiIsNotUsedByTheCommandLine = noClasses().that().resideInAPackage("io.hydrascope.cli..")
            .should().dependOnClassesThat().resideInAPackage("io.hydrascope.ui..");

    /**
     * GraphStream's layout ({@code org.graphstream.ui.layout}, {@code org.graphstream.ui.geom}) is plain Java and may
     * run headless; its viewers and their graphic graph belong to the window.
     */
    @ArchTest
    static final ArchRule onlyUiUsesAToolkit = noClasses().that().resideOutsideOfPackages("io.hydrascope.ui..")
            .and().doNotHaveFullyQualifiedName("io.hydrascope.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                    "org.graphstream.ui.fx_viewer..", "org.graphstream.ui.javafx..", "org.graphstream.ui.view..",
                    "org.graphstream.ui.graphicGraph..", "org.graphstream.ui.swing..",
                    "org.graphstream.ui.swing_viewer..", "com.sun.javafx..");

    @ArchTest
    static final ArchRule onlyStoreUsesSql = noClasses().that().resideOutsideOfPackage("io.hydrascope.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyCliPrints = noClasses().that().resideOutsideOfPackages("io.hydrascope.cli..")
            .and().doNotHaveFullyQualifiedName("io.hydrascope.Main")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
