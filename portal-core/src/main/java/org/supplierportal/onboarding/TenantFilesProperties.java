package org.supplierportal.onboarding;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory where the tenant files are; relative paths are resolved against the working directory
 */
@ConfigurationProperties("portal.tenants")
public record TenantFilesProperties(String directory) {

    /** A plain string, turned into a path here: Spring would resolve "../tenants" as a classpath-like resource. */
    public Path directoryPath() {
        return Path.of(directory == null || directory.isBlank() ? "tenants" : directory);
    }
}
