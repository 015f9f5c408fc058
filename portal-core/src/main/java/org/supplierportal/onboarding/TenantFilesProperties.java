package org.supplierportal.onboarding;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory where the tenant files are; relative paths are resolved against the working directory
 */
@ConfigurationProperties("portal.tenants")
public record TenantFilesProperties(Path directory) {

    public TenantFilesProperties {
        directory = directory == null ? Path.of("tenants") : directory;
    }
}
