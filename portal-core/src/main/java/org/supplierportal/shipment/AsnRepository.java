package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AsnRepository extends JpaRepository<Asn, UUID> {

    Optional<Asn> findByNumber(String number);

    long countByStatus(AsnStatus status);

    @Query("select a from Asn a order by a.shipDate desc, a.number desc")
    List<Asn> newestFirst(Pageable page);

    /**
     * The page after the ASN with this ship date and number, in {@link #newestFirst} order (keyset paging; numbers
     * come from one sequence, so they are unique across suppliers).
     */
    @Query("select a from Asn a where a.shipDate < ?1 or (a.shipDate = ?1 and a.number < ?2) order by a.shipDate desc, a.number desc")
    List<Asn> newestFirstAfter(LocalDate shipDate, String number, Pageable page);

    @Query("select a from Asn a where a.status = org.supplierportal.shipment.AsnStatus.SHIPPED"
            + " and a.expectedArrival < ?1 and a.notReceivedRaisedAt is null")
    List<Asn> notReceivedBy(LocalDate day);

    /** Per order line, what live ASNs other than the given one ship: [orderId, lineNumber, quantity]. */
    @Query("select l.orderId, l.orderLineNumber, sum(l.quantity) from AsnLine l join l.asn a"
            + " where l.orderId in ?1 and a.status <> org.supplierportal.shipment.AsnStatus.CANCELLED and a.id <> ?2"
            + " group by l.orderId, l.orderLineNumber")
    List<Object[]> shippedPerLine(Collection<UUID> orderIds, UUID except);

    /** [orderId, lineNumber, quantity] for every line of live ASNs of the given orders. */
    @Query("select l.orderId, l.orderLineNumber, sum(l.quantity) from AsnLine l join l.asn a"
            + " where l.orderId in ?1 and a.status <> org.supplierportal.shipment.AsnStatus.CANCELLED"
            + " group by l.orderId, l.orderLineNumber")
    List<Object[]> shippedPerLineOf(Collection<UUID> orderIds);

    @Query("select a from Asn a join a.lines l where l.orderId = ?1 and a.status <> org.supplierportal.shipment.AsnStatus.CANCELLED")
    List<Asn> ofOrder(UUID orderId);

    @Query("select coalesce(sum(l.quantity), 0) from AsnLine l join l.asn a where l.orderId = ?1 and l.orderLineNumber = ?2"
            + " and a.status <> org.supplierportal.shipment.AsnStatus.CANCELLED")
    BigDecimal shipped(UUID orderId, int lineNumber);
}
