package org.supplierportal.b2b.cxml;

import org.springframework.stereotype.Component;
import org.supplierportal.b2b.ShipNotices;

/** One ShipNoticeRequest applied as an ASN the supplier enters on the screen ({@link ShipNotices}), new ones only. */
@Component
class CxmlShipNoticeIntake {

    private final ShipNotices shipNotices;

    CxmlShipNoticeIntake(ShipNotices shipNotices) {
        this.shipNotices = shipNotices;
    }

    CxmlConfirmationIntake.Applied apply(CxmlDocument document) {
        String shipment = "ShipNoticeRequest shipmentID " + ShipNoticeRequestMapping.shipmentId(document.request()) + ": ";
        String operation = ShipNoticeRequestMapping.operation(document.request());
        if (!operation.equals("new")) {
            return new CxmlConfirmationIntake.Applied(CxmlStatus.notImplemented(shipment + "operation=\"" + operation
                    + "\" is not taken; the portal takes new ship notices (change or cancel an ASN on the screen)"), null, null);
        }
        ShipNotices.Outcome outcome = shipNotices.apply(ShipNoticeRequestMapping.orderNumbers(document.request()),
                lines -> ShipNoticeRequestMapping.toDraft(document.request(), lines));
        CxmlStatus status = outcome.applied() ? CxmlStatus.ok(shipment + outcome.summary()) : CxmlStatus.badRequest(shipment + outcome.summary());
        return new CxmlConfirmationIntake.Applied(status, outcome.orderId(), outcome.orderNumber());
    }
}
