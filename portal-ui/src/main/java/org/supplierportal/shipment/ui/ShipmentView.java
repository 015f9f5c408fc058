package org.supplierportal.shipment.ui;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.Facts;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.shipment.AsnLineView;
import org.supplierportal.shipment.AsnNotChangeableException;
import org.supplierportal.shipment.AsnNotFoundException;
import org.supplierportal.shipment.AsnPackage;
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
class ShipmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AsnService asns;
    private final AsnQueries queries;
    private final TenantService tenants;
    private final boolean supplier;
    private String title = "ASN";

    ShipmentView(AsnService asns, AsnQueries queries, TenantService tenants, CurrentUsers currentUsers) {
        this.asns = asns;
        this.queries = queries;
        this.tenants = tenants;
        this.supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
        addClassName("page");
    }

    @Override
    public String getPageTitle() {
        return title + " | Supplier Portal";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            AsnView asn = queries.find(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
            var parameters = event.getLocation().getQueryParameters().getParameters();
            show(asn, parameters.containsKey("sent") ? "ASN " + asn.number() + " is sent to your customer."
                    : parameters.containsKey("changed") ? "Version " + asn.asnVersion() + " of ASN " + asn.number() + " is sent." : null);
        } catch (AsnNotFoundException | IllegalArgumentException missing) {
            add(new EmptyState("No such ASN", "This ASN does not exist, or is not one you may see.",
                    new Button("All shipments", click -> UI.getCurrent().navigate("shipments"))));
        }
    }

    private void show(AsnView asn, String confirmation) {
        removeAll();
        title = "ASN " + asn.number();
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
        add(new ViewHeader(title, (supplier ? "" : asn.supplierName() + " · ") + "PO " + String.join(", ", asn.orderNumbers())
                + " · version " + asn.asnVersion() + ", sent by " + asn.createdBy(), actions));
        if (confirmation != null) {
            Paragraph done = new Paragraph(confirmation + (asn.packages().isEmpty() ? "" : " Print the labels and stick one on each package."));
            done.setId("asn-confirmation");
            done.addClassName("success-notice");
            add(done);
        }
        Div status = new Div(badge(asn.status()));
        status.setId("asn-status");
        add(status, facts(asn), lines(asn));
        if (!asn.packages().isEmpty()) {
            add(packages(asn));
        }
    }

    private Div facts(AsnView asn) {
        Div card = new Div();
        card.addClassNames("card", "compare");
        card.setId("asn-facts");
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

    private Div lines(AsnView asn) {
        Grid<AsnLineView> grid = new Grid<>();
        grid.setId("asn-lines");
        grid.addColumn(AsnLineView::lineNo).setHeader("#").setAutoWidth(true);
        grid.addColumn(line -> "PO " + line.orderNumber() + " / " + line.orderLineNumber()).setHeader("Order line").setAutoWidth(true);
        grid.addColumn(AsnLineView::partNumber).setHeader("Part").setAutoWidth(true);
        grid.addColumn(AsnLineView::description).setHeader("Description").setFlexGrow(1);
        grid.addColumn(line -> UserFormats.quantity(line.quantity(), line.unit())).setHeader("Shipped").setAutoWidth(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(line -> line.lot() == null ? "" : line.lot()).setHeader("Lot").setAutoWidth(true);
        grid.addColumn(line -> line.serials().isEmpty() ? "" : line.serials().size() + " serial numbers").setHeader("Serials").setAutoWidth(true);
        grid.addColumn(line -> asn.status() == AsnStatus.SHIPPED ? "Not yet" : UserFormats.quantity(line.receivedQuantity(), line.unit()))
                .setHeader("Received").setAutoWidth(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setItems(asn.lines());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Div card = new Div(new H2("Lines"), grid);
        card.addClassName("card");
        return card;
    }

    private Div packages(AsnView asn) {
        Grid<AsnPackage> grid = new Grid<>();
        grid.setId("asn-packages");
        grid.addColumn(AsnPackage::number).setHeader("No.").setAutoWidth(true);
        grid.addColumn(pack -> ShippingDocuments.humanReadable(pack.sscc())).setHeader("SSCC").setAutoWidth(true);
        grid.addColumn(pack -> pack.type() == null ? "" : pack.type()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(pack -> pack.grossWeightKg() == null ? "" : UserFormats.number(pack.grossWeightKg()) + " kg")
                .setHeader("Gross weight").setAutoWidth(true);
        grid.addColumn(pack -> String.join(", ", pack.contents().stream().map(content -> "line " + content.line() + ": "
                + UserFormats.number(content.quantity())).toList())).setHeader("Holds").setFlexGrow(1);
        grid.setItems(asn.packages());
        grid.setAllRowsVisible(true);
        Div card = new Div(new H2("Packages"), grid);
        card.addClassName("card");
        return card;
    }

    private void confirmCancel(AsnView asn) {
        ConfirmDialog dialog = new ConfirmDialog("Cancel ASN " + asn.number() + "?", "Your customer and its ERP are told"
                + " the shipment is not coming. The order lines can then ship on another ASN.", "Cancel the ASN", confirmed -> {
            try {
                show(asns.cancel(asn.id()), null);
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

    private static Anchor download(String text, String id, String fileName, java.util.function.Supplier<byte[]> pdf) {
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
