package org.supplierportal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.supplierportal.PortalApplication;
import org.supplierportal.contact.ContactDraft;
import org.supplierportal.contact.ContactFunction;
import org.supplierportal.contact.ContactService;
import org.supplierportal.contact.SupplierContactView;
import org.supplierportal.database.EmbeddedPostgresServer;
import org.supplierportal.onboarding.InvalidTenantFilesException;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.SharedTestDatabase;

/** How the portal starts for a newcomer: its own embedded PostgreSQL, data kept, broken files refused. */
@ExtendWith(OutputCaptureExtension.class)
class StartupIT {

    @TempDir
    Path dataDirectory;
    @TempDir
    Path tenantsDirectory;

    @Test
    void withoutADatasourceUrlThePortalRunsItsOwnPostgresAndKeepsTheDataAcrossRestarts() {
        String name = "Persistent Pat " + UUID.randomUUID();
        try (ConfigurableApplicationContext first = startWithEmbeddedDatabase()) {
            assertThat(first.getBeansOfType(EmbeddedPostgresServer.class)).hasSize(1);
            asAcmeAdmin(first, () -> first.getBean(ContactService.class).add(
                    new ContactDraft(name, ContactFunction.LOGISTICS, "pat@acme-metals.example", null, null)));
        }

        try (ConfigurableApplicationContext second = startWithEmbeddedDatabase()) {
            assertThat(asAcmeAdmin(second, () -> second.getBean(ContactService.class).listMine()))
                    .extracting(SupplierContactView::name).contains(name);
        }
        assertThat(dataDirectory.resolve("PG_VERSION")).exists();
    }

    @Test
    void aBrokenTenantFileStopsTheStartWithTheFileTheFieldAndTheProblem(CapturedOutput output) throws IOException {
        Files.writeString(tenantsDirectory.resolve("broken.yaml"), """
                key: broken
                name: Broken Supplier
                users:
                  - {username: broken.bob, name: Bob, role: SUPPLER_USER, password: secret99}
                """);

        String[] arguments = SharedTestDatabase.connectionProperties().entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toList().toArray(new String[0]);
        assertThatThrownBy(() -> new SpringApplicationBuilder(PortalApplication.class)
                .run(concat(arguments, "--server.port=0", "--portal.tenants.directory=" + tenantsDirectory))).hasStackTraceContaining(InvalidTenantFilesException.class.getName());

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains(tenantsDirectory.getFileName() + "/broken.yaml: users[0].role: 'SUPPLER_USER' is not a role; use SUPPLIER_USER or SUPPLIER_ADMIN");
    }

    private ConfigurableApplicationContext startWithEmbeddedDatabase() {
        // Command-line arguments, as a newcomer would pass them: they win over application.yml.
        return new SpringApplicationBuilder(PortalApplication.class)
                .run("--server.port=0", "--portal.tenants.directory=../tenants",
                        "--portal.database.embedded.data-directory=" + dataDirectory);
    }

    private static String[] concat(String[] first, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }

    private static <T> T asAcmeAdmin(ConfigurableApplicationContext context, java.util.function.Supplier<T> work) {
        CurrentUsers currentUsers = context.getBean(CurrentUsers.class);
        TenantSummary acme = currentUsers.runAsSystem("test",
                () -> context.getBean(TenantService.class).findByKey("acme-metals").orElseThrow());
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "startup-test", "Startup Test", acme.id(), acme.name(),
                EnumSet.of(Role.SUPPLIER_ADMIN));
        return currentUsers.runAs(admin, work);
    }
}
