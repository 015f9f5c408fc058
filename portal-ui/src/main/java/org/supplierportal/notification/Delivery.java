package org.supplierportal.notification;

/** How a person wants to hear of one type of notification by e-mail; the portal's bell shows them all anyway. */
public enum Delivery {
    IMMEDIATELY,
    DAILY_DIGEST,
    OFF
}
