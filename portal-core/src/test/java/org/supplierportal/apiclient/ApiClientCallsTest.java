package org.supplierportal.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.tenancy.TenantId;

class ApiClientCallsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final TenantId ACME = new TenantId(UUID.randomUUID());

    @Test
    void aClientThatIsNeitherRevokedNorExpiredAndWhoseSupplierIsActiveMayCall() {
        assertThat(ApiClientCalls.refusal(client(ACME, NOW.plusSeconds(1), null, true), NOW)).isEmpty();
        assertThat(ApiClientCalls.refusal(client(null, NOW.plusSeconds(1), null, false), NOW))
                .as("the buyer side has no supplier to be deactivated").isEmpty();
    }

    @Test
    void revokedComesFirstThenExpiredThenADeactivatedSupplier() {
        assertThat(ApiClientCalls.refusal(client(ACME, NOW.minusSeconds(1), NOW.minusSeconds(5), false), NOW))
                .contains(ApiClientRefusedException.Reason.REVOKED);
        assertThat(ApiClientCalls.refusal(client(ACME, NOW, null, false), NOW)).as("expiring now is expired")
                .contains(ApiClientRefusedException.Reason.EXPIRED);
        assertThat(ApiClientCalls.refusal(client(ACME, NOW.plusSeconds(60), null, false), NOW))
                .contains(ApiClientRefusedException.Reason.SUPPLIER_DEACTIVATED);
    }

    private static ApiClientCalls.Client client(TenantId tenant, Instant expiresAt, Instant revokedAt, boolean tenantActive) {
        return new ApiClientCalls.Client("ERP", tenant, "orders:read", expiresAt, revokedAt, tenant == null ? null : "acme-metals",
                tenant == null ? null : "Acme Metals", tenantActive);
    }
}
