package org.supplierportal.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param decisionTime how long buyers have to decide an exception before it shows as past due (default one day)
 */
@ConfigurationProperties("portal.exceptions")
public record InboxProperties(Duration decisionTime) {

    public InboxProperties {
        decisionTime = decisionTime == null ? Duration.ofDays(1) : decisionTime;
    }
}
