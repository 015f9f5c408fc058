package org.supplierportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The business modules stay real: no cycles, and no module reaches into another's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
