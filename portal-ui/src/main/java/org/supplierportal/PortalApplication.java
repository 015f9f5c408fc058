package org.supplierportal;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The supplier portal: one Spring Boot application holding every business module and the Vaadin screens. */
@SpringBootApplication
@EnableAsync
@EnableScheduling
@Modulithic(systemName = "Supplier portal", sharedModules = "tenancy")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/portal.css")
@Push // server-initiated updates: a new notification shows under the bell without a reload
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    /** One clock for every service, so rules about deadlines and locks can be tested at any time of day. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
