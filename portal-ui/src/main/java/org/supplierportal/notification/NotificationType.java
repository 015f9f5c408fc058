package org.supplierportal.notification;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of notification, each for one audience and with the e-mail delivery a person gets until they choose
 * (the defaults live here, one per type, and each says why):
 * <ul>
 * <li>what a supplier must answer or fix comes at once: orders, deadlines, a returned step, a blocked invoice. A
 * payment needs nothing from them, so it waits for the digest;</li>
 * <li>a buyer's inbox fills all day, so it comes as one digest; but a supplier's answer outside tolerance (or a
 * rejected line) holds an order until the buyer decides, and a supplier's answer to a quality step waits for their
 * review, so those two come at once. An answer outside tolerance is its own type, not an inbox exception as well:
 * the buyer hears of it once;</li>
 * <li>an admin hears of dead letters and failing imports at once: data stops flowing until they act.</li>
 * </ul>
 */
public enum NotificationType {
    ORDER_RECEIVED(Audience.SUPPLIER, Delivery.IMMEDIATELY),
    ORDER_CHANGED(Audience.SUPPLIER, Delivery.IMMEDIATELY),
    ACKNOWLEDGMENT_DUE_SOON(Audience.SUPPLIER, Delivery.IMMEDIATELY),
    ACKNOWLEDGMENT_OVERDUE(Audience.SUPPLIER, Delivery.IMMEDIATELY),
    BUYER_DECIDED(Audience.SUPPLIER, Delivery.IMMEDIATELY),
    RECEIPT_DIFFERS_FROM_ASN(Audience.SUPPLIER, Delivery.IMMEDIATELY),
    QUALITY_STEP_RETURNED(Audience.SUPPLIER, Delivery.IMMEDIATELY),
    QUALITY_STEP_DUE_SOON(Audience.SUPPLIER, Delivery.IMMEDIATELY),
    INVOICE_BLOCKED(Audience.SUPPLIER, Delivery.IMMEDIATELY),
    INVOICE_PAID(Audience.SUPPLIER, Delivery.DAILY_DIGEST),
    INBOX_EXCEPTION(Audience.BUYER, Delivery.DAILY_DIGEST),
    ANSWER_OUTSIDE_TOLERANCE(Audience.BUYER, Delivery.IMMEDIATELY),
    QUALITY_STEP_ANSWERED(Audience.BUYER, Delivery.IMMEDIATELY),
    DEAD_LETTER(Audience.ADMIN, Delivery.IMMEDIATELY),
    IMPORT_FAILED(Audience.ADMIN, Delivery.IMMEDIATELY);

    private final Audience audience;
    private final Delivery defaultDelivery;

    NotificationType(Audience audience, Delivery defaultDelivery) {
        this.audience = audience;
        this.defaultDelivery = defaultDelivery;
    }

    public Audience audience() {
        return audience;
    }

    public Delivery defaultDelivery() {
        return defaultDelivery;
    }

    /** The types a person of this audience can get, in the order the preferences list them. */
    public static List<NotificationType> of(Audience audience) {
        return Arrays.stream(values()).filter(type -> type.audience == audience).toList();
    }
}
