package org.supplierportal.b2b.edifact;

import org.springframework.stereotype.Component;
import org.supplierportal.b2b.ShipNotices;

/**
 * One valid DESADV applied as an ASN the supplier enters on the screen ({@link ShipNotices}): the same rules as for an
 * 856 or a ShipNoticeRequest (confirmed open lines, over-delivery tolerance, one ship-to, the SSCCs of the document).
 * {@link EdifactInbound} refuses the DESADV of a partner whose channel does not exchange ship notices before it comes
 * here.
 */
@Component
class EdifactShipNoticeIntake {

    private final ShipNotices shipNotices;

    EdifactShipNoticeIntake(ShipNotices shipNotices) {
        this.shipNotices = shipNotices;
    }

    EdifactAcknowledgmentIntake.Applied apply(EdifactMessage message) {
        String what = "DESADV " + message.reference() + " (despatch " + DesadvMapping.despatchNumber(message) + ")";
        ShipNotices.Outcome outcome = shipNotices.apply(DesadvMapping.orderNumbers(message),
                lines -> DesadvMapping.toDraft(message, lines));
        return new EdifactAcknowledgmentIntake.Applied(outcome.applied(), what + (outcome.applied() ? " applied: " : " refused: ")
                + outcome.summary(), outcome.orderId(), outcome.orderNumber());
    }
}
