package org.supplierportal.onboarding.ui;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.supplierportal.tenant.RuleTexts;
import org.supplierportal.contact.ContactService;
import org.supplierportal.onboarding.OnboardingChecklists;
import org.supplierportal.onboarding.TenantExport;
import org.supplierportal.onboarding.TenantFileManagement;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.DetailPage;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantChannels;
import org.supplierportal.tenant.TenantRejectedException;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tolerance.ToleranceService;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * One supplier: for admins its onboarding checklist, its details to edit (unless a file manages it), export,
 * deactivation; for buyers its details and contacts. The cards raise events; this view has the services act.
 */
@Route("suppliers/:key")
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
class SupplierView extends DetailPage<TenantSummary> {

    private final TenantService tenants;
    private final OnboardingChecklists checklists;
    private final TenantExport export;
    private final ContactService contacts;
    private final ToleranceService tolerances;
    private final TenantFileManagement files;
    private final TenantChannels channels;
    private final boolean admin;

    SupplierView(TenantService tenants, OnboardingChecklists checklists, TenantExport export, ContactService contacts,
                 ToleranceService tolerances, TenantFileManagement files, TenantChannels channels, CurrentUsers currentUsers) {
        super("key", I18NProvider.translate("supplier.pageTitle"), NoSuchElementException.class);
        this.channels = channels;
        this.files = files;
        this.tenants = tenants;
        this.checklists = checklists;
        this.export = export;
        this.contacts = contacts;
        this.tolerances = tolerances;
        this.admin = currentUsers.require().hasRole(Role.ADMIN);
    }

    @Override
    protected TenantSummary find(String key) {
        return tenants.findByKey(key).orElseThrow();
    }

    @Override
    protected void missing(BeforeEnterEvent event, String key) {
        showMissing(getTranslation("supplier.missing.title", key), getTranslation("supplier.missing.text"),
                getTranslation("supplier.missing.back"), "suppliers");
    }

    @Override
    protected void show(TenantSummary tenant, QueryParameters query) {
        render(tenant, query.getParameters().containsKey("onboarded"));
    }

    private void render(TenantSummary tenant, boolean justOnboarded) {
        removeAll();
        setPageTitle(tenant.name());
        add(new ViewHeader(tenant.name(), management(tenant), admin ? actions(tenant) : new HorizontalLayout()));
        addStatus("supplier-status", tenant.active() ? StatusBadge.of(getTranslation("suppliers.active"), StatusBadge.Tone.OK)
                : StatusBadge.of(getTranslation("supplier.deactivatedAt", UserFormats.dateTime(tenant.deactivatedAt())),
                StatusBadge.Tone.NEUTRAL));
        if (justOnboarded) {
            Paragraph onboarded = new Paragraph(getTranslation("supplier.onboarded", tenant.name()));
            onboarded.setId("onboarded");
            onboarded.addClassName("success-notice");
            add(onboarded);
        }
        if (admin) {
            OnboardingChecklistCard checklist = new OnboardingChecklistCard(tenant, checklists.of(tenant));
            checklist.addConfirmListener(confirmed -> {
                tenants.markTolerancesReviewed(tenant.id());
                Confirmations.done(getTranslation("supplier.tolerancesConfirmed", tenant.name()));
                render(tenants.findByKey(tenant.key()).orElseThrow(), false);
            });
            add(checklist);
        }
        add(details(tenant), channel(tenant), new SupplierContactsCard(tenant, contacts.listOf(tenant.id())));
    }

    private ChannelCard channel(TenantSummary tenant) {
        ChannelCard[] card = new ChannelCard[1];
        card[0] = new ChannelCard(tenant.name(), tenant.key(), channels.settings(tenant.id()), admin && !tenant.managedByFile(),
                settings -> {
                    try {
                        channels.update(tenant.id(), settings);
                        Confirmations.done(getTranslation("supplier.channelSaved", tenant.name()));
                        render(tenants.findByKey(tenant.key()).orElseThrow(), false);
                    } catch (TenantRejectedException rejected) {
                        if (!card[0].showError(rejected.field(), RuleTexts.refusal(rejected))) {
                            Confirmations.failed(RuleTexts.refusal(rejected));
                        }
                    }
                });
        return card[0];
    }

    private static String management(TenantSummary tenant) {
        return tenant.managedByFile()
                ? I18NProvider.translate("supplier.managedByFile", tenant.sourceFile())
                : I18NProvider.translate("supplier.managedOnScreen", UserFormats.dateTime(tenant.createdAt()));
    }

    private SupplierActions actions(TenantSummary tenant) {
        DownloadHandler file = event -> {
            TenantExport.ExportedFile exported = export.export(tenant.id());
            event.setFileName(exported.fileName());
            event.setContentType("application/yaml;charset=UTF-8");
            try (var out = event.getOutputStream()) {
                out.write(exported.content().getBytes(StandardCharsets.UTF_8));
            }
        };
        SupplierActions actions = new SupplierActions(tenant, file);
        actions.addDeactivateListener(deactivated -> {
            render(tenants.deactivate(tenant.id()), false);
            Confirmations.done(getTranslation("supplier.deactivated", tenant.name()));
        });
        actions.addReactivateListener(reactivated -> {
            render(tenants.reactivate(tenant.id()), false);
            Confirmations.done(getTranslation("supplier.reactivated", tenant.name()));
        });
        return actions;
    }

    private SupplierDetailsCard details(TenantSummary tenant) {
        boolean fileNotice = admin && tenant.managedByFile();
        SupplierDetailsCard card = new SupplierDetailsCard(tenant, tolerances.globalDefaults(), admin && !tenant.managedByFile(),
                fileNotice, fileNotice && files.fileIsPresent(tenant));
        card.addSaveListener(save -> save(tenant, card.form()));
        card.addManageOnScreenListener(takeOver -> {
            try {
                TenantSummary released = files.manageOnScreen(tenant.id());
                Confirmations.done(getTranslation("supplier.managedHere", released.name()));
                render(released, false);
            } catch (TenantRejectedException rejected) {
                Confirmations.failed(RuleTexts.refusal(rejected));
            }
        });
        return card;
    }

    private void save(TenantSummary tenant, SupplierForm form) {
        form.clearErrors();
        try {
            TenantSummary saved = tenants.update(tenant.id(), tenant.version(), form.draft());
            Confirmations.done(getTranslation("supplier.saved", saved.name()));
            render(saved, false);
        } catch (ConstraintViolationException invalid) {
            form.showRefusal(invalid);
        } catch (TenantRejectedException rejected) {
            form.showRefusal(rejected);
        }
    }
}
