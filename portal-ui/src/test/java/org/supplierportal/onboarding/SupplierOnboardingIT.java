package org.supplierportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantDraft;
import org.supplierportal.tenant.TenantRejectedException;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;

@PortalIntegrationTest
class SupplierOnboardingIT {

    @Autowired
    TenantService tenants;
    @Autowired
    OnboardingChecklists checklists;
    @Autowired
    TenantFileManagement files;
    @Autowired
    Actors actors;

    @Test
    void anAdminOnboardsASupplierOnTheScreenAndTheChecklistSaysWhatIsMissing() {
        String key = uniqueKey();
        TenantSummary created = asAdmin(() -> tenants.create(draft(key, "SUP-" + key)));

        assertThat(created.source()).isEqualTo(TenantSummary.SOURCE_SCREEN);
        assertThat(created.address().city()).isEqualTo("Gothenburg");
        assertThat(created.shipping().gs1CompanyPrefix()).isEqualTo("0614141");
        OnboardingChecklist checklist = asAdmin(() -> checklists.of(created));
        assertThat(checklist.steps()).extracting(OnboardingStep::done).containsExactly(true, false, false, false);

        asAdmin(() -> tenants.markTolerancesReviewed(created.id()));
        TenantSummary reviewed = asAdmin(() -> tenants.find(created.id()).orElseThrow());
        assertThat(asAdmin(() -> checklists.of(reviewed)).steps().get(2).done()).isTrue();
    }

    @Test
    void anEditSavesAndAnEditOfAnOlderVersionIsRefusedRatherThanOverwritingIt() {
        TenantSummary created = asAdmin(() -> tenants.create(draft(uniqueKey(), null)));
        TenantDraft edit = withQuantityOver(TenantDraft.of(created), "7.5");

        TenantSummary saved = asAdmin(() -> tenants.update(created.id(), created.version(), edit));

        assertThat(saved.tolerances().quantityOverPercent()).isEqualByComparingTo("7.5");
        assertThatThrownBy(() -> asAdmin(() -> tenants.update(created.id(), created.version(),
                withQuantityOver(TenantDraft.of(created), "9"))))
                .isInstanceOf(TenantRejectedException.class).hasMessageContaining("changed by someone else");
        assertThat(asAdmin(() -> tenants.find(created.id()).orElseThrow()).tolerances().quantityOverPercent())
                .isEqualByComparingTo("7.5");
    }

    @Test
    void aTakenKeyOrPartyCodeIsRefusedNamingTheFieldAndNothingIsCreated() {
        assertThatThrownBy(() -> asAdmin(() -> tenants.create(draft("acme-metals", null))))
                .isInstanceOf(TenantRejectedException.class)
                .satisfies(e -> assertThat(((TenantRejectedException) e).field()).isEqualTo("key"))
                .hasMessageContaining("taken");

        String key = uniqueKey();
        assertThatThrownBy(() -> asAdmin(() -> tenants.create(draft(key, "SUP-1001"))))
                .isInstanceOf(TenantRejectedException.class)
                .satisfies(e -> assertThat(((TenantRejectedException) e).field()).isEqualTo("erpPartyCodes"))
                .hasMessageContaining("SUP-1001 already belongs to Acme Metals");
        assertThat(asAdmin(() -> tenants.findByKey(key))).isEmpty();
    }

    @Test
    void badInputIsRefusedFieldByField() {
        TenantDraft bad = new TenantDraft("Bad Key", "", List.of("has space"), null, "not-an-address", "abc", null,
                null, null, null, null, null, null, null, "123", false, null, 0, new BigDecimal("120"), null, 400,
                null, null, null);

        assertThatThrownBy(() -> asAdmin(() -> tenants.create(bad)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(violation -> violation.getPropertyPath().toString())
                        .contains("create.draft.key", "create.draft.name", "create.draft.contactEmail",
                                "create.draft.contactPhone", "create.draft.gs1CompanyPrefix",
                                "create.draft.acknowledgmentDeadlineWorkingDays", "create.draft.quantityUnderPercent",
                                "create.draft.dateEarlyDays"));
    }

    @Test
    void aFileManagedSupplierIsReadOnlyOnTheScreenWhileItsFileIsThere() {
        TenantSummary acme = actors.tenant("acme-metals");

        assertThat(acme.managedByFile()).isTrue();
        assertThat(files.fileIsPresent(acme)).isTrue();
        assertThatThrownBy(() -> asAdmin(() -> tenants.update(acme.id(), acme.version(), TenantDraft.of(acme))))
                .isInstanceOf(TenantRejectedException.class).hasMessageContaining("managed by the file tenants/acme-metals.yaml");
        assertThatThrownBy(() -> asAdmin(() -> files.manageOnScreen(acme.id())))
                .isInstanceOf(TenantRejectedException.class).hasMessageContaining("Remove the file first");
    }

    @Test
    void onlyAdminsOnboard() {
        assertThatThrownBy(() -> actors.as(actors.buyer(), () -> tenants.create(draft(uniqueKey(), null))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return actors.as(admin(), work);
    }

    static CurrentUser admin() {
        return new CurrentUser(UUID.randomUUID(), "test.admin", "Tina Admin", null, null, EnumSet.of(Role.ADMIN));
    }

    static String uniqueKey() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static TenantDraft draft(String key, String partyCode) {
        return new TenantDraft(key, "Test Supplier " + key, partyCode == null ? List.of() : List.of(partyCode),
                "Tom Test", "tom@test.example", "+46 31 555 00 00", "Hamngatan 1", "411 06", "Gothenburg", "SE",
                null, null, "Borås", "SE", "0614141", false, "DHL Freight", 2, null, new BigDecimal("5"), null, 2, null, null);
    }

    private static TenantDraft withQuantityOver(TenantDraft draft, String percent) {
        return new TenantDraft(draft.key(), draft.name(), draft.erpPartyCodes(), draft.contactName(), draft.contactEmail(),
                draft.contactPhone(), draft.street(), draft.postalCode(), draft.city(), draft.country(),
                draft.shipFromStreet(), draft.shipFromPostalCode(), draft.shipFromCity(), draft.shipFromCountry(),
                draft.gs1CompanyPrefix(), draft.shipBeforeAcknowledgment(), draft.defaultCarrier(),
                draft.acknowledgmentDeadlineWorkingDays(), draft.quantityUnderPercent(), new BigDecimal(percent),
                draft.dateEarlyDays(), draft.dateLateDays(), draft.priceUnderPercent(), draft.priceOverPercent());
    }
}
