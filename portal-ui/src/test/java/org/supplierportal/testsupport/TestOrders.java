package org.supplierportal.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.supplierportal.order.OrderDocument;

/** Order documents for tests, each with a fresh number so tests never meet each other's orders. */
public final class TestOrders {

    private static final AtomicLong NUMBERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);

    private TestOrders() {
    }

    public static String newNumber() {
        return "T" + NUMBERS.incrementAndGet();
    }

    /** A builder of one order's document; revise it by changing lines and bumping the marker. */
    public static Builder order(String partyCode) {
        return new Builder(partyCode);
    }

    public static final class Builder {

        private final String partyCode;
        private final String number = newNumber();
        private long marker = 1;
        private final List<OrderDocument.Line> lines = new ArrayList<>();
        private String currency = "EUR";
        private LocalDate orderDate = LocalDate.now();
        private String shipTo = "Plant 1";
        private String paymentTerms = "30 days net";

        private Builder(String partyCode) {
            this.partyCode = partyCode;
        }

        public Builder line(int lineNumber, String part, String quantity, String price, LocalDate requested) {
            lines.removeIf(line -> line.lineNumber() == lineNumber);
            lines.add(new OrderDocument.Line(lineNumber, number + "-" + lineNumber, part, "S-" + part, "Part " + part,
                    new BigDecimal(quantity), "pcs", new BigDecimal(price), BigDecimal.ONE, requested, List.of()));
            return this;
        }

        public Builder withoutLine(int lineNumber) {
            lines.removeIf(line -> line.lineNumber() == lineNumber);
            return this;
        }

        public Builder currency(String code) {
            currency = code;
            return this;
        }

        public Builder orderDate(LocalDate date) {
            orderDate = date;
            return this;
        }

        public Builder shipTo(String address) {
            shipTo = address;
            return this;
        }

        public Builder paymentTerms(String terms) {
            paymentTerms = terms;
            return this;
        }

        public Builder marker(long erpRevision) {
            marker = erpRevision;
            return this;
        }

        public String number() {
            return number;
        }

        public OrderDocument build() {
            return new OrderDocument("TEST", number, number, marker, partyCode, "Tom Buyer", "tom@manufacturer.example",
                    currency, paymentTerms, "FCA", shipTo, orderDate, List.copyOf(lines));
        }
    }
}
