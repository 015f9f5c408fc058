package org.supplierportal.b2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supplierportal.b2b.ChangeSendingPolicy.Decision;
import org.supplierportal.b2b.ChangeSendingPolicy.Outcome;
import org.supplierportal.b2b.OrderChange.HeaderField;
import org.supplierportal.order.OrderDocument;

class ChangeSendingPolicyTest {

    /** What the 860, the ORDCHG and the cXML update carry at header level. */
    private static final Set<HeaderField> CARRIED = EnumSet.of(HeaderField.ORDER_DATE, HeaderField.CURRENCY,
            HeaderField.BUYER_CONTACT, HeaderField.SHIP_TO);
    private static final OrderDocument BEFORE = OrderChangeTest.order(OrderChangeTest.line(10), OrderChangeTest.line(20));

    @Test
    void changedLinesGoOutWithTheCarriedHeaderChangesNamed() {
        OrderDocument after = OrderChangeTest.header(OrderChangeTest.order(OrderChangeTest.line(10)), "Bea Buyer",
                "bea@example.com", "Plant 3", "60 days net");

        Decision decision = decide(after);

        assertThat(decision.outcome()).isEqualTo(Outcome.LINES);
        assertThat(decision.sends()).isTrue();
        assertThat(decision.headerChanges()).containsExactly(HeaderField.SHIP_TO);
        assertThat(decision.reason()).isEqualTo("1 changed line and ship-to");
    }

    @Test
    void aNewShipToAloneIsAHeaderOnlyChange() {
        Decision decision = decide(OrderChangeTest.header(BEFORE, "Bea Buyer", "bea@example.com", "Plant 3", null));

        assertThat(decision.outcome()).isEqualTo(Outcome.HEADER_ONLY);
        assertThat(decision.sends()).isTrue();
        assertThat(decision.headerChanges()).containsExactly(HeaderField.SHIP_TO);
        assertThat(decision.reason()).isEqualTo("header only: ship-to");
    }

    @Test
    void anotherBuyerAloneIsAHeaderOnlyChange() {
        Decision decision = decide(OrderChangeTest.header(BEFORE, "Bob Buyer", "bob@example.com", "Plant 2", null));

        assertThat(decision.outcome()).isEqualTo(Outcome.HEADER_ONLY);
        assertThat(decision.headerChanges()).containsExactly(HeaderField.BUYER_CONTACT);
    }

    @Test
    void aChangeOnlyOfWhatTheDocumentDoesNotCarrySendsNothingAndSaysWhat() {
        Decision decision = decide(OrderChangeTest.header(BEFORE, "Bea Buyer", "bea@example.com", "Plant 2", "60 days net"));

        assertThat(decision.outcome()).isEqualTo(Outcome.NOTHING);
        assertThat(decision.sends()).isFalse();
        assertThat(decision.headerChanges()).isEmpty();
        assertThat(decision.reason()).isEqualTo("the revision changes only what the partner's document does not carry (payment terms)");
    }

    @Test
    void aHeaderFieldCountsOnlyWhenThePartnersDocumentCarriesIt() {
        OrderChange shipToOnly = OrderChange.between(BEFORE, OrderChangeTest.header(BEFORE, "Bea Buyer", "bea@example.com",
                "Plant 3", null));

        assertThat(ChangeSendingPolicy.decide(shipToOnly, EnumSet.of(HeaderField.CURRENCY)).outcome()).isEqualTo(Outcome.NOTHING);
        assertThat(ChangeSendingPolicy.decide(shipToOnly, EnumSet.of(HeaderField.SHIP_TO)).outcome()).isEqualTo(Outcome.HEADER_ONLY);
    }

    @Test
    void aRevisionChangingNothingSendsNothing() {
        Decision decision = decide(OrderChangeTest.header(BEFORE, "Bea Buyer", "bea@example.com", "Plant 2", null));

        assertThat(decision.outcome()).isEqualTo(Outcome.NOTHING);
        assertThat(decision.reason()).isEqualTo("the revision changes nothing the partner's document carries");
    }

    @Test
    void theWholeOrderCancelledGoesOutWithItsLines() {
        Decision decision = decide(OrderChangeTest.order());

        assertThat(decision.outcome()).isEqualTo(Outcome.LINES);
        assertThat(decision.reason()).isEqualTo("2 changed lines");
    }

    @Test
    void aPriceChangeAloneGoesOutAsItsLine() {
        OrderDocument.Line line = OrderChangeTest.line(20);
        OrderDocument.Line dearer = new OrderDocument.Line(20, line.erpLineId(), line.partNumber(), line.supplierPartNumber(),
                line.description(), line.quantity(), line.unit(), new BigDecimal("9.5"), line.priceUnit(), line.requestedDate(),
                line.schedule());

        assertThat(decide(OrderChangeTest.order(OrderChangeTest.line(10), dearer)).outcome()).isEqualTo(Outcome.LINES);
    }

    private static Decision decide(OrderDocument after) {
        return ChangeSendingPolicy.decide(OrderChange.between(BEFORE, after), CARRIED);
    }
}
