package org.supplierportal.erp.inbound;

import java.util.Optional;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.shipment.ReceiptDocument;
import org.supplierportal.shipment.ReceiptInbound;
import org.supplierportal.shipment.ReceiptResult;

/** Goods receipts, booked through the portal's receipt service; a receipt for an unknown order is a dead letter to replay. */
@Configuration(proxyBeanMethods = false)
class ReceiptImportJobConfiguration {

    @Bean
    Job importReceiptsJob(ImportJobBuilder jobs, ErpFeedReader<ReceiptDocument> receiptFeedReader, ReceiptInbound receipts) {
        return jobs.recordFeedJob(ErpJob.RECEIPTS, receiptFeedReader, "RECEIPT", receipt -> {
            ReceiptResult result = receipts.receive(receipt);
            return result.kind() == ReceiptResult.Kind.UNKNOWN_ORDER ? Optional.of(result.message()) : Optional.empty();
        });
    }

    @Bean
    @StepScope
    ErpFeedReader<ReceiptDocument> receiptFeedReader(ImportJobBuilder jobs) {
        return jobs.feedReader(ErpJob.RECEIPTS, ErpAdapter::pullReceipts);
    }
}
