package org.supplierportal.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxAttempts   attempts of one delivery before it is dead (a person may send it again)
 * @param firstRetry    the wait after the first failed attempt; each next wait doubles
 * @param longestRetry  the longest wait between two attempts
 * @param timeout       how long the receiver has to connect and to answer
 * @param sweepInterval how often each node looks for due deliveries
 * @param allowedPrivateNetworks addresses or networks (CIDR: {@code 10.20.0.0/16}, {@code fd00::/8}) that are not
 *                      public but may receive webhooks all the same: an on-premise portal's receivers; none by default
 */
@ConfigurationProperties("portal.webhooks")
record WebhookProperties(@DefaultValue("8") int maxAttempts,
                         @DefaultValue("PT30S") Duration firstRetry,
                         @DefaultValue("PT1H") Duration longestRetry,
                         @DefaultValue("PT10S") Duration timeout,
                         @DefaultValue("PT2S") Duration sweepInterval,
                         List<String> allowedPrivateNetworks) {

    WebhookProperties {
        allowedPrivateNetworks = allowedPrivateNetworks == null ? List.of()
                : allowedPrivateNetworks.stream().filter(network -> !network.isBlank()).toList();
    }

    WebhookRetries retries() {
        return new WebhookRetries(maxAttempts, firstRetry, longestRetry);
    }
}
