package org.supplierportal.b2b.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** StAEDI reading the corpus 855s against our 004010 schema: envelopes, segments and errors with their location. */
class X12ReaderTest {

    @Test
    void readsTheEnvelopeAndEveryLineOfARealFourLine855() {
        X12Interchange interchange = read(X12Documents.corpus("855.edi"));

        assertThat(interchange.senderQualifier()).isEqualTo("ZZ");
        assertThat(interchange.senderId()).isEqualTo("1556150");
        assertThat(interchange.controlNumber()).isEqualTo("000000005");
        assertThat(interchange.functionalId()).isEqualTo("PR");
        assertThat(interchange.groupControlNumber()).isEqualTo("5");
        assertThat(interchange.valid()).as("problems: %s", interchange.transactions().get(0).problems()).isTrue();
        X12Transaction transaction = interchange.transactions().get(0);
        assertThat(transaction.type()).isEqualTo("855");
        assertThat(transaction.segments()).filteredOn(segment -> segment.tag().equals("PO1")).hasSize(4);
        assertThat(transaction.first("BAK").orElseThrow().element(3)).isEqualTo("POTEST1112");
        assertThat(transaction.segments()).filteredOn(segment -> segment.tag().equals("ACK"))
                .extracting(segment -> segment.element(1)).containsExactly("IA", "IR", "IR", "IA");
    }

    @Test
    void readsTheAutomotive855WithItsOwnComponentSeparator() {
        X12Interchange interchange = read(X12Documents.corpus("stupidedi_004010_PR855_pass_1.edi"));

        assertThat(interchange.senderId()).isEqualTo("208781609-SHRAA");
        assertThat(interchange.transactions().get(0).problems()).isEmpty();
    }

    @Test
    void aQuantityThatIsNotANumberIsLocatedBySegmentPositionElementAndReference() {
        String bad = X12Documents.corpus("855.edi").replace("PO1*2*2*UN*15.99", "PO1*2*TWO*UN*15.99");

        X12Transaction transaction = read(bad).transactions().get(0);

        assertThat(transaction.valid()).isFalse();
        assertThat(transaction.problems()).containsExactly(X12Problem.element("PO1", 14, 2, "330", 6, "TWO"));
        assertThat(transaction.problems().get(0).describe())
                .isEqualTo("PO1 (segment 14), element 2 (330): invalid character in data element 'TWO'");
    }

    @Test
    void aMissingPoNumberAndAnUnknownSegmentAreBothReported() {
        String bad = X12Documents.corpus("855.edi").replace("BAK*00*AD*POTEST1112*", "BAK*00*AD**")
                .replace("CUR*BT*USD~", "CUR*BT*USD~ZZZ*1~").replace("SE*26*0005", "SE*27*0005");

        X12Transaction transaction = read(bad).transactions().get(0);

        assertThat(transaction.problems()).contains(X12Problem.element("BAK", 2, 3, "324", 1, null));
        assertThat(transaction.problems()).anySatisfy(problem -> {
            assertThat(problem.segmentTag()).isEqualTo("ZZZ");
            assertThat(problem.segmentPosition()).isEqualTo(4);
            assertThat(problem.elementPosition()).isNull();
        });
    }

    @Test
    void aWrongSegmentCountIsAnEnvelopeErrorOfTheSet() {
        String bad = X12Documents.corpus("855.edi").replace("SE*26*0005", "SE*25*0005");

        X12Transaction transaction = read(bad).transactions().get(0);

        assertThat(transaction.envelopeError()).isEqualTo(X12ErrorCodes.SEGMENT_COUNT_MISMATCH);
        assertThat(transaction.valid()).isFalse();
    }

    @Test
    void readsTheCorpus856AgainstThe856SchemaIn004010And005010() {
        X12Interchange interchange = read(X12Documents.corpus856());

        assertThat(interchange.functionalId()).isEqualTo("SH");
        assertThat(interchange.transactions().get(0).type()).isEqualTo("856");
        assertThat(interchange.valid()).as("problems: %s", interchange.transactions().get(0).problems()).isTrue();
        String in005010 = X12Documents.corpus856().replace("*U*00401*", "*^*00501*").replace("*X*004010~", "*X*005010~");
        assertThat(read(in005010).valid()).isTrue();
        String undefinedSegment = X12Documents.recount(X12Documents.corpus856().replace("PRF*99999817***20111205~",
                "PRF*99999817***20111205~ZZZ*1~"));
        assertThat(read(undefinedSegment).transactions().get(0).problems()).extracting(X12Problem::segmentTag).contains("ZZZ");
    }

    @Test
    void theMalformedStupidedi856IsLocatedBySegmentPosition() {
        X12Interchange interchange = read(X12Documents.corpus("stupidedi_004010_SH856_fail_2.edi"));

        X12Transaction transaction = interchange.transactions().get(0);
        assertThat(transaction.type()).isEqualTo("856");
        assertThat(transaction.valid()).isFalse();
        // Its N1 ends in '~' where the ISA declared '$': N3, N4 and the order's HL run into N1 as extra elements.
        assertThat(transaction.problems()).extracting(X12Problem::describe)
                .startsWith("N1 (segment 11), element 5: too many data elements '123 MAIN ST.~N4'")
                .endsWith("PRF (segment 12): unexpected segment");
        assertThat(transaction.envelopeError()).isEqualTo(X12ErrorCodes.SEGMENT_COUNT_MISMATCH);
    }

    @Test
    void aBrokenEnvelopeCannotBeReadAtAll() {
        assertThatThrownBy(() -> read(X12Documents.corpus("stupidedi_004010_PR855_fail_2.edi")))
                .isInstanceOf(X12UnreadableException.class);
        assertThatThrownBy(() -> read("Dear supplier, please confirm PO 4711."))
                .isInstanceOf(X12UnreadableException.class);
    }

    static X12Interchange read(String text) {
        return X12Reader.read(text.getBytes(StandardCharsets.US_ASCII));
    }
}
