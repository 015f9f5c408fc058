package org.supplierportal.tenancy.internal;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
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

    /** Static and infrastructure, like Spring's own advisors: created early, it looks {@link CurrentUsers} up late. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static RunsAsSystemAdvisor runsAsSystemAdvisor(ObjectProvider<CurrentUsers> currentUsers) {
        return new RunsAsSystemAdvisor(currentUsers::getObject);
    }
}
