package org.supplierportal.b2b.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The CONTRL for interchanges as read, then re-read and validated by StAEDI against the CONTRL schema. */
class ContrlMappingTest {

    private static final EdifactParties BUYER_TO_SUPPLIER = new EdifactParties("14", "8716106053841", "14", "8712199999999");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 6, 30);

    @Test
    void aValidOrdrspIsAcknowledgedAtEveryLevel() {
        String contrl = write(EdifactDocuments.text("ordrsp_d96a.edi"), null);

        EdifactMessage message = reread(contrl);
        assertThat(message.first("UCI").orElseThrow().elements()).containsExactly(List.of("4"),
                List.of("8712199999999", "14"), List.of("8716106053841", "14"), List.of("7"));
        assertThat(message.first("UCM").orElseThrow().elements()).containsExactly(List.of("1"),
                List.of("ORDRSP", "D", "96A", "UN"), List.of("7"));
        assertThat(contrl).contains("UNH+1+CONTRL:D:3:UN'");
    }

    @Test
    void anInvalidQuantityIsRejectedWithItsSegmentPositionElementComponentAndCode() {
        String contrl = write(EdifactDocuments.text("ordrsp_d96a.edi").replace("QTY+113:5:EA", "QTY+113:FIVE:EA"), null);

        EdifactMessage message = reread(contrl);
        assertThat(message.first("UCM").orElseThrow().element(3)).isEqualTo(ContrlMapping.REJECTED);
        assertThat(message.first("UCS").orElseThrow().element(1)).isEqualTo("16");
        assertThat(message.first("UCD").orElseThrow().elements()).containsExactly(List.of("37"), List.of("1", "2"));
    }

    @Test
    void aMessageThePortalDoesNotTakeIsRejectedForWantOfAnAgreement() {
        EdifactMessage message = reread(write(EdifactDocuments.text("example_order_ok.edi"), null));

        assertThat(message.first("UCM").orElseThrow().elements()).containsExactly(List.of("2019265563"),
                List.of("ORDERS", "D", "01B", "UN", "EAN010"), List.of("4"), List.of("17"));
    }

    @Test
    void aRepeatedInterchangeIsRejectedAsADuplicateWithoutMessageDetail() {
        EdifactMessage message = reread(write(EdifactDocuments.text("ordrsp_d96a.edi"), EdifactSyntaxErrors.DUPLICATE_DETECTED));

        assertThat(message.first("UCI").orElseThrow().element(4)).isEqualTo("4");
        assertThat(message.first("UCI").orElseThrow().element(5)).isEqualTo("26");
        assertThat(message.first("UCM")).isEmpty();
    }

    @Test
    void aBrokenEnvelopeIsRejectedInUciNamingTheSegmentAndElement() {
        EdifactMessage message = reread(write(EdifactDocuments.text("ordrsp_d96a.edi").replace("UNZ+1+4'", "UNZ+1+5'"), null));

        EdifactSegment uci = message.first("UCI").orElseThrow();
        assertThat(uci.element(4)).isEqualTo("4");
        assertThat(uci.element(5)).isEqualTo(Integer.toString(EdifactSyntaxErrors.REFERENCES_DO_NOT_MATCH));
        assertThat(uci.element(6)).isEqualTo("UNZ");
        assertThat(uci.element(7)).isEqualTo("2");
    }

    private static String write(String inbound, Integer interchangeError) {
        return ContrlMapping.write(EdifactDocuments.read(inbound), BUYER_TO_SUPPLIER, "77", Set.of("ORDRSP:D96A"),
                interchangeError, false, NOW);
    }

    private static EdifactMessage reread(String contrl) {
        EdifactInterchange interchange = EdifactDocuments.read(contrl);
        assertThat(interchange.valid()).as("CONTRL problems: %s %s", interchange.envelopeProblems(),
                interchange.messages().get(0).problems()).isTrue();
        assertThat(interchange.messages().get(0).type()).isEqualTo("CONTRL");
        return interchange.messages().get(0);
    }
}
