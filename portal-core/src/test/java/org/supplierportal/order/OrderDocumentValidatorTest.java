package org.supplierportal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrderDocumentValidatorTest {

    private final OrderDocument withoutLines = new OrderDocument("TRYTON", "17", "P0017", 1, "SUP-1001", null, null, "EUR",
            null, null, null, LocalDate.of(2026, 11, 30), List.of());

    @Test
    void aNewOrderNeedsLines() {
        assertThat(OrderDocumentValidator.problems(withoutLines, false)).containsExactly("the order has no lines");
    }

    @Test
    void aKnownOrderWithoutLinesIsTheErpCancellingItAndIsTaken() {
        assertThat(OrderDocumentValidator.problems(withoutLines, true)).isEmpty();
    }
}
