package org.supplierportal.erp.ui;

import org.supplierportal.erp.outbound.OutboundMessageView;
import org.supplierportal.shell.UserFormats;

/** The messages waiting for the ERP, with their attempts and the last error: what a passing failure holds back. */
class OutboundSection extends CountedSection<OutboundMessageView> {

    OutboundSection() {
        super("Waiting for the ERP", "outbound-pending", "Nothing is waiting: every answer has reached the ERP.");
        grid.addColumn(OutboundMessageView::subject).setHeader("Message").setAutoWidth(true);
        grid.addColumn(OutboundMessageView::kind).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(OutboundMessageView::attempts).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(message -> UserFormats.dateTime(message.nextAttemptAt())).setHeader("Next attempt").setAutoWidth(true);
        grid.addColumn(message -> message.lastError() == null ? "" : message.lastError()).setHeader("Last error").setFlexGrow(1);
    }
}
