package org.supplierportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The business modules stay real: no cycles, and no module reaches into another's internals. */
class ModularityTest {

    /** Where the module map lives in the repository; tests run in portal-ui. */
    private static final String MODULE_DOCS = "../docs/modules";

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

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

        assertThat(Path.of(MODULE_DOCS, "components.puml")).content().contains("inbox", "acknowledgment", "erp");
        assertThat(Path.of(MODULE_DOCS, "module-inbox.adoc")).content().contains("InboxQueries", "BuyerDecisions");
    }
}
