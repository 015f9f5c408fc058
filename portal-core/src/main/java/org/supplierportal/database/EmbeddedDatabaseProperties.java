package org.supplierportal.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL, used only when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where the database files live; kept between runs so a newcomer's data survives a restart
 * @param port          the port to listen on, 0 for any free port
 */
@ConfigurationProperties("portal.database.embedded")
public record EmbeddedDatabaseProperties(String dataDirectory, int port) {

    public Path dataDirectoryPath() {
        return dataDirectory == null || dataDirectory.isBlank()
                ? Path.of(System.getProperty("user.home"), ".supplier-portal", "postgres")
                : Path.of(dataDirectory);
    }
}
