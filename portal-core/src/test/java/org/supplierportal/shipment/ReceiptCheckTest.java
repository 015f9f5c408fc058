package org.supplierportal.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ReceiptCheckTest {

    @Test
    void aReceiptWithinTheToleranceIsNoDifference() {
        assertThat(ReceiptCheck.difference(new BigDecimal("100"), new BigDecimal("98"), new BigDecimal("2"), BigDecimal.ZERO, "pcs")).isNull();
        assertThat(ReceiptCheck.difference(new BigDecimal("100"), new BigDecimal("100"), BigDecimal.ZERO, BigDecimal.ZERO, "pcs")).isNull();
    }

    @Test
    void shortAndOverReceiptsSayByHowMuchAndTheLimit() {
        assertThat(ReceiptCheck.difference(new BigDecimal("90"), new BigDecimal("84"), BigDecimal.ZERO, new BigDecimal("5"), "pcs"))
                .isEqualTo("Received 84 pcs of the 90 pcs the ASN shipped: 6 pcs short (6.7 %; the limit is 0 % under)");
        assertThat(ReceiptCheck.difference(new BigDecimal("100"), new BigDecimal("106"), BigDecimal.ZERO, new BigDecimal("5"), "kg"))
                .isEqualTo("Received 106 kg, more than the 100 kg the ASN shipped: 6 kg over (6 %; the limit is 5 % over)");
    }
}
