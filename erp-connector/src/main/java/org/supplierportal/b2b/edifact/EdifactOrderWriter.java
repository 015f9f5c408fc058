package org.supplierportal.b2b.edifact;

import java.time.LocalDateTime;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.supplierportal.b2b.B2bProperties;
import org.supplierportal.b2b.OrderChange;
import org.supplierportal.b2b.log.ControlNumbers;
import org.supplierportal.b2b.outbound.EdiOrderWriter;
import org.supplierportal.b2b.outbound.Envelope;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.ChannelSettings;

/** Orders to partners on EDIFACT: ORDERS and ORDCHG in the partner's directory, each in an interchange of its own. */
@Component
class EdifactOrderWriter implements EdiOrderWriter {

    private final ControlNumbers controlNumbers;
    private final EdifactAnswers answers;
    private final B2bProperties properties;

    EdifactOrderWriter(ControlNumbers controlNumbers, EdifactAnswers answers, B2bProperties properties) {
        this.controlNumbers = controlNumbers;
        this.answers = answers;
        this.properties = properties;
    }

    @Override
    public boolean serves(ChannelSettings settings) {
        return settings.isEdifact();
    }

    @Override
    public String standard() {
        return EdifactInbound.STANDARD;
    }

    @Override
    public String partnerId(ChannelSettings settings) {
        return EdifactAnswers.partnerId(settings);
    }

    @Override
    public String documentType(boolean change) {
        return change ? "ORDCHG" : "ORDERS";
    }

    @Override
    public Set<OrderChange.HeaderField> changeCarries() {
        return OrdchgMapping.HEADER;
    }

    /** The interchange reference is kept as the group control too: a CONTRL answers it (EDIFACT has no groups here). */
    @Override
    public Envelope nextEnvelope(TenantId partner) {
        long reference = controlNumbers.next(partner, ControlNumbers.Kind.INTERCHANGE);
        return new Envelope(reference, reference, Long.toString(reference), Long.toString(reference));
    }

    @Override
    public String newOrder(OrderDocument order, int revision, ChannelSettings settings, Envelope envelope, LocalDateTime now) {
        return OrdersMapping.write(order, answers.ourSide(settings), envelope.interchangeControl(), settings.version(),
                test(), now);
    }

    @Override
    public String change(OrderChange change, int revision, ChannelSettings settings, Envelope envelope, LocalDateTime now) {
        return OrdchgMapping.write(change, revision, answers.ourSide(settings), envelope.interchangeControl(),
                settings.version(), test(), now);
    }

    private boolean test() {
        return !properties.edifact().production();
    }
}
