package org.supplierportal.keycloak;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * At start-up, makes sure every supplier has its Organization in Keycloak (suppliers onboarded from files, or while
 * Keycloak was away). Best effort: a Keycloak that is down is reported in the log and does not stop the portal;
 * people are added to Keycloak when they are invited.
 */
class KeycloakSync {

    private static final Logger log = LoggerFactory.getLogger(KeycloakSync.class);

    private final TenantService tenants;
    private final KeycloakDirectory directory;
    private final CurrentUsers currentUsers;

    KeycloakSync(TenantService tenants, KeycloakDirectory directory, CurrentUsers currentUsers) {
        this.tenants = tenants;
        this.directory = directory;
        this.currentUsers = currentUsers;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishSuppliers() {
        int published = 0;
        for (TenantSummary tenant : currentUsers.runAsSystem("keycloak sync", tenants::listAll)) {
            try {
                directory.publish(tenant);
                published++;
            } catch (RuntimeException failed) {
                log.error("Supplier {} not published to Keycloak: {}", tenant.key(), failed.getMessage());
            }
        }
        log.info("{} suppliers published to Keycloak as Organizations", published);
    }
}
