package org.supplierportal.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The buyer's words about shipments, as the inbox showed them before the shipment module composed them. */
class ShipmentInboxTextsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void aReceiptWithoutAsnSaysWhatCameUnderWhichReferenceAndWhatToDo() {
        assertThat(ShipmentInboxTexts.receiptWithoutAsn(new BigDecimal("10.000"), "pcs", "DELIVERY-NOTE-77")).isEqualTo(
                "Received 10 pcs under the reference DELIVERY-NOTE-77, which no ASN of the supplier names. Ask the supplier to send ASNs.");
        assertThat(ShipmentInboxTexts.receiptWithoutAsn(new BigDecimal("2.5"), null, null)).isEqualTo(
                "Received 2.5 without a shipment reference, which no ASN of the supplier names. Ask the supplier to send ASNs.");
    }

    @Test
    void lateAndMissingShipmentsSayWhatWasExpectedWhen() {
        assertThat(ShipmentInboxTexts.shippedOnAsn("ASN-7", new BigDecimal("90.00"), "u")).isEqualTo("Shipped on ASN ASN-7: 90 u");
        assertThat(ShipmentInboxTexts.asnExpected("ASN-7", DAY)).isEqualTo("ASN ASN-7, expected 2026-12-01");
        assertThat(ShipmentInboxTexts.asnNotReceived("ASN-7", "4500017001, 4500017002", DAY, 3)).isEqualTo(
                "The goods of ASN ASN-7 (PO 4500017001, 4500017002) were expected on 2026-12-01 and have not been received"
                        + " 3 days later. Check with the carrier or the supplier.");
        assertThat(ShipmentInboxTexts.committed(new BigDecimal("40"), "pcs", DAY)).isEqualTo("Committed 40 pcs by 2026-12-01");
        assertThat(ShipmentInboxTexts.nothingShipped(DAY)).isEqualTo(
                "The supplier committed this line for 2026-12-01 and has shipped nothing of it (no ASN, nothing received).");
    }
}
