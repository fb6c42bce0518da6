package io.github.postmortems;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The pipeline's direction, checked: stages depend only on earlier ones, and only mojos know Maven. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.postmortems");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.github.postmortems.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** The root package is the shared vocabulary (findings, the clock): it depends on no stage. */
    @Test
    void rootPackageDependsOnNoStage() {
        noClasses().that().resideInAPackage("io.github.postmortems")
                .should().dependOnClassesThat().resideInAPackage("io.github.postmortems.*..")
                .check(MAIN);
    }

    @Test
    void onlyMojosKnowMaven() {
        noClasses().that().resideOutsideOfPackage("io.github.postmortems.maven..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .check(MAIN);
    }
}
