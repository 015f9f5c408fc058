package org.supplierportal.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.order.OrderId;

/** Reads the inbox: exceptions across all suppliers, lazily, filtered and sorted in the database. */
@Service
@Transactional(readOnly = true)
public class InboxQueries {

    private static final String VIEW = "select new org.supplierportal.inbox.ExceptionView(e.id, e.tenantId, e.type,"
            + " e.status, e.supplierName, e.orderId, e.orderNumber, e.orderRevision, e.lineNumber, e.partNumber,"
            + " e.orderedSummary, e.proposedSummary, e.reasonKind, e.reasonValues, e.raisedAt, e.dueAt, e.decidedAt,"
            + " e.decidedBy, e.decisionNote, e.resolutionKind, e.resolutionValues, e.subjectKind, e.subjectValues,"
            + " e.subjectLink, e.version) from BuyerException e";

    private final BuyerExceptionRepository exceptions;
    private final EntityManager entityManager;
    private final Clock clock;

    InboxQueries(BuyerExceptionRepository exceptions, EntityManager entityManager, Clock clock) {
        this.exceptions = exceptions;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    public List<ExceptionView> search(InboxFilter filter, InboxSort sort, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<ExceptionView> query = entityManager.createQuery(VIEW + where(filter, parameters)
                + " order by " + sort.jpql(), ExceptionView.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * A page of the inbox oldest first, for systems: the exceptions raised before {@code raisedBefore} (null: any
     * age) after the one raised at {@code afterRaisedAt} with {@code afterId} (keyset paging; both null for the first
     * page), so every page costs the same however deep.
     */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    public List<ExceptionView> searchAfter(InboxFilter filter, Instant raisedBefore, Instant afterRaisedAt, UUID afterId,
                                           int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>(conditions(filter, parameters));
        if (raisedBefore != null) {
            conditions.add("e.raisedAt < :raisedBefore");
            parameters.put("raisedBefore", raisedBefore);
        }
        if (afterRaisedAt != null && afterId != null) {
            conditions.add("(e.raisedAt > :afterRaisedAt or (e.raisedAt = :afterRaisedAt and e.id > :afterId))");
            parameters.put("afterRaisedAt", afterRaisedAt);
            parameters.put("afterId", afterId);
        }
        TypedQuery<ExceptionView> query = entityManager.createQuery(VIEW + where(conditions) + " order by "
                + InboxSort.OLDEST_FIRST.jpql(), ExceptionView.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** How many exceptions match, counted up to {@code cap}. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    public long count(InboxFilter filter, int cap) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<UUID> query = entityManager.createQuery("select e.id from BuyerException e" + where(filter, parameters), UUID.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(cap + 1).getResultList().size();
    }

    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    public ExceptionView find(UUID id) {
        return exceptions.findById(id).map(BuyerException::view).orElseThrow(() -> new ExceptionNotFoundException(id));
    }

    /** The exceptions of one order, newest first; suppliers see those of their own orders. */
    @PreAuthorize("isAuthenticated()")
    public List<ExceptionView> ofOrder(OrderId orderId) {
        return exceptions.findByOrderIdOrderByRaisedAtDesc(orderId.value()).stream().map(BuyerException::view).toList();
    }

    private String where(InboxFilter filter, Map<String, Object> parameters) {
        return where(conditions(filter, parameters));
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private List<String> conditions(InboxFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!filter.types().isEmpty()) {
            conditions.add("e.type in :types");
            parameters.put("types", filter.types());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("e.status in :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (filter.supplier() != null) {
            conditions.add("e.tenantId = :supplier");
            parameters.put("supplier", filter.supplier().value());
        }
        if (filter.text() != null) {
            conditions.add("(e.orderNumber like :prefix or e.partNumber like :prefix or lower(e.supplierName) like :contains)");
            parameters.put("prefix", filter.text().replace("%", "\\%").replace("_", "\\_") + "%");
            parameters.put("contains", "%" + filter.text().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.pastDueOnly()) {
            conditions.add("e.status = org.supplierportal.inbox.ExceptionStatus.OPEN and e.dueAt < :now");
            parameters.put("now", clock.instant());
        }
        return conditions;
    }
}
