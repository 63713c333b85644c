package io.vitrine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering in DESIGN.md, enforced: logic never touches JavaFX, screens never touch SQL, features form no cycles. */
@AnalyzeClasses(packages = "io.vitrine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("..ui..", "io.vitrine.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.jfree.chart.fx..", "org.kordamp.ikonli.javafx..")
            .because("services, importers, statistics, sync and reports must run headless (CLI, tests)");

    @ArchTest
    static final ArchRule screensDoNotTalkSql = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("views and view models go through services and repositories");

    @ArchTest
    static final ArchRule onlyTheCliPrintsToTheConsole = noClasses()
            .that().resideOutsideOfPackage("io.vitrine.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("the CLI owns stdout (one JSON document with --json) and stderr; everything else logs or returns");

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices()
            .matching("io.vitrine.(*)..")
            .should().beFreeOfCycles();
}
