package org.supplierportal.order.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.shell.StatusBadge;

/** The colours of order and line states, the same everywhere. */
final class OrderBadges {

    private OrderBadges() {
    }

    static Span of(OrderStatus status) {
        return StatusBadge.of(I18NProvider.translate("order.status." + status.name()), switch (status) {
            case NEW, CHANGED, ACTION_REQUIRED -> StatusBadge.Tone.WARNING;
            case IN_REVIEW -> StatusBadge.Tone.INFO;
            case CONFIRMED -> StatusBadge.Tone.OK;
            case CANCELLED -> StatusBadge.Tone.NEUTRAL;
        });
    }

    static Span of(LineStatus status) {
        return StatusBadge.of(I18NProvider.translate("line.status." + status.name()), switch (status) {
            case AWAITING_ANSWER, COUNTER_PROPOSED -> StatusBadge.Tone.WARNING;
            case BUYER_REVIEW -> StatusBadge.Tone.INFO;
            case COMMITTED -> StatusBadge.Tone.OK;
            case REJECTED, CANCELLED -> StatusBadge.Tone.NEUTRAL;
        });
    }
}
