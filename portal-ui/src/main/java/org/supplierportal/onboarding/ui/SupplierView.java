package org.supplierportal.onboarding.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.supplierportal.contact.ContactService;
import org.supplierportal.contact.SupplierContactView;
import org.supplierportal.onboarding.OnboardingChecklist;
import org.supplierportal.onboarding.OnboardingChecklists;
import org.supplierportal.onboarding.OnboardingStep;
import org.supplierportal.onboarding.TenantExport;
import org.supplierportal.onboarding.TenantFileManagement;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantDraft;
import org.supplierportal.tenant.TenantRejectedException;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tolerance.ToleranceService;

/**
 * One supplier: for admins its onboarding checklist, its details to edit (unless a file manages it), export,
 * deactivation; for buyers its details and contacts.
 */
@Route("suppliers/:key")
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
class SupplierView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantService tenants;
    private final OnboardingChecklists checklists;
    private final TenantExport export;
    private final ContactService contacts;
    private final ToleranceService tolerances;
    private final TenantFileManagement files;
    private final boolean admin;
    private String title = "Supplier";
    private boolean justOnboarded;

    SupplierView(TenantService tenants, OnboardingChecklists checklists, TenantExport export, ContactService contacts,
                 ToleranceService tolerances, TenantFileManagement files, CurrentUsers currentUsers) {
        this.files = files;
        this.tenants = tenants;
        this.checklists = checklists;
        this.export = export;
        this.contacts = contacts;
        this.tolerances = tolerances;
        this.admin = currentUsers.require().hasRole(Role.ADMIN);
        addClassName("page");
    }

    @Override
    public String getPageTitle() {
        return title + " | Supplier Portal";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse("");
        removeAll();
        justOnboarded = event.getLocation().getQueryParameters().getParameters().containsKey("onboarded");
        tenants.findByKey(key).ifPresentOrElse(this::show, () -> add(new EmptyState("No supplier " + key,
                "There is no supplier with this key. Go back to the list of suppliers.",
                new Button("All suppliers", click -> UI.getCurrent().navigate("suppliers")))));
    }

    private void show(TenantSummary tenant) {
        removeAll();
        title = tenant.name();
        HorizontalLayout actions = new HorizontalLayout();
        if (admin) {
            // The systems acting for this supplier (API clients) are managed on their own screen, narrowed to it.
            actions.add(new Button("API clients", VaadinIcon.CONNECT.create(), click -> UI.getCurrent().navigate("admin/api-clients",
                    com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("supplier", tenant.key())))),
                    exportLink(tenant), activationButton(tenant));
        }
        add(new ViewHeader(tenant.name(), management(tenant), actions));
        Div badges = new Div(tenant.active() ? StatusBadge.of("Active", StatusBadge.Tone.OK)
                : StatusBadge.of("Deactivated " + UserFormats.dateTime(tenant.deactivatedAt())
                + ": its people cannot log in", StatusBadge.Tone.NEUTRAL));
        badges.setId("supplier-status");
        add(badges);
        if (justOnboarded) {
            Paragraph onboarded = new Paragraph(tenant.name() + " is onboarded. Next: invite its people.");
            onboarded.setId("onboarded");
            onboarded.addClassName("success-notice");
            add(onboarded);
            justOnboarded = false;
        }
        if (admin) {
            add(checklist(tenant, checklists.of(tenant)));
        }
        add(details(tenant), contactsCard(tenant));
    }

    private static String management(TenantSummary tenant) {
        return tenant.managedByFile()
                ? "Managed by the file " + tenant.sourceFile() + ", applied at every start: change the file to change these details."
                : "Managed on this screen. Onboarded " + UserFormats.dateTime(tenant.createdAt()) + ".";
    }

    private Div checklist(TenantSummary tenant, OnboardingChecklist checklist) {
        Div card = new Div();
        card.setId("onboarding-checklist");
        card.addClassNames("card", "checklist");
        card.add(new H2(checklist.complete() ? "Onboarding complete"
                : "Onboarding: " + checklist.doneCount() + " of " + checklist.steps().size() + " steps done"));
        UnorderedList steps = new UnorderedList();
        for (OnboardingStep step : checklist.steps()) {
            ListItem item = new ListItem();
            item.addClassName(step.done() ? "step-done" : "step-open");
            item.add(step.done() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create(),
                    new Span(step.name()), hint(step.next()));
            steps.add(item);
        }
        Button invite = new Button("Invite people", VaadinIcon.ENVELOPE.create(), click -> UI.getCurrent()
                .navigate("admin/users", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("supplier", tenant.key(), "invite", ""))));
        invite.setId("invite-people");
        invite.setEnabled(tenant.active());
        Button confirmTolerances = new Button(tenant.tolerancesReviewedAt() == null ? "Confirm tolerances" : "Confirm tolerances again",
                VaadinIcon.CHECK.create(), click -> {
                    tenants.markTolerancesReviewed(tenant.id());
                    Confirmations.done("Tolerance limits of " + tenant.name() + " confirmed");
                    show(tenants.findByKey(tenant.key()).orElseThrow());
                });
        confirmTolerances.setId("confirm-tolerances");
        card.add(steps, new HorizontalLayout(invite, confirmTolerances));
        return card;
    }

    private static Span hint(String text) {
        Span hint = new Span(" — " + text);
        hint.addClassName("step-hint");
        return hint;
    }

    private Div details(TenantSummary tenant) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H2("Details"));
        SupplierForm form = new SupplierForm(false, tolerances.globalDefaults());
        form.show(TenantDraft.of(tenant));
        boolean editable = admin && !tenant.managedByFile();
        form.setReadOnly(!editable);
        if (admin && tenant.managedByFile()) {
            card.add(fileNotice(tenant));
        }
        card.add(form);
        if (editable) {
            Button save = new Button("Save changes", click -> save(tenant, form));
            save.setId("save-supplier");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(save);
        }
        return card;
    }

    private Div fileNotice(TenantSummary tenant) {
        Div notice = new Div();
        notice.addClassName("notice");
        notice.setId("managed-by-file");
        if (files.fileIsPresent(tenant)) {
            notice.add(new Paragraph("These details come from " + tenant.sourceFile() + ". The file wins at every"
                    + " start, so they are read-only here. To manage " + tenant.name()
                    + " on this screen instead, remove the file from the tenants folder."));
            return notice;
        }
        Button takeOver = new Button("Manage on this screen", click -> {
            try {
                TenantSummary released = files.manageOnScreen(tenant.id());
                Confirmations.done(released.name() + " is managed on this screen from now on");
                show(released);
            } catch (TenantRejectedException rejected) {
                Confirmations.failed(rejected.getMessage());
            }
        });
        takeOver.setId("manage-on-screen");
        notice.add(new Paragraph("These details came from " + tenant.sourceFile() + ", which is no longer in the"
                + " tenants folder. Manage " + tenant.name() + " on this screen from now on?"), takeOver);
        return notice;
    }

    private void save(TenantSummary tenant, SupplierForm form) {
        form.clearErrors();
        try {
            TenantSummary saved = tenants.update(tenant.id(), tenant.version(), form.draft());
            Confirmations.done("Changes to " + saved.name() + " saved");
            show(saved);
        } catch (ConstraintViolationException invalid) {
            String rest = form.showErrors(invalid);
            Confirmations.failed(rest.isEmpty() ? "Some fields need your attention; see the messages by them." : rest);
        } catch (TenantRejectedException rejected) {
            if (!form.showError(rejected)) {
                Confirmations.failed(rejected.getMessage());
            }
        }
    }

    private Anchor exportLink(TenantSummary tenant) {
        DownloadHandler file = event -> {
            TenantExport.ExportedFile exported = export.export(tenant.id());
            event.setFileName(exported.fileName());
            event.setContentType("application/yaml;charset=UTF-8");
            try (var out = event.getOutputStream()) {
                out.write(exported.content().getBytes(StandardCharsets.UTF_8));
            }
        };
        Anchor link = new Anchor(file, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" Export as file"));
        link.setId("export-supplier");
        link.addClassName("export-link");
        link.setTitle("Download this supplier as a tenants/ file, to keep it under version control or move it to another portal");
        return link;
    }

    private Button activationButton(TenantSummary tenant) {
        if (!tenant.active()) {
            Button reactivate = new Button("Reactivate", click -> {
                show(tenants.reactivate(tenant.id()));
                Confirmations.done(tenant.name() + " reactivated: its people can log in again");
            });
            reactivate.setId("reactivate-supplier");
            return reactivate;
        }
        Button deactivate = new Button("Deactivate", click -> {
            ConfirmDialog dialog = new ConfirmDialog("Deactivate " + tenant.name() + "?",
                    "Its people can no longer log in and no invitations can be sent. Its orders and history stay"
                            + " as they are, and you can reactivate it at any time.", "Deactivate", confirmed -> {
                show(tenants.deactivate(tenant.id()));
                Confirmations.done(tenant.name() + " deactivated");
            });
            dialog.setCancelable(true);
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        deactivate.setId("deactivate-supplier");
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return deactivate;
    }

    private Div contactsCard(TenantSummary tenant) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H2("Contacts at " + tenant.name()));
        List<SupplierContactView> people = contacts.listOf(tenant.id());
        if (people.isEmpty()) {
            card.add(new Paragraph(tenant.name() + " has not entered any contacts yet."));
            return card;
        }
        Grid<SupplierContactView> grid = new Grid<>();
        grid.setId("supplier-contacts");
        grid.addColumn(SupplierContactView::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(contact -> contact.function().label()).setHeader("Responsible for").setAutoWidth(true);
        grid.addColumn(SupplierContactView::email).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(SupplierContactView::phone).setHeader("Phone").setFlexGrow(1);
        grid.setItems(people);
        grid.setAllRowsVisible(true);
        card.add(grid);
        return card;
    }
}
