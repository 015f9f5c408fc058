package org.supplierportal.erp;


/**
 * The levels at which an ERP's changes to an order alter what the supplier must deliver. An adapter reports each
 * level as its own feed, from whatever records its ERP keeps them in: Tryton keeps the header in the purchase, the
 * lines in purchase lines and the dates, splits and cancellations in the lines' stock moves; SAP would keep them in
 * the order header, its items and their schedule lines. Each feed has its own watermark.
 */
public enum OrderChangeFeed {

    /** The order itself: header fields, its confirmation, amendments that the ERP records on the order. */
    ORDER,
    /** Its lines: quantities, prices, parts; lines added. */
    LINE,
    /** What is planned per line: delivery dates, partial deliveries, cancelled deliveries. */
    SCHEDULE
}
