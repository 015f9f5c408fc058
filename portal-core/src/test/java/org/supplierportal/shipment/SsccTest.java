package org.supplierportal.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SsccTest {

    @Test
    void theCheckDigitMatchesGs1sPublishedExamples() {
        // GS1 General Specifications' SSCC example: (00) 1 0614141 123456789 7.
        assertThat(Sscc.checkDigit("10614141123456789")).isEqualTo(7);
        assertThat(Sscc.isValid("106141411234567897")).isTrue();
        assertThat(Sscc.isValid("106141411234567890")).isFalse();
        // GS1's check digit calculator example, a GTIN-13: 629104150021 3.
        assertThat(Sscc.checkDigit("629104150021")).isEqualTo(3);
    }

    @Test
    void theNthCodeCountsTheSerialAndThenTheExtensionDigit() {
        assertThat(Sscc.nth("0614141", 0)).isEqualTo("006141410000000005");
        assertThat(Sscc.nth("0614141", 123456789)).isEqualTo("006141411234567890");
        // 9 serial digits with a 7-digit prefix: the 10^9-th code moves to extension digit 1.
        assertThat(Sscc.nth("0614141", 1_000_000_000L + 123456789)).isEqualTo("106141411234567897");
        assertThat(Sscc.nth("061414112345", 5)).hasSize(18).startsWith("0061414112345");
        assertThat(Sscc.isValid(Sscc.nth("4012345", 42))).isTrue();
    }

    @Test
    void refusesBadPrefixesAndExhaustedRanges() {
        assertThatThrownBy(() -> Sscc.nth("12345", 1)).hasMessageContaining("6 to 12 digits");
        assertThatThrownBy(() -> Sscc.nth("061414112345", 10 * 10_000L)).hasMessageContaining("used up");
    }
}
