package org.supplierportal.erp.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Paragraph;
import org.supplierportal.erp.inbound.ReconciliationReport;
import org.supplierportal.shell.UserFormats;

/** The last reconciliation's findings as one sentence on the integration screen. */
final class ReconciliationFindingsText {

    private ReconciliationFindingsText() {
    }

    static Paragraph of(Optional<ReconciliationReport> last) {
        Paragraph text = new Paragraph(last.map(report -> "Last reconciliation " + UserFormats.dateTime(report.finishedAt())
                        + (report.status().equals("COMPLETED") ? "" : " (" + report.status().toLowerCase() + ")") + ": "
                        + report.findings().sentence())
                .orElse("No reconciliation has run yet: it compares every open order with the ERP and brings what differs up to date."));
        text.setId("reconciliation-findings");
        return text;
    }
}
