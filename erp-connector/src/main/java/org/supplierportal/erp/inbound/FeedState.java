package org.supplierportal.erp.inbound;

import java.time.Instant;

import org.supplierportal.erp.Watermark;

/** An inbound feed's position and health, for the monitor and the lag metric. */
public record FeedState(String name, Watermark watermark, Instant lastRunAt, Instant lastSuccessAt) {
}
