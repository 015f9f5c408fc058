package org.supplierportal.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.supplierportal.tolerance.ExplanationText;

/** The buyer's words about shipments: in English as the inbox showed them before, and in each buyer's language. */
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
        assertThat(english(ShipmentInboxTexts.shippedOnAsn("ASN-7", new BigDecimal("90.00"), "u"))).isEqualTo("Shipped on ASN ASN-7: 90 u");
        assertThat(english(ShipmentInboxTexts.asnExpected("ASN-7", DAY))).isEqualTo("ASN ASN-7, expected 2026-12-01");
        assertThat(ShipmentInboxTexts.asnNotReceived("ASN-7", "4500017001, 4500017002", DAY, 3)).isEqualTo(
                "The goods of ASN ASN-7 (PO 4500017001, 4500017002) were expected on 2026-12-01 and have not been received"
                        + " 3 days later. Check with the carrier or the supplier.");
        assertThat(english(ShipmentInboxTexts.committed(new BigDecimal("40"), "pcs", DAY))).isEqualTo("Committed 40 pcs by 2026-12-01");
        assertThat(english(ShipmentInboxTexts.committed(new BigDecimal("40"), null, DAY))).isEqualTo("Committed 40 by 2026-12-01");
        assertThat(ShipmentInboxTexts.nothingShipped(DAY)).isEqualTo(
                "The supplier committed this line for 2026-12-01 and has shipped nothing of it (no ASN, nothing received).");
    }

    @Test
    void theSummariesReadInEachBuyersLanguage() {
        String shipped = ShipmentInboxTexts.shippedOnAsn("ASN-7", new BigDecimal("90.00"), "u");
        String expected = ShipmentInboxTexts.asnExpected("ASN-7", DAY);
        String committed = ShipmentInboxTexts.committed(new BigDecimal("40"), "pcs", DAY);

        assertThat(in(shipped, Locale.GERMAN)).isEqualTo("Laut Lieferavis ASN-7 versandt: 90 u");
        assertThat(in(expected, Locale.FRENCH)).isEqualTo("Avis d’expédition ASN-7, attendu le 2026-12-01");
        assertThat(in(committed, Locale.of("es"))).isEqualTo("Comprometido: 40 pcs para el 2026-12-01");
        assertThat(in(committed, Locale.SIMPLIFIED_CHINESE)).isEqualTo("承诺于 2026-12-01 前交付 40 pcs");
    }

    private static String english(String kept) {
        return ExplanationText.read(kept).english();
    }

    private static String in(String kept, Locale language) {
        return ExplanationText.read(kept).in(language);
    }
}
