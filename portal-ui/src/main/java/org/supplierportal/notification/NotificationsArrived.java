package org.supplierportal.notification;

import java.util.List;
import java.util.UUID;

/** New notifications for these people were committed: their open screens show them. */
public record NotificationsArrived(List<UUID> recipients) {
}
