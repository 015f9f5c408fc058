package org.supplierportal.erp.tryton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.invoice.InvoiceDocument;
import tools.jackson.databind.JsonNode;

/** Supplier invoice states in: a page of invoices, their lines, and the purchases those lines bill, in three calls. */
final class TrytonInvoices {

    private final TrytonClient client;

    TrytonInvoices(TrytonClient client) {
        this.client = client;
    }

    List<PulledRecord<InvoiceDocument>> pull(Watermark after, int limit) {
        JsonNode invoices = client.searchRead("account.invoice", TrytonInvoiceMapping.supplierInvoicesAfter(after), 0, limit,
                TrytonInvoiceMapping.FEED_ORDER, TrytonInvoiceMapping.INVOICE_FIELDS);
        List<Long> lineIds = new ArrayList<>();
        invoices.forEach(invoice -> invoice.get("lines").forEach(line -> lineIds.add(line.asLong())));
        Map<Long, List<JsonNode>> linesByInvoice = new HashMap<>();
        Map<Long, Long> purchaseOfLine = new HashMap<>();
        if (!lineIds.isEmpty()) {
            List<Long> purchaseLines = new ArrayList<>();
            for (JsonNode line : client.read("account.invoice.line", lineIds, TrytonInvoiceMapping.LINE_FIELDS)) {
                linesByInvoice.computeIfAbsent(line.get("invoice").asLong(), id -> new ArrayList<>()).add(line);
                TrytonInvoiceMapping.purchaseLineOf(line).ifPresent(purchaseLines::add);
            }
            if (!purchaseLines.isEmpty()) {
                client.read("purchase.line", purchaseLines, List.of("purchase"))
                        .forEach(line -> purchaseOfLine.put(line.get("id").asLong(), line.get("purchase").asLong()));
            }
        }
        List<PulledRecord<InvoiceDocument>> records = new ArrayList<>();
        for (JsonNode invoice : invoices) {
            records.add(TrytonInvoiceMapping.record(invoice, linesByInvoice.getOrDefault(invoice.get("id").asLong(), List.of()),
                    purchaseOfLine));
        }
        return records;
    }
}
