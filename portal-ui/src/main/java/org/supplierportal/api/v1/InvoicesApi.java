package org.supplierportal.api.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supplierportal.invoice.InvoiceFilter;
import org.supplierportal.invoice.InvoiceQueries;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.invoice.InvoiceView;
import org.supplierportal.tolerance.Explanation;

/** Invoice status as the customer's ERP reports it, with the reason of a block and the payment once paid. */
@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices", description = "Where your invoices stand: received, in matching, blocked, approved, paid")
class InvoicesApi {

    private final InvoiceQueries invoices;

    InvoicesApi(InvoiceQueries invoices) {
        this.invoices = invoices;
    }

    record Invoice(UUID id, String invoiceNumber, String erpNumber, String supplier, String orderNumber,
                   LocalDate invoiceDate, String currency, BigDecimal totalAmount, String status, String blockReason,
                   LocalDate paidOn, String paymentReference, Instant updatedAt, List<Change> history) {

        record Change(String status, String reason, Instant at) {
        }

        static Invoice of(InvoiceView invoice) {
            return new Invoice(invoice.id(), invoice.invoiceNumber(), invoice.erpNumber(), invoice.supplierName(),
                    invoice.orderNumber(), invoice.invoiceDate(), invoice.currency(), invoice.totalAmount(),
                    invoice.status().name(), english(invoice.blockReason()), invoice.paidOn(), invoice.paymentReference(),
                    invoice.updatedAt(), invoice.history().stream()
                    .map(change -> new Change(change.status().name(), english(change.reason()), change.at())).toList());
        }

        /** The API keeps English. */
        private static String english(Explanation reason) {
            return reason == null ? null : reason.english();
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_invoices:read')")
    @Operation(operationId = "listInvoices", summary = "Invoices you may see, most recently changed first",
            description = "status: RECEIVED, IN_MATCHING, BLOCKED, APPROVED, PAID or CANCELLED; search: invoice or PO"
                    + " number prefix. Page with limit (at most 200) and after: follow the Link header rel=\"next\".")
    ResponseEntity<List<Invoice>> list(@RequestParam(required = false) InvoiceStatus status,
                                       @RequestParam(required = false) String search,
                                       @RequestParam(required = false) @Parameter(description = "The cursor of the next page, from the previous page's next link") String after,
                                       @RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
        ApiParameters.requirePlainText("search", search);
        int pageSize = ApiPaging.limit(limit);
        ApiCursor cursor = ApiCursor.decode(after, "invoices");
        InvoiceFilter filter = new InvoiceFilter(status, search);
        List<InvoiceView> fetched = cursor == null ? invoices.searchAfter(filter, null, null, pageSize + 1)
                : invoices.searchAfter(filter, ApiParameters.instant(cursor.value()), ApiParameters.uuid(cursor.id()), pageSize + 1);
        ApiPaging.Page<InvoiceView> page = ApiPaging.Page.of(fetched, pageSize,
                invoice -> new ApiCursor("invoices", invoice.updatedAt().toString(), invoice.id().toString()), request);
        return ResponseEntity.ok().headers(page.headers()).body(page.items().stream().map(Invoice::of).toList());
    }

    @GetMapping("/{invoiceId}")
    @PreAuthorize("hasAuthority('SCOPE_invoices:read')")
    @Operation(operationId = "getInvoice", summary = "One invoice with the states it went through")
    ResponseEntity<Invoice> get(@PathVariable UUID invoiceId) {
        Invoice invoice = Invoice.of(invoices.find(invoiceId));
        return ResponseEntity.ok().eTag(ApiPreconditions.etag(invoice)).body(invoice);
    }
}
