package org.supplierportal.order;

/** The sort orders the order list offers; each is backed by an index and ends with the id for a stable order. */
public enum OrderSort {
    ORDER_DATE_DESC("o.orderDate desc, o.id desc"),
    ORDER_DATE_ASC("o.orderDate asc, o.id asc"),
    NUMBER_ASC("o.number asc, o.id asc"),
    NUMBER_DESC("o.number desc, o.id desc"),
    DUE_ASC("o.ackDueAt asc nulls last, o.id asc"),
    REQUESTED_ASC("o.firstRequestedDate asc nulls last, o.id asc");

    private final String jpql;

    OrderSort(String jpql) {
        this.jpql = jpql;
    }

    String jpql() {
        return jpql;
    }
}
