package org.supplierportal.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ReceiptCheckTest {

    @Test
    void aReceiptWithinTheToleranceIsNoDifference() {
        assertThat(ReceiptCheck.exceededLimit(new BigDecimal("100"), new BigDecimal("98"), new BigDecimal("2"), BigDecimal.ZERO)).isEmpty();
        assertThat(ReceiptCheck.exceededLimit(new BigDecimal("100"), new BigDecimal("100"), BigDecimal.ZERO, BigDecimal.ZERO)).isEmpty();
    }

    @Test
    void aShortReceiptIsBeyondTheLimitUnderAndAnOverReceiptBeyondTheLimitOver() {
        assertThat(ReceiptCheck.exceededLimit(new BigDecimal("100"), new BigDecimal("97"), new BigDecimal("2"), new BigDecimal("5")))
                .contains(new BigDecimal("2"));
        assertThat(ReceiptCheck.exceededLimit(new BigDecimal("100"), new BigDecimal("106"), new BigDecimal("2"), new BigDecimal("5")))
                .contains(new BigDecimal("5"));
    }

    @Test
    void shortAndOverReceiptsSayByHowMuchAndTheLimit() {
        assertThat(ReceiptCheck.english(new BigDecimal("90"), new BigDecimal("84"), BigDecimal.ZERO, "pcs"))
                .isEqualTo("Received 84 pcs of the 90 pcs the ASN shipped: 6 pcs short (6.7 %; the limit is 0 % under)");
        assertThat(ReceiptCheck.english(new BigDecimal("100"), new BigDecimal("106"), new BigDecimal("5"), "kg"))
                .isEqualTo("Received 106 kg, more than the 100 kg the ASN shipped: 6 kg over (6 %; the limit is 5 % over)");
    }
}
