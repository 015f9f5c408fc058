package org.supplierportal.erp.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.erp.inbound.ParkedOrderView;
import org.supplierportal.shell.UserFormats;

/** Orders for an ERP party no supplier claims; once the supplier is onboarded, the admin retries one ({@link RetryRequested}). */
class ParkedOrdersSection extends CountedSection<ParkedOrderView> {

    ParkedOrdersSection() {
        super("Parked orders", "parked-orders", "No parked orders: every order's supplier is onboarded.");
        grid.addColumn(ParkedOrderView::number).setHeader("PO").setAutoWidth(true);
        grid.addColumn(ParkedOrderView::partyCode).setHeader("ERP party").setAutoWidth(true);
        grid.addColumn(ParkedOrderView::reason).setHeader("Why it waits").setFlexGrow(1);
        grid.addColumn(order -> UserFormats.dateTime(order.updatedAt())).setHeader("Since").setAutoWidth(true);
        grid.addComponentColumn(order -> {
            Button retry = new Button("Retry", click -> fireEvent(new RetryRequested(this, order)));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return retry;
        }).setAutoWidth(true).setFlexGrow(0);
        add(new Paragraph("Orders for an ERP party no supplier claims. Onboard the supplier with that party code, then retry."));
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
