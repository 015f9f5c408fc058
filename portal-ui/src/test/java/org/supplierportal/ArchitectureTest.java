package org.supplierportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
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

    /**
     * Rules by name (the project's words for them), and every class that is nothing but pure functions: static
     * methods on no state. Before issue 9 only *Rule, *Policy and *Validator were held to it.
     */
    @ArchTest
    static final ArchRule rulesArePlainJava = noClasses().that(areRulesByName().or(arePureFunctions()))
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
            .because("rules are pure functions, unit-tested without Spring");

    private static DescribedPredicate<JavaClass> areRulesByName() {
        return DescribedPredicate.describe("are named as rules (*Rule, *Rules, *Policy, *Validator, *Match, *Check) or live in a rules package",
                type -> type.getSimpleName().matches(".*(Rule|Rules|Policy|Validator|Match|Check)")
                        || type.getPackageName().contains(".rules"));
    }

    private static DescribedPredicate<JavaClass> arePureFunctions() {
        return DescribedPredicate.describe("are pure functions (only static methods, no instance state)", type ->
                !type.isInterface() && !type.isEnum() && !type.isRecord() && !type.isAnnotation() && !type.isNestedClass()
                        && type.getFields().stream().allMatch(field -> field.getModifiers().contains(JavaModifier.STATIC))
                        && type.getConstructors().stream().allMatch(constructor -> constructor.getModifiers().contains(JavaModifier.PRIVATE))
                        && !type.getMethods().isEmpty()
                        && type.getMethods().stream().allMatch(method -> method.getModifiers().contains(JavaModifier.STATIC)));
    }
}
