package org.supplierportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantFileReaderTest {

    @TempDir
    Path tenants;

    @Test
    void reportsAnUnknownFieldWithItsPathAndTheKnownFields() throws IOException {
        Files.writeString(tenants.resolve("acme.yaml"), """
                key: acme
                name: Acme
                users:
                  - {username: a.b, nmae: Typo, role: SUPPLIER_USER, password: secret1}
                """);

        TenantFileProblem problem = TenantFileReader.readDirectory(tenants).problems().getFirst();

        assertThat(problem.file()).endsWith("acme.yaml");
        assertThat(problem.field()).isEqualTo("users[0].nmae");
        assertThat(problem.message()).startsWith("unknown field 'nmae'").contains("name");
    }

    @Test
    void reportsAValueOfTheWrongKind() throws IOException {
        Files.writeString(tenants.resolve("acme.yaml"), """
                key: acme
                name: Acme
                tolerances:
                  dateLateDays: two
                """);

        TenantFileProblem problem = TenantFileReader.readDirectory(tenants).problems().getFirst();

        assertThat(problem.field()).isEqualTo("tolerances.dateLateDays");
        assertThat(problem.message()).startsWith("has a value of the wrong kind");
    }

    @Test
    void reportsBrokenYamlWithItsLine() throws IOException {
        Files.writeString(tenants.resolve("acme.yaml"), "key: acme\nname: \"unclosed\n");

        TenantFileProblem problem = TenantFileReader.readDirectory(tenants).problems().getFirst();

        assertThat(problem.message()).startsWith("is not valid YAML (line");
    }

    @Test
    void readsOnlyYamlFilesInNameOrder() throws IOException {
        Files.writeString(tenants.resolve("b.yaml"), "key: b\nname: B\n");
        Files.writeString(tenants.resolve("a.yml"), "key: a\nname: A\n");
        Files.writeString(tenants.resolve("README.md"), "# not a tenant");

        assertThat(TenantFileReader.readDirectory(tenants).files().keySet())
                .containsExactly(tenants.getFileName() + "/a.yml", tenants.getFileName() + "/b.yaml");
    }
}
