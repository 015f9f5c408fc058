package org.supplierportal.b2b.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.tolerance.SupplierAnswer;

/** ORDRSPs (D.96A and D.01B, on the corpus envelope: see the resources' README) mapped to the supplier's answer. */
class OrdrspMappingTest {

    private final OrderForAnswer order = EdifactDocuments.order2738662();

    @Test
    void answersLineByLineAsTheDocumentSays() {
        EdifactMessage message = message("ordrsp_d96a.edi");
        assertThat(message.valid()).as("problems: %s", message.problems()).isTrue();
        assertThat(OrdrspMapping.orderNumber(message)).isEqualTo("2738662");

        OrdrspMapping.Result result = OrdrspMapping.toRequest(message, order, "edifact:key", "From the ORDRSP");

        assertThat(result.problems()).isEmpty();
        AcknowledgmentRequest request = result.request();
        assertThat(request.orderId()).isEqualTo(order.id());
        assertThat(request.revision()).isEqualTo(1);
        assertThat(request.idempotencyKey()).isEqualTo("edifact:key");
        assertThat(request.lines()).extracting(LineAnswer::lineNumber, LineAnswer::decision).containsExactly(
                tuple(10, SupplierAnswer.Decision.ACCEPT), tuple(15, SupplierAnswer.Decision.PROPOSE),
                tuple(20, SupplierAnswer.Decision.REJECT), tuple(25, SupplierAnswer.Decision.PROPOSE));
        LineAnswer line15 = request.lines().get(1);
        assertThat(line15.quantity()).isEqualByComparingTo("5");
        assertThat(line15.date()).isEqualTo(LocalDate.of(2020, 3, 18));
        assertThat(line15.unitPrice()).as("PRI equal to the order's is no change").isNull();
        assertThat(request.lines().get(2).rejectReason()).isEqualTo("Article discontinued");
        assertThat(request.lines().get(3).deliveries()).containsExactly(
                new LineAnswer.Delivery(new BigDecimal("4"), LocalDate.of(2020, 3, 11)),
                new LineAnswer.Delivery(new BigDecimal("3"), LocalDate.of(2020, 3, 25)));
    }

    @Test
    void theD01bDocumentGivesTheSameAnswer() {
        EdifactMessage message = message("ordrsp_d01b.edi");

        assertThat(message.version()).isEqualTo("D01B");
        assertThat(message.valid()).isTrue();
        assertThat(OrdrspMapping.toRequest(message, order, "k", "c").request().lines())
                .isEqualTo(OrdrspMapping.toRequest(message("ordrsp_d96a.edi"), order, "k", "c").request().lines());
    }

    @Test
    void aNewPriceIsTakenPerItsBasisAsThePricePerTheOrdersPriceUnit() {
        EdifactMessage message = EdifactDocuments.read(EdifactDocuments.text("ordrsp_d96a.edi")
                .replace("LIN+10+5+", "LIN+10+3+").replace("PRI+AAA:117.84'", "PRI+AAA:1200:::10'")).messages().get(0);

        LineAnswer line10 = OrdrspMapping.toRequest(message, order, "k", "c").request().lines().get(0);

        assertThat(line10.decision()).isEqualTo(SupplierAnswer.Decision.PROPOSE);
        assertThat(line10.unitPrice()).isEqualByComparingTo("120.00");
        assertThat(line10.quantity()).isNull();
    }

    @Test
    void withoutLinesBgm29AcceptsAndBgm27RejectsEveryOpenLine() {
        String headerOnly = "UNB+UNOC:3+8712199999999:14+8716106053841:14+200305:0930+9'UNH+1+ORDRSP:D:96A:UN'"
                + "BGM+231+R2+%s'DTM+137:20200305:102'RFF+ON:2738662'UNS+S'UNT+6+1'UNZ+1+9'";

        AcknowledgmentRequest accepted = OrdrspMapping.toRequest(EdifactDocuments.read(headerOnly.formatted("29"))
                .messages().get(0), order, "k", "c").request();
        AcknowledgmentRequest rejected = OrdrspMapping.toRequest(EdifactDocuments.read(headerOnly.formatted("27"))
                .messages().get(0), order, "k", "c").request();
        OrdrspMapping.Result changedWithoutLines = OrdrspMapping.toRequest(EdifactDocuments.read(headerOnly.formatted("4"))
                .messages().get(0), order, "k", "c");

        assertThat(accepted.lines()).extracting(LineAnswer::decision).containsOnly(SupplierAnswer.Decision.ACCEPT).hasSize(4);
        assertThat(rejected.lines()).extracting(LineAnswer::decision).containsOnly(SupplierAnswer.Decision.REJECT).hasSize(4);
        assertThat(changedWithoutLines.problems()).containsExactly("BGM 1225 '4' without LIN lines: only 29 (accept all)"
                + " and 27 (reject all) answer an order without line detail");
    }

    @Test
    void aLineTheOrderDoesNotHaveOrAnUnknownActionIsRefusedNamingTheLine() {
        EdifactMessage message = EdifactDocuments.read(EdifactDocuments.text("ordrsp_d96a.edi")
                .replace("LIN+10+5+", "LIN+11+5+").replace("LIN+20+7+", "LIN+20+9+")).messages().get(0);

        OrdrspMapping.Result result = OrdrspMapping.toRequest(message, order, "k", "c");

        assertThat(result.mapped()).isFalse();
        assertThat(result.problems()).containsExactly("LIN (segment 8): PO 2738662 revision 1 has no line 11",
                "LIN line 20: 1229 '9' is not an answer the portal takes; use 5 (accepted), 3 or 6 (changed) or 7 (not accepted)");
    }

    @Test
    void aChangedLineThatChangesNothingIsRefused() {
        EdifactMessage message = EdifactDocuments.read(EdifactDocuments.text("ordrsp_d96a.edi")
                .replace("LIN+10+5+", "LIN+10+3+")).messages().get(0);

        assertThat(OrdrspMapping.toRequest(message, order, "k", "c").problems()).containsExactly("LIN line 10: 1229 says the"
                + " line changed, but no quantity (QTY+113), date (DTM+69) or price (PRI) differs from the order");
    }

    private static EdifactMessage message(String name) {
        return EdifactDocuments.read(EdifactDocuments.text(name)).messages().get(0);
    }
}
