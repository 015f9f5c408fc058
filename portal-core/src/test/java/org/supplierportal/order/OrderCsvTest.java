package org.supplierportal.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderCsvTest {

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaIsExportedAsText() {
        assertThat(OrderCsv.field("=HYPERLINK(\"http://evil.example\",\"Click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"");
        assertThat(OrderCsv.field("+49 711 123")).isEqualTo("'+49 711 123");
        assertThat(OrderCsv.field("-1+2")).isEqualTo("'-1+2");
        assertThat(OrderCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void ordinaryTextsAreKeptAndQuotedOnlyWhenNeeded() {
        assertThat(OrderCsv.field("Bea Buyer")).isEqualTo("Bea Buyer");
        assertThat(OrderCsv.field("Lund, Nils")).isEqualTo("\"Lund, Nils\"");
        assertThat(OrderCsv.field("")).isEmpty();
        assertThat(OrderCsv.field(null)).isEmpty();
    }
}
