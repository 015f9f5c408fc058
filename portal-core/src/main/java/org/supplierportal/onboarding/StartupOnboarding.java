package org.supplierportal.onboarding;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Applies the tenant files when the portal starts (a broken file stops the start), then seeds the demo orders. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties({TenantFilesProperties.class, DemoUsersProperties.class})
class StartupOnboarding implements ApplicationRunner {

    private final TenantFilesOnboarding onboarding;
    private final DemoOrders demoOrders;
    private final TenantFilesProperties properties;
    private final DemoUsersProperties demo;

    StartupOnboarding(TenantFilesOnboarding onboarding, DemoOrders demoOrders, TenantFilesProperties properties,
                      DemoUsersProperties demo) {
        this.onboarding = onboarding;
        this.demoOrders = demoOrders;
        this.properties = properties;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        onboarding.apply(properties.directoryPath());
        if (demo.enabled()) {
            demoOrders.seed(properties.directoryPath().resolve("demo-orders"));
        }
    }
}
