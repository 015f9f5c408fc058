package org.supplierportal.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A notification as stored: its type and arguments, the texts come from the bundle. */
record StoredNotification(UUID id, UUID recipientId, NotificationType type, List<String> arguments, String link,
                          Instant createdAt, Instant readAt) {
}
