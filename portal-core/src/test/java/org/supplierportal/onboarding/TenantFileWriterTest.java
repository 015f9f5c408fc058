package org.supplierportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.identity.UserSummary;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.Address;
import org.supplierportal.tenant.Contact;
import org.supplierportal.tenant.ShippingRules;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tenant.ToleranceOverrides;

class TenantFileWriterTest {

    private static final TenantId ID = new TenantId(UUID.randomUUID());

    @Test
    void anExportedTenantReadsBackAsTheSameSupplier() {
        TenantSummary tenant = tenant(new ToleranceOverrides(BigDecimal.ZERO, new BigDecimal("5.5"), 3, 2, null, null),
                new Address("Hamngatan 1", "411 06", "Gothenburg", "SE"),
                new ShippingRules(new Address(null, null, "Borås", "SE"), "0614141", true, "DHL Freight"));
        List<UserSummary> users = List.of(user("anna@acme.example", Role.SUPPLIER_USER, true),
                user("gone@acme.example", Role.SUPPLIER_ADMIN, false));

        String yaml = TenantFileWriter.write(tenant, users);

        ValidTenantFile back = readBack(yaml);
        assertThat(back.tenant()).isEqualTo(tenant.definition());
        assertThat(back.users()).singleElement().satisfies(user -> {
            assertThat(user.username()).isEqualTo("anna@acme.example");
            assertThat(user.role()).isEqualTo(Role.SUPPLIER_USER);
            assertThat(user.password()).isNull();
        });
        assertThat(yaml.lines().filter(line -> !line.startsWith("#"))).noneMatch(line -> line.contains("password"));
    }

    @Test
    void aSupplierWithOnlyANameExportsAsAShortFile() {
        TenantSummary bare = tenant(ToleranceOverrides.NONE, Address.NONE, ShippingRules.NONE);

        String yaml = TenantFileWriter.write(bare, List.of());

        assertThat(readBack(yaml).tenant()).isEqualTo(bare.definition());
        assertThat(yaml.lines().filter(line -> !line.startsWith("#")))
                .containsExactly("key: acme-metals", "name: Acme Metals", "erpPartyCodes:", "- SUP-1001",
                        "acknowledgmentDeadlineWorkingDays: 2");
    }

    private static ValidTenantFile readBack(String yaml) {
        TenantFileValidator.Result result = TenantFileValidator.validateAll(
                Map.of("tenants/acme-metals.yaml", TenantFileReader.parse(yaml)), Set.of());
        assertThat(result.problems()).isEmpty();
        return result.files().getFirst();
    }

    private static TenantSummary tenant(ToleranceOverrides limits, Address address, ShippingRules shipping) {
        return new TenantSummary(ID, "acme-metals", "Acme Metals", true, List.of("SUP-1001"),
                shipping == ShippingRules.NONE ? Contact.NONE : new Contact("Anna Berg", "anna@acme.example", "+46 31 555 01 00"),
                limits, 2, TenantSummary.SOURCE_SCREEN, null, address, shipping, null, null, null, Instant.EPOCH, 0);
    }

    private static UserSummary user(String username, Role role, boolean active) {
        return new UserSummary(UUID.randomUUID(), username, "Someone", username, role, ID, "Acme Metals", active,
                null, "INVITATION", true);
    }
}
