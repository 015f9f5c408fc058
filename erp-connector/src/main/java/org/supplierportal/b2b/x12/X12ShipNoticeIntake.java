package org.supplierportal.b2b.x12;

import org.springframework.stereotype.Component;
import org.supplierportal.b2b.ShipNotices;
import org.supplierportal.tenant.B2bDocument;
import org.supplierportal.tenant.SftpLogin;

/**
 * One valid 856 applied as an ASN the supplier enters on the screen ({@link ShipNotices}), when the partner's channel
 * exchanges ship notices and the 856 is in a version the portal validates.
 */
@Component
class X12ShipNoticeIntake {

    private final ShipNotices shipNotices;

    X12ShipNoticeIntake(ShipNotices shipNotices) {
        this.shipNotices = shipNotices;
    }

    X12AcknowledgmentIntake.Applied apply(X12Transaction transaction, X12Interchange interchange, SftpLogin partner) {
        String set = "856 " + transaction.controlNumber() + " (shipment " + Asn856Mapping.shipmentId(transaction) + ")";
        if (!partner.settings().exchanges(B2bDocument.SHIP_NOTICES)) {
            return new X12AcknowledgmentIntake.Applied(false, set + " refused: " + partner.tenantName() + "'s channel does not"
                    + " exchange ship notices; an admin turns them on on the supplier page; nothing recorded", null, null);
        }
        if (X12Schemas.find(transaction.type(), interchange.groupVersion()).isEmpty()) {
            return new X12AcknowledgmentIntake.Applied(false, set + " refused: GS08 version " + interchange.groupVersion()
                    + " is not one the portal reads 856s in; send 004010 or 005010; nothing recorded", null, null);
        }
        ShipNotices.Outcome outcome = shipNotices.apply(Asn856Mapping.orderNumbers(transaction),
                lines -> Asn856Mapping.toDraft(transaction, lines));
        return new X12AcknowledgmentIntake.Applied(outcome.applied(), set + (outcome.applied() ? " applied: " : " refused: ")
                + outcome.summary(), outcome.orderId(), outcome.orderNumber());
    }
}
