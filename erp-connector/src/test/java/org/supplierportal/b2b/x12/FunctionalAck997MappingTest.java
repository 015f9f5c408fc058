package org.supplierportal.b2b.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The 997 answering an interchange: accepted, or rejected with each error's location. */
class FunctionalAck997MappingTest {

    private static final X12Parties US = new X12Parties("ZZ", "123MILL", "123MILL", "ZZ", "1556150", "1556150");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 21, 10);

    @Test
    void aValid855IsAcceptedForTheGroupItCameIn() {
        X12Interchange interchange = X12ReaderTest.read(X12Documents.corpus("855.edi"));

        String ack = FunctionalAckMapping.write(FunctionalAckMapping.Kind.FA_997, interchange, US, 3, 3, Set.of("855"), false, NOW);

        assertThat(segments(ack)).contains("AK1*PR*5", "AK2*855*0005", "AK5*A", "AK9*A*1*1*1");
        assertThat(X12ReaderTest.read(ack).valid()).isTrue();
    }

    @Test
    void aBadQuantityIsRejectedWithItsSegmentPositionElementReferenceAndCode() {
        X12Interchange interchange = X12ReaderTest.read(X12Documents.corpus("855.edi").replace("PO1*2*2*UN*15.99", "PO1*2*TWO*UN*15.99"));

        String ack = FunctionalAckMapping.write(FunctionalAckMapping.Kind.FA_997, interchange, US, 4, 4, Set.of("855"), false, NOW);

        assertThat(segments(ack)).containsSubsequence("AK2*855*0005", "AK3*PO1*14**8", "AK4*2*330*6*TWO", "AK5*R*5", "AK9*R*1*1*0");
    }

    @Test
    void aTransactionSetThePortalDoesNotTakeIsRejectedAsNotSupported() {
        String po = Po850Mapping.write(new Po850MappingTest().sample(), Po850MappingTest.BUYER_TO_SUPPLIER, 9, 9, false, NOW);

        String ack = FunctionalAckMapping.write(FunctionalAckMapping.Kind.FA_997, X12ReaderTest.read(po), US, 5, 5, Set.of("855"), false, NOW);

        assertThat(segments(ack)).contains("AK2*850*0001", "AK5*R*1", "AK9*R*1*1*0");
    }

    private static java.util.List<String> segments(String edi) {
        return java.util.Arrays.stream(edi.split("~\\R?")).map(String::strip).toList();
    }
}
