package org.supplierportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.testsupport.ErpIntegrationTest;

/** With a real ERP connected its orders are the real ones: the demo's orders are not seeded (issue 9). */
@ErpIntegrationTest
class DemoOrdersWithErpIT {

    @Autowired
    DemoOrders demoOrders;

    @Test
    void theDemoOrdersAreNotSeededWhileAnErpIsConnected(@TempDir Path folder) throws IOException {
        Files.copy(Path.of("../tenants/demo-orders/nordic-plastics.yaml"), folder.resolve("nordic-plastics.yaml"));

        assertThat(demoOrders.seed(folder)).isEqualTo(DemoOrders.Outcome.ERP_CONNECTED);
    }
}
