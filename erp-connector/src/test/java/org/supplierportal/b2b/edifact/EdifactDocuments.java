package org.supplierportal.b2b.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.tenancy.TenantId;

/** The test documents (corpus copies and the ORDRSP built on a corpus envelope, see README.md) and orders they answer. */
final class EdifactDocuments {

    private EdifactDocuments() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = EdifactDocuments.class.getResourceAsStream("/b2b/edifact/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.ISO_8859_1);
    }

    static EdifactInterchange read(String document) {
        return EdifactReader.read(document.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The Kramp order of the corpus D.96A ORDERS as the portal holds it: lines 10 to 25, 2, 6, 2 and 7 pieces. */
    static OrderForAnswer order2738662() {
        return new OrderForAnswer(new OrderId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), "2738662", 1, "EUR",
                OrderStatus.NEW, List.of(line(10, "DEF345", "2", "117.84"), line(15, "DE80", "6", "152.76"),
                line(20, "EF90", "2", "66.20"), line(25, "ABCDBL", "7", "36.82")));
    }

    static OrderLineView line(int number, String part, String quantity, String price) {
        return new OrderLineView(UUID.randomUUID(), number, null, part, null, "part " + part, new BigDecimal(quantity),
                "pcs", new BigDecimal(price), BigDecimal.ONE, LocalDate.of(2020, 3, 11), List.of(),
                LineStatus.AWAITING_ANSWER, 1, null, null, null, null, null, null);
    }
}
