package org.supplierportal.onboarding.ui;

import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.tenant.TenantSummary;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * An admin's actions on a supplier: manage the systems acting for it (API clients), export it as a tenants/ file,
 * deactivate it (after asking) or reactivate it.
 */
class SupplierActions extends HorizontalLayout {

    /** @param export the file's download, from the view (the service writes the file when it is asked) */
    SupplierActions(TenantSummary tenant, DownloadHandler export) {
        add(apiClientsButton(tenant), exportLink(export), tenant.active() ? deactivateButton(tenant) : reactivateButton());
    }

    /** The systems acting for this supplier are managed on their own screen, narrowed to it. */
    private static Button apiClientsButton(TenantSummary tenant) {
        Button apiClients = new Button(I18NProvider.translate("supplier.apiClients"), VaadinIcon.CONNECT.create(), click -> UI.getCurrent()
                .navigate("admin/api-clients", QueryParameters.simple(Map.of("supplier", tenant.key()))));
        apiClients.setId("supplier-api-clients");
        return apiClients;
    }

    Registration addDeactivateListener(ComponentEventListener<Deactivated> listener) {
        return addListener(Deactivated.class, listener);
    }

    Registration addReactivateListener(ComponentEventListener<Reactivated> listener) {
        return addListener(Reactivated.class, listener);
    }

    private static Anchor exportLink(DownloadHandler export) {
        Anchor link = new Anchor(export, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + I18NProvider.translate("supplier.export")));
        link.setId("export-supplier");
        link.addClassName("export-link");
        link.setTitle(I18NProvider.translate("supplier.export.help"));
        return link;
    }

    private Button reactivateButton() {
        Button reactivate = new Button(getTranslation("supplier.reactivate"), click -> fireEvent(new Reactivated(this)));
        reactivate.setId("reactivate-supplier");
        return reactivate;
    }

    private Button deactivateButton(TenantSummary tenant) {
        Button deactivate = new Button(getTranslation("supplier.deactivate"), click -> {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("supplier.deactivate.title", tenant.name()),
                    getTranslation("supplier.deactivate.text"), getTranslation("supplier.deactivate"),
                    confirmed -> fireEvent(new Deactivated(this)));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("confirm.cancel"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        deactivate.setId("deactivate-supplier");
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return deactivate;
    }

    /** The admin confirmed: the supplier's people are to lose access. */
    static final class Deactivated extends ComponentEvent<SupplierActions> {
        Deactivated(SupplierActions source) {
            super(source, true);
        }
    }

    /** The supplier's people are to get their access back. */
    static final class Reactivated extends ComponentEvent<SupplierActions> {
        Reactivated(SupplierActions source) {
            super(source, true);
        }
    }
}
