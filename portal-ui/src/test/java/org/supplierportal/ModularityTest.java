package org.supplierportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The business modules stay real: no cycles, and no module reaches into another's internals. */
class ModularityTest {

    /** Where the module map lives in the repository; tests run in portal-ui. */
    private static final String MODULE_DOCS = "../docs/modules";

    /** The application's modules; the tests' own helpers share the root package but are none. */
    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class,
            JavaClass.Predicates.resideInAPackage("org.supplierportal.testsupport.."));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * Writes the module map docs/architecture.md links to: the component diagram of all modules, one per module and
     * each module's canvas (its beans, entities, events published and listened to, configuration). Every build
     * rewrites it, so the committed map is the code's, and a change to a module shows in the diff beside it.
     */
    @Test
    void writesTheModuleMap() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(MODULE_DOCS))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        assertThat(Path.of(MODULE_DOCS, "components.puml")).content().contains("Buyer exception inbox", "Acknowledgments", "ERP connector")
                .doesNotContain("Testsupport");
        assertThat(Path.of(MODULE_DOCS, "module-inbox.adoc")).content().contains("InboxQueries", "BuyerDecisions");
    }
}
