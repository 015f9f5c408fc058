package org.supplierportal.b2b.x12;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.tenancy.TenantId;

/** The corpus documents the tests read (copied unchanged from ../shared/corpus/x12) and an order to answer them. */
final class X12Documents {

    private X12Documents() {
    }

    static String corpus(String name) {
        try (InputStream in = X12Documents.class.getResourceAsStream("/b2b/x12/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The node-x12 856 with its envelope in 004010 (ISA12 00401, ISA11 U, GS08 004010) instead of 004060: the portal
     * reads 856s in 004010 and 005010, and the corpus's only real 856 with a shipment > order > item hierarchy is 004060.
     * Segments, hierarchy and identifiers stay as published.
     */
    static String corpus856() {
        return corpus("856.edi").replace("*-*00406*", "*U*00401*").replace("*X*004060~", "*X*004010~");
    }

    /** The document with SE01 counting its segments again, after a test added or removed some. */
    static String recount(String edi) {
        String terminator = "~";
        String[] segments = edi.split(terminator);
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (String segment : segments) {
            if (segment.isBlank()) {
                out.append(segment);
                continue;
            }
            String tag = segment.strip().split("\\*", 2)[0];
            if (tag.equals("ST")) {
                count = 0;
            }
            count++;
            if (tag.equals("SE")) {
                String[] elements = segment.strip().split("\\*");
                segment = segment.substring(0, segment.indexOf("SE")) + "SE*" + count + "*" + elements[2];
            }
            out.append(segment).append(terminator);
        }
        return out.toString();
    }

    /** The 4-line order the node-x12 855 sample answers (PO POTEST1112: 3, 2, 1 and 2 units of books). */
    static OrderForAnswer potest1112() {
        List<OrderLineView> lines = new ArrayList<>();
        lines.add(line(1, "9780446360265", "3", "4.50"));
        lines.add(line(2, "9780767928427", "2", "15.99"));
        lines.add(line(3, "9780099599531", "1", "0"));
        lines.add(line(4, "9780446360272", "2", "4.50"));
        return new OrderForAnswer(new OrderId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), "POTEST1112", 1, "USD",
                OrderStatus.NEW, lines);
    }

    static OrderLineView line(int number, String part, String quantity, String price) {
        return new OrderLineView(UUID.randomUUID(), number, null, part, null, "book", new BigDecimal(quantity), "pcs",
                new BigDecimal(price), BigDecimal.ONE, LocalDate.of(2020, 11, 2), List.of(), LineStatus.AWAITING_ANSWER, 1,
                null, null, null, null, null, null);
    }
}
