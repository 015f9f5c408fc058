package org.supplierportal.erp.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Paragraph;
import org.supplierportal.erp.inbound.ReconciliationReport;
import org.supplierportal.shell.UserFormats;
import com.vaadin.flow.i18n.I18NProvider;

/** The last reconciliation's findings as one sentence on the integration screen. */
final class ReconciliationFindingsText {

    private ReconciliationFindingsText() {
    }

    static Paragraph of(Optional<ReconciliationReport> last) {
        Paragraph text = new Paragraph(last.map(report -> I18NProvider.translate("integration.lastReconciliation", UserFormats.dateTime(report.finishedAt()),
                        report.status().equals("COMPLETED") ? "" : " (" + report.status().toLowerCase() + ")",
                        report.findings().sentence()))
                .orElse(I18NProvider.translate("integration.noReconciliation")));
        text.setId("reconciliation-findings");
        return text;
    }
}
