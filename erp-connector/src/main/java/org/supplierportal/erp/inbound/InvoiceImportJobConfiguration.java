package org.supplierportal.erp.inbound;

import java.util.Optional;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.invoice.InvoiceDocument;
import org.supplierportal.invoice.InvoiceInbound;

/**
 * Supplier invoice states, recorded through the portal's invoice service. Invoices the adapter could not map are dead
 * letters; invoices of companies that are not suppliers of the portal are passed over (they are none of its business).
 */
@Configuration(proxyBeanMethods = false)
class InvoiceImportJobConfiguration {

    @Bean
    Job importInvoicesJob(ImportJobBuilder jobs, ErpFeedReader<InvoiceDocument> invoiceFeedReader, InvoiceInbound invoices) {
        return jobs.recordFeedJob(ErpJob.INVOICES, invoiceFeedReader, "INVOICE", invoice -> {
            invoices.receive(invoice);
            return Optional.empty();
        });
    }

    @Bean
    @StepScope
    ErpFeedReader<InvoiceDocument> invoiceFeedReader(ImportJobBuilder jobs) {
        return jobs.feedReader(ErpJob.INVOICES, ErpAdapter::pullInvoices);
    }
}
