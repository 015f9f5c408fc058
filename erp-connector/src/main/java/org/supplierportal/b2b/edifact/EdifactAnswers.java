package org.supplierportal.b2b.edifact;

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
 * CONTRLs both ways: the one the portal sends for every interchange it reads (with the partner's next interchange
 * reference, logged and dropped in its out folder), and the partner's CONTRL for our ORDERS, which marks them
 * acknowledged or refused in the log.
 */
@Component
class EdifactAnswers {

    private final MessageLog messageLog;
    private final ControlNumbers controlNumbers;
    private final OutboundDrop drop;
    private final B2bProperties properties;
    private final Clock clock;

    EdifactAnswers(MessageLog messageLog, ControlNumbers controlNumbers, OutboundDrop drop, B2bProperties properties,
                   Clock clock) {
        this.messageLog = messageLog;
        this.controlNumbers = controlNumbers;
        this.drop = drop;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Writes, logs and delivers the CONTRL for an interchange; links it to the inbound entry when there is one.
     *
     * @param interchangeError a syntax error code refusing the whole interchange (e.g. 26 duplicate), or null
     */
    void sendContrl(SftpLogin partner, EdifactInterchange interchange, UUID inbound, Integer interchangeError) {
        String reference = Long.toString(controlNumbers.next(partner.tenantId(), ControlNumbers.Kind.INTERCHANGE));
        String edi = ContrlMapping.write(interchange, ourSide(partner.settings()), reference,
                EdifactInbound.supported(partner.settings()),
                interchangeError, !properties.edifact().production(), LocalDateTime.now(clock));
        String fileName = "CONTRL-" + reference + ".edi";
        UUID sent = messageLog.record(new B2bDocument(partner.tenantId(), B2bDocument.OUT, EdifactInbound.STANDARD,
                "CONTRL", partnerId(partner.settings()), reference, reference, fileName, edi), B2bMessageState.SENT,
                "Syntax acknowledgment (CONTRL) of interchange " + interchange.controlReference(), null, null);
        if (inbound != null) {
            messageLog.link(inbound, sent);
        }
        drop.deliver(partner.tenantKey(), fileName, edi);
    }

    /** A partner's CONTRL: UCI 0020 names the interchange of ours it answers, UCI 0083 whether it was accepted. */
    String takeContrl(String partnerId, EdifactMessage contrl, UUID inbound) {
        EdifactSegment uci = contrl.first("UCI").orElseThrow();
        String ours = uci.element(1);
        String action = uci.element(4);
        if (!action.equals(ContrlMapping.ACCEPTED) && !action.equals(ContrlMapping.REJECTED)) {
            return "CONTRL for our interchange " + ours + ": received (action " + action + "), nothing to mark";
        }
        boolean accepted = action.equals(ContrlMapping.ACCEPTED);
        int marked = messageLog.acknowledgeOutbound(partnerId, ours, accepted, inbound);
        return "CONTRL for our interchange " + ours + ": " + (accepted ? "accepted" : "rejected") + " (" + marked
                + " document" + (marked == 1 ? "" : "s") + " marked)";
    }

    EdifactParties ourSide(ChannelSettings partner) {
        return new EdifactParties(properties.edifact().unbQualifier(), properties.edifact().unbId(),
                partner.isaQualifier(), partner.isaId());
    }

    /** The partner as the message log names it: its UNB code qualifier and identification, e.g. 14:8712199999999. */
    static String partnerId(ChannelSettings settings) {
        return settings.isaQualifier() + ":" + settings.isaId();
    }
}
