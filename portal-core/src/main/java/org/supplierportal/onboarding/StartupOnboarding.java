package org.supplierportal.onboarding;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Applies the tenant files when the portal starts; a broken file stops the start. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties({TenantFilesProperties.class, DemoUsersProperties.class})
class StartupOnboarding implements ApplicationRunner {

    private final TenantFilesOnboarding onboarding;
    private final TenantFilesProperties properties;

    StartupOnboarding(TenantFilesOnboarding onboarding, TenantFilesProperties properties) {
        this.onboarding = onboarding;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        onboarding.apply(properties.directoryPath());
    }
}
