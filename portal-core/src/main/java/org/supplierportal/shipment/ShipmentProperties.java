package org.supplierportal.shipment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When shipments need the buyer's attention ({@code portal.shipments.*}).
 *
 * @param notReceivedAfter how long after an ASN's expected arrival its goods count as not received
 * @param overdueAfter     how long after a committed line's date it counts as not shipped
 * @param checkInterval    how often the portal looks
 */
@ConfigurationProperties("portal.shipments")
public record ShipmentProperties(Duration notReceivedAfter, Duration overdueAfter, Duration checkInterval) {

    public ShipmentProperties {
        notReceivedAfter = notReceivedAfter == null ? Duration.ofDays(2) : notReceivedAfter;
        overdueAfter = overdueAfter == null ? Duration.ofDays(1) : overdueAfter;
        checkInterval = checkInterval == null ? Duration.ofHours(1) : checkInterval;
    }
}
