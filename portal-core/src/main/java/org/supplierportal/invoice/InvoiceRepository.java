package org.supplierportal.invoice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, UUID> {

    Optional<Invoice> findBySourceSystemAndErpInvoiceId(String sourceSystem, String erpInvoiceId);

    /** The first page: most recently changed first. */
    @Query("select i from Invoice i where (?1 is null or i.status = ?1)"
            + " and (?2 is null or i.invoiceNumber like ?2 or i.orderNumber like ?2 or i.erpNumber like ?2)"
            + " order by i.updatedAt desc, i.id")
    List<Invoice> search(InvoiceStatus status, String prefixPattern, Pageable page);

    /**
     * The page after the invoice changed at {@code afterUpdatedAt} with {@code afterId}, in {@link #search} order
     * (keyset paging). A query of its own: PostgreSQL cannot type a null timestamp in "? is null".
     */
    @Query("select i from Invoice i where (?1 is null or i.status = ?1)"
            + " and (?2 is null or i.invoiceNumber like ?2 or i.orderNumber like ?2 or i.erpNumber like ?2)"
            + " and (i.updatedAt < ?3 or (i.updatedAt = ?3 and i.id > ?4))"
            + " order by i.updatedAt desc, i.id")
    List<Invoice> searchAfter(InvoiceStatus status, String prefixPattern, Instant afterUpdatedAt, UUID afterId, Pageable page);

    @Query("select i from Invoice i where i.orderId = ?1 order by i.invoiceDate desc, i.id")
    List<Invoice> ofOrder(UUID orderId);

    /** [status, count] of the invoices the current user may see. */
    @Query("select i.status, count(i) from Invoice i group by i.status")
    List<Object[]> countByStatus();
}
