package org.supplierportal.erp;

import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.supplierportal.erp.tryton.TrytonAdapter;
import org.supplierportal.erp.tryton.TrytonProperties;

/** Chooses the adapter from configuration: Tryton when {@code portal.erp.tryton.url} is set, else none. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TrytonProperties.class, ErpProperties.class})
class ErpConnectorConfiguration {

    @Bean
    ErpConnection erpConnection(TrytonProperties tryton) {
        Optional<ErpAdapter> adapter = tryton.configured() ? Optional.of(new TrytonAdapter(tryton)) : Optional.empty();
        String description = tryton.configured() ? tryton.toString()
                : "No ERP is connected. Set PORTAL_ERP_TRYTON_URL, _DATABASE, _USERNAME and _PASSWORD to connect Tryton.";
        return new ErpConnection() {
            @Override
            public Optional<ErpAdapter> adapter() {
                return adapter;
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    /** Tells onboarding not to seed the demo's orders while a real ERP is connected. */
    @Bean
    org.supplierportal.onboarding.ConnectedErp connectedErp(ErpConnection connection) {
        return () -> connection.adapter().isPresent();
    }
}
