package org.supplierportal.order;

/** The sort orders the order list offers; each is backed by an index and ends with the id for a stable order. */
public enum OrderSort {
    ORDER_DATE_DESC("o.order_date desc, o.id desc"),
    ORDER_DATE_ASC("o.order_date asc, o.id asc"),
    NUMBER_ASC("o.number asc, o.id asc"),
    NUMBER_DESC("o.number desc, o.id desc"),
    DUE_ASC("o.ack_due_at asc nulls last, o.id asc"),
    REQUESTED_ASC("o.first_requested_date asc nulls last, o.id asc");

    private final String sql;

    OrderSort(String sql) {
        this.sql = sql;
    }

    /** The order by clause, in the columns of {@link OrderListSql}. */
    String sql() {
        return sql;
    }
}
