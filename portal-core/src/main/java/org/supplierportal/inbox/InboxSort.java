package org.supplierportal.inbox;

/** The inbox's sort orders. */
public enum InboxSort {
    OLDEST_FIRST("e.raisedAt asc, e.id asc"),
    NEWEST_FIRST("e.raisedAt desc, e.id desc"),
    DUE_FIRST("e.dueAt asc, e.id asc"),
    SUPPLIER("e.supplierName asc, e.raisedAt asc, e.id asc"),
    ORDER("e.orderNumber asc, e.lineNumber asc, e.id asc");

    private final String jpql;

    InboxSort(String jpql) {
        this.jpql = jpql;
    }

    String jpql() {
        return jpql;
    }
}
