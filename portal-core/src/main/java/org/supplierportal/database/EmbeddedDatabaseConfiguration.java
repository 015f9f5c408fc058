package org.supplierportal.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL when no datasource URL is configured, and hands its coordinates to Spring Boot:
 * the application role to the connection pool, the owner role to Flyway.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__never__")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDirectoryPath(), properties.port());
    }

    @Bean
    JdbcConnectionDetails embeddedJdbcConnectionDetails(EmbeddedPostgresServer server) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return EmbeddedPostgresServer.APP_ROLE;
            }

            @Override
            public String getPassword() {
                return EmbeddedPostgresServer.APP_ROLE;
            }

            @Override
            public String getJdbcUrl() {
                return server.jdbcUrl();
            }
        };
    }

    @Bean
    FlywayConnectionDetails embeddedFlywayConnectionDetails(EmbeddedPostgresServer server) {
        return new FlywayConnectionDetails() {
            @Override
            public String getUsername() {
                return EmbeddedPostgresServer.OWNER_ROLE;
            }

            @Override
            public String getPassword() {
                return EmbeddedPostgresServer.OWNER_ROLE;
            }

            @Override
            public String getJdbcUrl() {
                return server.jdbcUrl();
            }
        };
    }
}
