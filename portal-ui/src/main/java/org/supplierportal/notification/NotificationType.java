package org.supplierportal.notification;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of notification, each for one audience and with the e-mail delivery a person gets until they choose:
 * what a supplier must answer comes at once; a buyer's inbox fills all day, so it comes as one digest.
 */
public enum NotificationType {
    ORDER_RECEIVED(Audience.SUPPLIER, Delivery.IMMEDIATELY),
    ORDER_CHANGED(Audience.SUPPLIER, Delivery.IMMEDIATELY),
    BUYER_DECIDED(Audience.SUPPLIER, Delivery.IMMEDIATELY),
    INBOX_EXCEPTION(Audience.BUYER, Delivery.DAILY_DIGEST),
    DEAD_LETTER(Audience.ADMIN, Delivery.IMMEDIATELY);

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
