package com.lifeos.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module boundaries of DESIGN.md, checked on every build. */
@AnalyzeClasses(packages = "com.lifeos", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule apiDependsOnNothingOfOurs = noClasses().that().resideInAPackage("com.lifeos.api..")
            .should().dependOnClassesThat().resideInAnyPackage("com.lifeos.command..", "com.lifeos.projection..",
                    "com.lifeos.query..", "com.lifeos.app..");

    @ArchTest
    static final ArchRule apiKnowsNoSpringOrJpa = noClasses().that().resideInAPackage("com.lifeos.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule commandSideNeverReadsProjections = noClasses().that().resideInAPackage("com.lifeos.command..")
            .should().dependOnClassesThat().resideInAnyPackage("com.lifeos.projection..", "com.lifeos.query..",
                    "com.lifeos.app..");

    @ArchTest
    static final ArchRule projectionsDoNotDecide = noClasses().that().resideInAPackage("com.lifeos.projection..")
            .should().dependOnClassesThat().resideInAnyPackage("com.lifeos.command..", "com.lifeos.query..",
                    "com.lifeos.app..");

    @ArchTest
    static final ArchRule appReachesTheCoreOnlyThroughMessages = noClasses().that().resideInAPackage("com.lifeos.app..")
            .should().dependOnClassesThat().resideInAnyPackage("com.lifeos.command..", "com.lifeos.projection..",
                    "com.lifeos.query..");

    @ArchTest
    static final ArchRule storeKnowsNoEdge = noClasses().that().resideInAPackage("com.lifeos.store..")
            .should().dependOnClassesThat().resideInAnyPackage("com.lifeos.app..", "com.lifeos.command..",
                    "com.lifeos.projection..", "com.lifeos.query..", "org.springframework.web..",
                    "org.springframework.http..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule insightKnowsNotTheApp = noClasses().that().resideInAPackage("com.lifeos.insight..")
            .should().dependOnClassesThat().resideInAnyPackage("com.lifeos.app..", "com.lifeos.command..",
                    "com.lifeos.projection..");

    @ArchTest
    static final ArchRule analyticsArePlainJava = noClasses().that().resideInAPackage("com.lifeos.query.insight..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                    "jakarta.persistence..");

    @ArchTest
    static final ArchRule eventsAreTopLevelRecords = classes().that().resideInAPackage("com.lifeos.api..")
            .and().haveSimpleNameEndingWith("Event").should().beRecords().andShould().beTopLevelClasses();
}
