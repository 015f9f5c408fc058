package org.supplierportal.tenancy.internal;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.supplierportal.tenancy.CurrentUsers;

/** Wires both lines of tenant isolation into Hibernate and into every transaction. */
@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer tenantIdentifierResolverCustomizer(CurrentUsers currentUsers) {
        return properties -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER,
                new ScopeTenantIdentifierResolver(currentUsers));
    }

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory, CurrentUsers currentUsers) {
        return new TenantScopedTransactionManager(entityManagerFactory, currentUsers);
    }
}
