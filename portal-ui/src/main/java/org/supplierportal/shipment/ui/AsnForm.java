package org.supplierportal.shipment.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnProblem;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.ShippableLineView;
import org.supplierportal.tenant.TenantSummary;

/**
 * Builds an ASN: pick open order lines (or upload them as CSV), set quantities, lots and serial numbers, say when and
 * how the goods travel, and pack them. Its four steps are components of their own; the form asks its view for the
 * lines it may offer and hands it CSV files, and the view's service checks everything (its messages go by the fields).
 */
class AsnForm extends Div {

    private final AsnProblems problems = new AsnProblems();
    private final AsnLines lines = new AsnLines();
    private final AvailableLines available = new AvailableLines(lines::contains);
    private final ShipmentFields shipment = new ShipmentFields();
    private final AsnPackages packages = new AsnPackages(lines);

    /** A new ASN: leaving today, with the supplier's usual carrier. */
    AsnForm(TenantSummary supplier) {
        this();
        shipment.startWith(supplier.shipping().defaultCarrier());
    }

    /** An ASN to change: its values, with its lines as the service describes them now. */
    AsnForm(AsnView existing, List<ShippableLineView> described) {
        this();
        shipment.show(existing);
        for (AsnDraft.Line line : linesOf(existing)) {
            described.stream().filter(view -> matches(view, line)).findFirst()
                    .ifPresent(view -> addLine(view.line(), line.quantity(), line.lot(), line.serials()));
        }
        packages.show(existing.packages());
    }

    private AsnForm() {
        addClassName("asn-form");
        add(problems, available, lines, shipment, packages);
        available.addPickListener(picked -> {
            ShippableLineView view = picked.value();
            addLine(view.line(), view.open().signum() > 0 ? view.open() : null, null, List.of());
            available.refresh();
        });
        available.addRefusedListener(refused -> showCsvProblems(List.of(refused.value())));
        lines.addRemoveListener(removed -> {
            packages.render();
            available.refresh();
        });
    }

    /** An ASN's lines as a draft's, to have the service describe them. */
    static List<AsnDraft.Line> linesOf(AsnView asn) {
        return asn.lines().stream().map(line -> new AsnDraft.Line(line.orderId().value(), line.orderLineNumber(),
                line.quantity(), line.lot(), line.serials())).toList();
    }

    AsnDraft draft() {
        return shipment.draft(lines.drafts(), packages.drafts());
    }

    /** Puts each problem by its field; those without one go to the box on top. */
    void showProblems(List<AsnProblem> found) {
        problems.show(found, fields());
    }

    void showCsvProblems(List<String> found) {
        problems.showCsv(found, fields());
    }

    /** Lines read from a CSV file, as the service describes them: added after those already there. */
    void takeLines(List<AsnDraft.Line> read, List<ShippableLineView> described) {
        problems.clear(fields());
        for (AsnDraft.Line line : read) {
            ShippableLineView view = described.stream().filter(candidate -> matches(candidate, line)).findFirst().orElseThrow();
            addLine(view.line(), line.quantity(), line.lot(), line.serials());
        }
        available.refresh();
    }

    /** Asks (by a search event) for the open lines to offer. */
    void refreshAvailable() {
        available.refresh();
    }

    void showAvailable(List<ShippableLineView> lines) {
        available.show(lines);
    }

    Registration addSearchListener(ComponentEventListener<AvailableLines.SearchChanged> listener) {
        return available.addSearchListener(listener);
    }

    Registration addCsvListener(ComponentEventListener<AvailableLines.CsvUploaded> listener) {
        return available.addCsvListener(listener);
    }

    private void addLine(ShippableLine line, BigDecimal quantity, String lot, List<String> serials) {
        lines.add(line, quantity, lot, serials);
        packages.render();
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        shipment.putFields(fields);
        lines.putFields(fields);
        packages.putFields(fields);
        return fields;
    }

    private static boolean matches(ShippableLineView view, AsnDraft.Line line) {
        return view.line().orderId().value().equals(line.orderId()) && view.line().lineNumber() == line.lineNumber();
    }
}
