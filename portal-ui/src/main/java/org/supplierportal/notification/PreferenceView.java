package org.supplierportal.notification;

/** One line of a person's notification preferences. @param chosen false while the type's default applies */
public record PreferenceView(NotificationType type, Delivery delivery, boolean chosen) {
}
