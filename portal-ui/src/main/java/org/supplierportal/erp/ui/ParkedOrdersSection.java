package org.supplierportal.erp.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.erp.inbound.ParkedOrderView;
import org.supplierportal.shell.UserFormats;
import com.vaadin.flow.i18n.I18NProvider;

/** Orders for an ERP party no supplier claims; once the supplier is onboarded, the admin retries one ({@link RetryRequested}). */
class ParkedOrdersSection extends CountedSection<ParkedOrderView> {

    ParkedOrdersSection() {
        super(I18NProvider.translate("integration.parked"), "parked-orders", I18NProvider.translate("integration.parked.empty"));
        grid.addColumn(ParkedOrderView::number).setHeader(getTranslation("integration.column.po")).setAutoWidth(true);
        grid.addColumn(ParkedOrderView::partyCode).setHeader(getTranslation("integration.column.party")).setAutoWidth(true);
        grid.addColumn(ParkedOrderView::reason).setHeader(getTranslation("integration.column.why")).setFlexGrow(1);
        grid.addColumn(order -> UserFormats.dateTime(order.updatedAt())).setHeader(getTranslation("integration.column.since")).setAutoWidth(true);
        grid.addComponentColumn(order -> {
            Button retry = new Button(getTranslation("integration.retry"), click -> fireEvent(new RetryRequested(this, order)));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return retry;
        }).setAutoWidth(true).setFlexGrow(0);
        add(new Paragraph(getTranslation("integration.parked.help")));
    }

    Registration addRetryListener(ComponentEventListener<RetryRequested> listener) {
        return addListener(RetryRequested.class, listener);
    }

    /** The admin asks to take a parked order in now. */
    static final class RetryRequested extends ComponentEvent<ParkedOrdersSection> {

        private final ParkedOrderView order;

        RetryRequested(ParkedOrdersSection source, ParkedOrderView order) {
            super(source, true);
            this.order = order;
        }

        ParkedOrderView order() {
            return order;
        }
    }
}
