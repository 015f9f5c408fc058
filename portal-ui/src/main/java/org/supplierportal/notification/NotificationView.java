package org.supplierportal.notification;

import java.time.Instant;
import java.util.UUID;

/** A notification as the bell's list shows it. @param link the portal route that acts on it */
public record NotificationView(UUID id, NotificationType type, String title, String text, String link,
                               Instant createdAt, boolean read) {
}
