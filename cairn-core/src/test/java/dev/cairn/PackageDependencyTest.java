package dev.cairn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The layering of cairn-core's packages, read from the compiled classes: context at the bottom, the API above it,
 * flows above the API, and the engine knowing nothing of flows.
 */
class PackageDependencyTest {

    private static final JavaClasses CORE = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void context_dependsOnNothingElseInCairn() {
        classes()
                .that()
                .resideInAPackage("dev.cairn.context..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.cairn.context..")
                .check(CORE);
    }

    @Test
    void api_doesNotKnowFlows() {
        noClasses()
                .that()
                .resideInAPackage("dev.cairn")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.cairn.flow..")
                .check(CORE);
    }

    @Test
    void engine_doesNotKnowFlows() {
        noClasses()
                .that()
                .resideInAPackage("dev.cairn.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.cairn.flow..")
                .check(CORE);
    }

    @Test
    void configuration_doesNotKnowTheSinksItConfigures() {
        noClasses()
                .that()
                .resideInAPackage("dev.cairn.internal.config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.cairn.internal.sink..")
                .check(CORE);
    }

    @Test
    void layouts_doNotKnowSinksOrConfiguration() {
        noClasses()
                .that()
                .resideInAPackage("dev.cairn.internal.layout..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.cairn.internal.sink..", "dev.cairn.internal.config..")
                .check(CORE);
    }

    @Test
    void spi_usesOnlyTheApisValueTypes() {
        classes()
                .that()
                .resideInAPackage("dev.cairn.spi..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.cairn.spi..", "dev.cairn", "dev.cairn.context..")
                .check(CORE);
    }

    @Test
    void delivery_buildsOnTheSpiOnly() {
        classes()
                .that()
                .resideInAPackage("dev.cairn.delivery..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "dev.cairn.delivery..", "dev.cairn.spi..", "dev.cairn", "dev.cairn.internal..")
                .check(CORE);
    }
}
