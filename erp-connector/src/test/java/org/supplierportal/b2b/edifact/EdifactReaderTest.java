package org.supplierportal.b2b.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** StAEDI reading the corpus EDIFACT orders against our schemas: envelopes, segments and errors with their location. */
class EdifactReaderTest {

    @Test
    void readsTheEnvelopeAndEveryLineOfTheLargeD01bOrder() {
        EdifactInterchange interchange = EdifactDocuments.read(EdifactDocuments.text("example_order_ok.edi"));

        assertThat(interchange.senderQualifier()).isEqualTo("14");
        assertThat(interchange.senderId()).isEqualTo("4250159300001");
        assertThat(interchange.recipientId()).isEqualTo("unbekannt");
        assertThat(interchange.controlReference()).isEqualTo("896");
        EdifactMessage message = interchange.messages().get(0);
        assertThat(message.type()).isEqualTo("ORDERS");
        assertThat(message.version()).isEqualTo("D01B");
        assertThat(interchange.valid()).as("problems: %s", message.problems()).isTrue();
        assertThat(message.segments()).filteredOn(segment -> segment.tag().equals("LIN")).hasSize(146);
        assertThat(message.first("NAD").orElseThrow().component(4, 1)).as("released + is data").startsWith("A+A K")
                .endsWith("lte GmbH");
    }

    @Test
    void anUnreleasedColonInFreeTextIsLocatedBySegmentElementAndComponent() {
        EdifactMessage message = EdifactDocuments.read(EdifactDocuments.text("example_order_error.edi")).messages().get(0);

        assertThat(message.valid()).isFalse();
        assertThat(message.problems()).extracting(EdifactProblem::segmentTag, EdifactProblem::elementPosition,
                EdifactProblem::componentPosition, EdifactProblem::errorCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IMD", 3, 6, EdifactSyntaxErrors.DATA_ELEMENT_TOO_LONG),
                org.assertj.core.groups.Tuple.tuple("IMD", 3, 7, EdifactSyntaxErrors.TOO_MANY_CONSTITUENTS));
        EdifactProblem problem = message.problems().get(1);
        assertThat(problem.describe()).isEqualTo("IMD (segment 359), element 3, component 7: too many constituents '6'");
        assertThat(message.segments().get(problem.segmentPosition() - 1).tag()).isEqualTo("IMD");
        assertThat(message.segments().get(problem.segmentPosition() - 2).element(2)).isEqualTo("6007288");
    }

    @Test
    void aWrongSegmentCountInUntIsAProblemOfTheMessage() {
        EdifactInterchange interchange = EdifactDocuments.read(EdifactDocuments.text("orders-with-group.edi"));

        assertThat(interchange.messages().get(0).problems()).anySatisfy(problem -> {
            assertThat(problem.segmentTag()).isEqualTo("UNT");
            assertThat(problem.errorCode()).isEqualTo(EdifactSyntaxErrors.CONTROL_COUNT_MISMATCH);
        });
    }

    @Test
    void aCutOffInterchangeOrAnotherStandardCannotBeReadAtAll() {
        assertThatThrownBy(() -> EdifactDocuments.read(EdifactDocuments.text("d96aORDERS_message.edi")))
                .isInstanceOf(EdifactUnreadableException.class).hasMessageContaining("UNS")
                .satisfies(cutOff -> assertThat(((EdifactUnreadableException) cutOff).envelope()).hasValueSatisfying(envelope -> {
                    assertThat(envelope.senderId()).as("the UNB was read before the end").isEqualTo("8716106053841");
                    assertThat(envelope.controlReference()).isEqualTo("3");
                }));
        assertThatThrownBy(() -> EdifactDocuments.read("ISA*00*          *00*          *ZZ*A*ZZ*B*200101*1200*U*00401*000000001*0*P*>~"))
                .isInstanceOf(EdifactUnreadableException.class);
        assertThatThrownBy(() -> EdifactDocuments.read("Dear supplier, please confirm PO 4711."))
                .isInstanceOf(EdifactUnreadableException.class)
                .satisfies(text -> assertThat(((EdifactUnreadableException) text).envelope()).isEmpty());
    }
}
