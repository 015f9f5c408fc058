package org.supplierportal.erp;

import java.time.Instant;

/** An inbound feed's position and health, for the monitor and the lag metric. */
public record FeedState(String name, Watermark watermark, Instant lastRunAt, Instant lastSuccessAt) {
}
