package org.supplierportal.erp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The connector's rhythm ({@code portal.erp.*}).
 *
 * @param schedulesEnabled whether imports run on their own (tests start them explicitly)
 * @param orderImportInterval time between order imports
 * @param receiptImportInterval time between receipt imports
 * @param outboundSweepInterval how often the outbound queue is checked besides right after each new message
 * @param chunkSize records per chunk (and per transaction) in the import jobs
 * @param overlap how far back each run re-reads, for changes committed late in the ERP (re-reading is harmless)
 * @param reconciliationInterval time between reconciliations of every open order with the ERP
 * @param reconciliationChunkSize open orders compared per ERP call (and per transaction)
 * @param outboundClaimLease how long a node's claim on an outbound message lasts: longer than sending one message
 *                  takes, and the time after which another node sends what a node that died had claimed
 */
@ConfigurationProperties("portal.erp")
public record ErpProperties(Boolean schedulesEnabled, Duration orderImportInterval, Duration receiptImportInterval,
                            Duration outboundSweepInterval, Integer chunkSize, Duration overlap,
                            Duration reconciliationInterval, Integer reconciliationChunkSize,
                            Duration outboundClaimLease) {

    public ErpProperties {
        schedulesEnabled = schedulesEnabled == null || schedulesEnabled;
        orderImportInterval = orderImportInterval == null ? Duration.ofMinutes(1) : orderImportInterval;
        receiptImportInterval = receiptImportInterval == null ? Duration.ofMinutes(1) : receiptImportInterval;
        outboundSweepInterval = outboundSweepInterval == null ? Duration.ofSeconds(2) : outboundSweepInterval;
        chunkSize = chunkSize == null ? 50 : chunkSize;
        overlap = overlap == null ? Duration.ofSeconds(5) : overlap;
        reconciliationInterval = reconciliationInterval == null ? Duration.ofHours(1) : reconciliationInterval;
        reconciliationChunkSize = reconciliationChunkSize == null ? 200 : reconciliationChunkSize;
        outboundClaimLease = outboundClaimLease == null ? Duration.ofMinutes(2) : outboundClaimLease;
        if (outboundClaimLease.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("portal.erp.outbound-claim-lease must be at least 10 seconds, not "
                    + outboundClaimLease);
        }
    }
}
