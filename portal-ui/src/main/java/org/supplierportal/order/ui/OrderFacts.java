package org.supplierportal.order.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.supplierportal.order.OrderHeader;
import org.supplierportal.order.OrderSummary;
import org.supplierportal.shell.UserFormats;

/** The head of a purchase order at a glance: supplier, buyer, date, total, terms, ship-to, when to acknowledge. */
class OrderFacts extends Div {

    /** @param supplierName the supplier, for those who see every supplier's orders; null for a supplier's own people */
    OrderFacts(OrderHeader header, String supplierName) {
        OrderSummary summary = header.summary();
        Div facts = new Div();
        facts.addClassName("facts");
        if (supplierName != null) {
            facts.add(fact(getTranslation("orders.column.supplier"), supplierName));
        }
        facts.add(fact(getTranslation("orders.column.buyer"), summary.buyerName() + (header.buyerEmail() == null ? "" : " · " + header.buyerEmail())),
                fact(getTranslation("orders.column.ordered"), UserFormats.date(summary.orderDate())),
                fact(getTranslation("orders.column.total"), UserFormats.money(summary.totalAmount(), summary.currency())),
                fact(getTranslation("order.paymentTerms"), header.paymentTerms()),
                fact(getTranslation("order.incoterms"), header.incoterms()),
                fact(getTranslation("order.shipTo"), header.shipTo()));
        if (summary.status().awaitsSupplier() && summary.ackDueAt() != null) {
            facts.add(fact(getTranslation("orders.column.acknowledgeBy"), UserFormats.dateTime(summary.ackDueAt())));
        }
        add(facts);
        addClassName("card");
    }

    private static Div fact(String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("fact-label");
        Span valueSpan = new Span(value == null || value.isBlank() ? "—" : value);
        valueSpan.addClassName("fact-value");
        Div fact = new Div(labelSpan, valueSpan);
        fact.addClassName("fact");
        return fact;
    }
}
