package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.testsupport.PortalIntegrationTest;

/**
 * Issue 10, smaller finding: /actuator/prometheus was public (volumes, job names, the ERP's figures). Health stays
 * public for load balancers; metrics need an administrator's login.
 */
@PortalIntegrationTest
class OperationalEndpointsSecurityIT {

    @LocalServerPort
    int port;

    @Test
    void metricsNeedAnAdministratorAndHealthStaysPublic() {
        Attacker attacker = new Attacker(port);

        assertThat(attacker.send(attacker.request("/actuator/prometheus").GET().build()).statusCode()).isEqualTo(401);
        assertThat(attacker.get("acme.anna", "/actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(attacker.get("buyer", "/actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(attacker.get("admin", "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(attacker.send(attacker.request("/actuator/health").GET().build()).body()).contains("\"status\":\"UP\"");
    }
}
