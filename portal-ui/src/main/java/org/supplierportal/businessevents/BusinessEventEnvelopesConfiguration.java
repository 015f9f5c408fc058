package org.supplierportal.businessevents;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantService;

/** The envelopes, for Kafka (when configured) and webhooks (always). */
@Configuration(proxyBeanMethods = false)
class BusinessEventEnvelopesConfiguration {

    @Bean
    BusinessEventEnvelopes businessEventEnvelopes(TenantService tenants, CurrentUsers currentUsers, Clock clock) {
        return new BusinessEventEnvelopes(tenants, currentUsers, clock);
    }
}
