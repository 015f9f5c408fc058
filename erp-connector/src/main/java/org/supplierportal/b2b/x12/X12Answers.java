package org.supplierportal.b2b.x12;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.supplierportal.b2b.B2bProperties;
import org.supplierportal.b2b.OutboundDrop;
import org.supplierportal.b2b.log.B2bDocument;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.ControlNumbers;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.SftpLogin;

/**
 * Functional acknowledgments both ways: the 997 (004010) or 999 (005010, by the partner's channel version) the portal
 * sends for every interchange it reads (with the partner's own control numbers, logged and dropped in its out folder),
 * and the partner's 997 or 999 for our 850s, which marks them
 * acknowledged or refused in the log.
 */
@Component
class X12Answers {

    private final MessageLog messageLog;
    private final ControlNumbers controlNumbers;
    private final OutboundDrop drop;
    private final B2bProperties properties;
    private final Clock clock;

    X12Answers(MessageLog messageLog, ControlNumbers controlNumbers, OutboundDrop drop, B2bProperties properties, Clock clock) {
        this.messageLog = messageLog;
        this.controlNumbers = controlNumbers;
        this.drop = drop;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Writes, logs and delivers the functional acknowledgment for an interchange (997, or 999 for a partner on 005010);
     * links it to the inbound entry when there is one.
     */
    void sendAcknowledgment(SftpLogin partner, X12Interchange interchange, UUID inbound) {
        long isa = controlNumbers.next(partner.tenantId(), ControlNumbers.Kind.INTERCHANGE);
        long gs = controlNumbers.next(partner.tenantId(), ControlNumbers.Kind.GROUP);
        FunctionalAckMapping.Kind kind = FunctionalAckMapping.Kind.forVersion(partner.settings().version());
        String edi = FunctionalAckMapping.write(kind, interchange, ourSide(partner.settings()), isa, gs, X12Inbound.SUPPORTED,
                !properties.x12().production(), LocalDateTime.now(clock));
        String fileName = kind.type + "-" + X12Writer.isaControl(isa) + ".edi";
        UUID sent = messageLog.record(new B2bDocument(partner.tenantId(), B2bDocument.OUT, "X12", kind.type,
                partnerId(partner.settings()),
                X12Writer.isaControl(isa), Long.toString(gs), fileName, edi), B2bMessageState.SENT,
                "Functional acknowledgment of interchange " + interchange.controlNumber(), null, null);
        if (inbound != null) {
            messageLog.link(inbound, sent);
        }
        drop.deliver(partner.tenantKey(), fileName, edi);
    }

    /** A partner's 997 or 999: AK1-02 names the group of ours it answers, AK9-01 whether it was accepted. */
    String takeAcknowledgment(String partnerId, X12Transaction transaction, UUID inbound) {
        String group = transaction.first("AK1").map(ak1 -> ak1.element(2)).orElse("");
        boolean accepted = transaction.first("AK9").map(ak9 -> ak9.element(1)).map(code -> code.equals("A") || code.equals("E"))
                .orElse(false);
        int marked = messageLog.acknowledgeOutbound(partnerId, group, accepted, inbound);
        return transaction.type() + " for our group " + group + ": " + (accepted ? "accepted" : "rejected") + " (" + marked + " document"
                + (marked == 1 ? "" : "s") + " marked)";
    }

    X12Parties ourSide(ChannelSettings partner) {
        return new X12Parties(properties.x12().isaQualifier(), properties.x12().isaId(), properties.x12().gsCode(),
                partner.isaQualifier(), partner.isaId(), partner.gsCode());
    }

    static String partnerId(ChannelSettings settings) {
        return settings.isaQualifier() + ":" + settings.isaId();
    }
}
