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

/** One ASN: what ships, how, in which packages, what arrived; its packing slip and labels; change or cancel it. */
@Route("shipments/:id")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class ShipmentView extends DetailPage<AsnView> {

    private final AsnService asns;
    private final AsnQueries queries;
    private final TenantService tenants;
    private final boolean supplier;

    ShipmentView(AsnService asns, AsnQueries queries, TenantService tenants, CurrentUsers currentUsers) {
        super("id", "ASN", AsnNotFoundException.class);
        this.asns = asns;
        this.queries = queries;
        this.tenants = tenants;
        this.supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
    }

    @Override
    protected AsnView find(String id) {
        return queries.find(UUID.fromString(id));
    }

    @Override
    protected void missing(BeforeEnterEvent event, String id) {
        showMissing("No such ASN", "This ASN does not exist, or is not one you may see.", "All shipments", "shipments");
    }

    @Override
    protected void show(AsnView asn, QueryParameters query) {
        var parameters = query.getParameters();
        render(asn, parameters.containsKey("sent") ? "ASN " + asn.number() + " is sent to your customer."
                : parameters.containsKey("changed") ? "Version " + asn.asnVersion() + " of ASN " + asn.number() + " is sent." : null);
    }

    private void render(AsnView asn, String confirmation) {
        removeAll();
        String title = "ASN " + asn.number();
        setPageTitle(title);
        add(new ViewHeader(title, (supplier ? "" : asn.supplierName() + " · ") + "PO " + String.join(", ", asn.orderNumbers())
                + " · version " + asn.asnVersion() + ", sent by " + asn.createdBy(), actions(asn)));
        if (confirmation != null) {
            Paragraph done = new Paragraph(confirmation + (asn.packages().isEmpty() ? "" : " Print the labels and stick one on each package."));
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
        HorizontalLayout actions = new HorizontalLayout(download("Packing slip", "packing-slip", asn.number() + "-packing-slip.pdf",
                () -> ShippingDocuments.packingSlip(asn, company, UserFormats.locale())));
        if (!asn.packages().isEmpty()) {
            actions.add(download("Labels", "labels", asn.number() + "-labels.pdf",
                    () -> ShippingDocuments.labels(asn, company, UserFormats.locale())));
        }
        if (supplier && asn.status().changeable()) {
            Button change = new Button("Change", VaadinIcon.EDIT.create(), click -> UI.getCurrent().navigate("shipments/" + asn.id() + "/edit"));
            change.setId("change-asn");
            Button cancel = new Button("Cancel ASN", click -> confirmCancel(asn));
            cancel.setId("cancel-asn");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(change, cancel);
        }
        return actions;
    }

    private static Div facts(AsnView asn) {
        Div card = Facts.card("asn-facts");
        Facts.row(card, "Ship date", UserFormats.date(asn.shipDate()));
        Facts.row(card, "Expected arrival", UserFormats.date(asn.expectedArrival()));
        Facts.row(card, "Carrier", Facts.dash(asn.carrier()));
        Facts.row(card, "Tracking number", Facts.dash(asn.trackingNumber()));
        Facts.row(card, "Bill of lading", Facts.dash(asn.billOfLading()));
        Facts.row(card, "Ship to", Facts.dash(asn.shipTo()));
        if (asn.receivedAt() != null) {
            Facts.row(card, "Received", UserFormats.dateTime(asn.receivedAt()));
        }
        return card;
    }

    private void confirmCancel(AsnView asn) {
        ConfirmDialog dialog = new ConfirmDialog("Cancel ASN " + asn.number() + "?", "Your customer and its ERP are told"
                + " the shipment is not coming. The order lines can then ship on another ASN.", "Cancel the ASN", confirmed -> {
            try {
                render(asns.cancel(asn.id()), null);
                Confirmations.done("ASN " + asn.number() + " cancelled");
            } catch (AsnNotChangeableException tooLate) {
                Confirmations.failed(tooLate.getMessage());
            }
        });
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
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
        return StatusBadge.of(status.label(), switch (status) {
            case SHIPPED -> StatusBadge.Tone.INFO;
            case PARTLY_RECEIVED -> StatusBadge.Tone.WARNING;
            case RECEIVED -> StatusBadge.Tone.OK;
            case CANCELLED -> StatusBadge.Tone.NEUTRAL;
        });
    }
}
