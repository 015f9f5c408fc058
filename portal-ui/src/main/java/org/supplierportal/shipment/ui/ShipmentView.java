package org.supplierportal.shipment.ui;

import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.DetailPage;
import org.supplierportal.shell.Facts;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.shipment.AsnNotChangeableException;
import org.supplierportal.shipment.AsnNotFoundException;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnService;
import org.supplierportal.shipment.AsnStatus;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import com.vaadin.flow.i18n.I18NProvider;

/** One ASN: what ships, how, in which packages, what arrived; its packing slip and labels; change or cancel it. */
@Route("shipments/:id")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class ShipmentView extends DetailPage<AsnView> {

    private final AsnService asns;
    private final AsnQueries queries;
    private final TenantService tenants;
    private final I18NProvider translations;
    private final DocumentFonts fonts;
    private final boolean supplier;

    ShipmentView(AsnService asns, AsnQueries queries, TenantService tenants, CurrentUsers currentUsers,
                 I18NProvider translations, DocumentFonts fonts) {
        super("id", I18NProvider.translate("asn.column.asn"), AsnNotFoundException.class);
        this.asns = asns;
        this.queries = queries;
        this.tenants = tenants;
        this.translations = translations;
        this.fonts = fonts;
        this.supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
    }

    @Override
    protected AsnView find(String id) {
        return queries.find(UUID.fromString(id));
    }

    @Override
    protected void missing(BeforeEnterEvent event, String id) {
        showMissing(getTranslation("asn.missing.title"), getTranslation("asn.missing.text"), getTranslation("asn.missing.back"), "shipments");
    }

    @Override
    protected void show(AsnView asn, QueryParameters query) {
        var parameters = query.getParameters();
        render(asn, parameters.containsKey("sent") ? getTranslation("asn.sent", asn.number())
                : parameters.containsKey("changed") ? getTranslation("asn.changed", asn.asnVersion(), asn.number()) : null);
    }

    private void render(AsnView asn, String confirmation) {
        removeAll();
        String title = getTranslation("asn.title", asn.number());
        setPageTitle(title);
        add(new ViewHeader(title, getTranslation("asn.subtitle", supplier ? "" : asn.supplierName() + " · ",
                String.join(", ", asn.orderNumbers()), asn.asnVersion(), asn.createdBy()), actions(asn)));
        if (confirmation != null) {
            Paragraph done = new Paragraph(confirmation + (asn.packages().isEmpty() ? "" : " " + getTranslation("asn.printLabels")));
            done.setId("asn-confirmation");
            done.addClassName("success-notice");
            add(done);
        }
        addStatus("asn-status", badge(asn.status()));
        add(facts(asn), new AsnLinesCard(asn));
        if (!asn.packages().isEmpty()) {
            add(new AsnPackagesCard(asn));
        }
    }

    private HorizontalLayout actions(AsnView asn) {
        TenantSummary company = tenants.find(asn.tenantId()).orElseThrow();
        // The documents are in the language of the person who prints them, whichever the supplier's or buyer's.
        PdfText text = new PdfText(translations, getLocale(), fonts);
        HorizontalLayout actions = new HorizontalLayout(download(getTranslation("asn.packingSlip"), "packing-slip", asn.number() + "-packing-slip.pdf",
                () -> ShippingDocuments.packingSlip(asn, company, text)));
        if (!asn.packages().isEmpty()) {
            actions.add(download(getTranslation("asn.labels"), "labels", asn.number() + "-labels.pdf",
                    () -> ShippingDocuments.labels(asn, company, text)));
        }
        if (supplier && asn.status().changeable()) {
            Button change = new Button(getTranslation("asn.change"), VaadinIcon.EDIT.create(), click -> UI.getCurrent().navigate("shipments/" + asn.id() + "/edit"));
            change.setId("change-asn");
            Button cancel = new Button(getTranslation("asn.cancel"), click -> confirmCancel(asn));
            cancel.setId("cancel-asn");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(change, cancel);
        }
        return actions;
    }

    private Div facts(AsnView asn) {
        Div card = Facts.card("asn-facts");
        Facts.row(card, getTranslation("asn.field.shipDate"), UserFormats.date(asn.shipDate()));
        Facts.row(card, getTranslation("asn.field.expectedArrival"), UserFormats.date(asn.expectedArrival()));
        Facts.row(card, getTranslation("asn.field.carrier"), Facts.dash(asn.carrier()));
        Facts.row(card, getTranslation("asn.field.trackingNumber"), Facts.dash(asn.trackingNumber()));
        Facts.row(card, getTranslation("asn.field.billOfLading"), Facts.dash(asn.billOfLading()));
        Facts.row(card, getTranslation("asn.field.shipTo"), Facts.dash(asn.shipTo()));
        if (asn.receivedAt() != null) {
            Facts.row(card, getTranslation("asn.field.received"), UserFormats.dateTime(asn.receivedAt()));
        }
        return card;
    }

    private void confirmCancel(AsnView asn) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("asn.cancel.title", asn.number()), getTranslation("asn.cancel.text"),
                getTranslation("asn.cancel.confirm"), confirmed -> {
            try {
                render(asns.cancel(asn.id()), null);
                Confirmations.done(getTranslation("asn.cancelled", asn.number()));
            } catch (AsnNotChangeableException tooLate) {
                Confirmations.failed(getTranslation("asn.notChangeable", asn.number()));
            }
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("asn.cancel.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static Anchor download(String text, String id, String fileName, Supplier<byte[]> pdf) {
        DownloadHandler handler = event -> {
            byte[] bytes = pdf.get();
            event.setFileName(fileName);
            event.setContentType("application/pdf");
            event.setContentLength(bytes.length);
            try (var out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.PRINT.create(), new Span(" " + text));
        link.setId(id);
        link.addClassName("export-link");
        return link;
    }

    static Span badge(AsnStatus status) {
        return StatusBadge.of(I18NProvider.translate("asn.status." + status.name()), switch (status) {
            case SHIPPED -> StatusBadge.Tone.INFO;
            case PARTLY_RECEIVED -> StatusBadge.Tone.WARNING;
            case RECEIVED -> StatusBadge.Tone.OK;
            case CANCELLED -> StatusBadge.Tone.NEUTRAL;
        });
    }
}
