package org.supplierportal.b2b;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.SftpLogin;

/**
 * Where every transport hands a partner's file: to the intake of the partner's channel (its settings, never the
 * file's content, decide). A partner on a channel no intake serves (portal only, cXML, whose documents come over
 * HTTPS) goes to the X12 intake, which refuses what is not X12 in the message log, as before there were two.
 */
@Component
class InboundRouter implements InboundDocuments {

    private final Map<B2bChannel, ChannelInbound> intakes = new EnumMap<>(B2bChannel.class);

    InboundRouter(List<ChannelInbound> intakes) {
        intakes.forEach(intake -> this.intakes.put(intake.channel(), intake));
        if (!this.intakes.containsKey(B2bChannel.X12)) {
            throw new IllegalStateException("no intake for X12 documents");
        }
    }

    @Override
    public InboundOutcome receive(SftpLogin partner, String fileName, byte[] content) {
        ChannelInbound intake = intakes.getOrDefault(partner.settings().channel(), intakes.get(B2bChannel.X12));
        return intake.receive(partner, fileName, content);
    }
}
