package org.supplierportal.b2b.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The 999 (005010X231A1) answering an interchange of a partner on 005010: accepted, or rejected with each error's
 * segment (IK3) and element (IK4); written through StAEDI and read back against the 999 schema.
 */
class FunctionalAck999MappingTest {

    private static final X12Parties US = new X12Parties("ZZ", "123MILL", "123MILL", "ZZ", "1556150", "1556150");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 5);

    @Test
    void aPartnerOn005010GetsA999AndOneOn004010A997() {
        assertThat(FunctionalAckMapping.Kind.forVersion("005010")).isEqualTo(FunctionalAckMapping.Kind.IMPLEMENTATION_999);
        assertThat(FunctionalAckMapping.Kind.forVersion("004010")).isEqualTo(FunctionalAckMapping.Kind.FA_997);
    }

    @Test
    void aValid005010855IsAcceptedInA999ThatReadsBackValid() {
        X12Interchange interchange = X12ReaderTest.read(in5010(X12Documents.corpus("855.edi")));
        assertThat(interchange.groupVersion()).isEqualTo("005010");
        assertThat(interchange.valid()).as("%s", interchange.transactions().get(0).problems()).isTrue();

        String ack = FunctionalAckMapping.write(FunctionalAckMapping.Kind.IMPLEMENTATION_999, interchange, US, 3, 3,
                Set.of("855"), false, NOW);

        assertThat(segments(ack)).startsWith("ISA*00*          *00*          *ZZ*123MILL        *ZZ*1556150        *261201*1005*^*00501*000000003*0*P*>")
                .contains("GS*FA*123MILL*1556150*20261201*1005*3*X*005010X231A1", "ST*999*0001*005010X231A1",
                        "AK1*PR*5*005010", "AK2*855*0005", "IK5*A", "AK9*A*1*1*1");
        X12Interchange reread = X12ReaderTest.read(ack);
        assertThat(reread.transactions()).singleElement().satisfies(set -> {
            assertThat(set.type()).isEqualTo("999");
            assertThat(set.problems()).as("validated against the 999 schema").isEmpty();
        });
        assertThat(reread.valid()).isTrue();
    }

    @Test
    void aMalformed005010855IsRejectedWithIk3AndIk4Positions() {
        X12Interchange interchange = X12ReaderTest.read(in5010(X12Documents.corpus("855.edi")
                .replace("PO1*2*2*UN*15.99", "PO1*2*TWO*UN*15.99")));

        String ack = FunctionalAckMapping.write(FunctionalAckMapping.Kind.IMPLEMENTATION_999, interchange, US, 4, 4,
                Set.of("855"), false, NOW);

        assertThat(segments(ack)).containsSubsequence("AK2*855*0005", "IK3*PO1*14**8", "IK4*2*330*6*TWO", "IK5*R*5",
                "AK9*R*1*1*0");
        assertThat(segments(ack)).noneMatch(segment -> segment.startsWith("AK3") || segment.startsWith("AK4")
                || segment.startsWith("AK5"));
        assertThat(X12ReaderTest.read(ack).valid()).as("the rejecting 999 is valid itself").isTrue();
    }

    @Test
    void the850OutIsWrittenIn005010ForAPartnerOn005010AndReadsBackValid() {
        String po = Po850Mapping.write(new Po850MappingTest().sample(), Po850MappingTest.BUYER_TO_SUPPLIER, "005010", 9, 9,
                false, NOW);

        assertThat(segments(po).get(0)).contains("*^*00501*000000009*");
        assertThat(segments(po)).contains("GS*PO*PORTALBUYER*1556150*20261201*1005*9*X*005010", "ST*850*0001");
        X12Interchange reread = X12ReaderTest.read(po);
        assertThat(reread.groupVersion()).isEqualTo("005010");
        assertThat(reread.valid()).as("%s", reread.transactions().get(0).problems()).isTrue();
    }

    /** The corpus 855 with its envelope in 005010: ISA12 00501 (ISA11 the repetition separator ^), GS08 005010. */
    static String in5010(String edi) {
        return edi.replace("*U*00401*", "*^*00501*").replace("*X*004010~", "*X*005010~");
    }

    private static List<String> segments(String edi) {
        return java.util.Arrays.stream(edi.split("~\\R?")).map(String::strip).toList();
    }
}
