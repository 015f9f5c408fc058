package org.supplierportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Service;

/** The conventions of DESIGN.md section 9 that a compiler does not check. */
@AnalyzeClasses(packages = "org.supplierportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.supplierportal.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewsNeverTouchTheDatabase = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcOperations.class)
            .because("views call services; services own transactions, authorization and the tenant scope");

    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyByServices = classes().that().areAssignableTo(Repository.class)
            .should().onlyBeAccessed().byClassesThat().areAnnotatedWith(Service.class)
            .because("services carry the authorization and the transaction of every read and write");

    @ArchTest
    static final ArchRule rulesArePlainJava = noClasses().that().haveSimpleNameEndingWith("Policy")
            .or().haveSimpleNameEndingWith("Validator")
            .or().haveSimpleNameEndingWith("Rule")
            .or().resideInAPackage("..rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
            .because("rules are pure functions, unit-tested without Spring");
}
