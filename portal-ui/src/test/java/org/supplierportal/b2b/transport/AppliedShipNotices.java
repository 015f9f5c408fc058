package org.supplierportal.b2b.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.B2bMessageView;
import org.supplierportal.shipment.AsnPackage;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;

/** What an inbound ship notice became once applied, read as its supplier reads it. */
final class AppliedShipNotices {

    private AppliedShipNotices() {
    }

    /** The ASN the message log names for the applied ship notice; fails when it was not applied. */
    static AsnView asn(B2bMessageView received, TenantSummary supplier, Actors actors, AsnQueries asns) {
        assertThat(received.state()).as(received.detail()).isEqualTo(B2bMessageState.APPLIED);
        Matcher asnNumber = Pattern.compile("ASN (ASN[0-9]+)").matcher(received.detail());
        assertThat(asnNumber.find()).as(received.detail()).isTrue();
        return actors.as(actors.supplierUser(supplier.key()), () -> asns.findByNumber(asnNumber.group(1))).orElseThrow();
    }

    /** Each package of the ASN as "SSCC [ASN line:quantity, ...]". */
    static List<String> packages(AsnView asn) {
        return asn.packages().stream().map(AppliedShipNotices::describe).toList();
    }

    private static String describe(AsnPackage pack) {
        return pack.sscc() + " " + pack.contents().stream()
                .map(content -> content.line() + ":" + content.quantity().stripTrailingZeros().toPlainString()).toList();
    }
}
