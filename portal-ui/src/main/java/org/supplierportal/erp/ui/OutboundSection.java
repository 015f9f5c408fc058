package org.supplierportal.erp.ui;

import org.supplierportal.erp.outbound.OutboundMessageView;
import org.supplierportal.shell.UserFormats;
import com.vaadin.flow.i18n.I18NProvider;

/** The messages waiting for the ERP, with their attempts and the last error: what a passing failure holds back. */
class OutboundSection extends CountedSection<OutboundMessageView> {

    OutboundSection() {
        super(I18NProvider.translate("integration.outbound"), "outbound-pending", I18NProvider.translate("integration.outbound.empty"));
        grid.addColumn(OutboundMessageView::subject).setHeader(getTranslation("integration.column.message")).setAutoWidth(true);
        grid.addColumn(OutboundMessageView::kind).setHeader(getTranslation("integration.column.kind")).setAutoWidth(true);
        grid.addColumn(OutboundMessageView::attempts).setHeader(getTranslation("integration.column.attempts")).setAutoWidth(true);
        grid.addColumn(message -> UserFormats.dateTime(message.nextAttemptAt())).setHeader(getTranslation("integration.column.nextAttempt")).setAutoWidth(true);
        grid.addColumn(message -> message.lastError() == null ? "" : message.lastError()).setHeader(getTranslation("integration.column.lastError")).setFlexGrow(1);
    }
}
