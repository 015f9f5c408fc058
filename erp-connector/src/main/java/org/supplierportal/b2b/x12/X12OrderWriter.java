package org.supplierportal.b2b.x12;

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

/** Orders to partners on X12: the 850 and the 860 in the partner's version, each in an interchange and group of its own. */
@Component
class X12OrderWriter implements EdiOrderWriter {

    private final ControlNumbers controlNumbers;
    private final X12Answers answers;
    private final B2bProperties properties;

    X12OrderWriter(ControlNumbers controlNumbers, X12Answers answers, B2bProperties properties) {
        this.controlNumbers = controlNumbers;
        this.answers = answers;
        this.properties = properties;
    }

    @Override
    public boolean serves(ChannelSettings settings) {
        return settings.isX12();
    }

    @Override
    public String standard() {
        return "X12";
    }

    @Override
    public String partnerId(ChannelSettings settings) {
        return X12Answers.partnerId(settings);
    }

    @Override
    public String documentType(boolean change) {
        return change ? "860" : "850";
    }

    @Override
    public Set<OrderChange.HeaderField> changeCarries() {
        return PoChange860Mapping.HEADER;
    }

    @Override
    public Envelope nextEnvelope(TenantId partner) {
        long isa = controlNumbers.next(partner, ControlNumbers.Kind.INTERCHANGE);
        long gs = controlNumbers.next(partner, ControlNumbers.Kind.GROUP);
        return new Envelope(isa, gs, X12Writer.isaControl(isa), Long.toString(gs));
    }

    @Override
    public String newOrder(OrderDocument order, int revision, ChannelSettings settings, Envelope envelope, LocalDateTime now) {
        return Po850Mapping.write(order, answers.ourSide(settings), settings.version(), envelope.interchange(),
                envelope.group(), test(), now);
    }

    @Override
    public String change(OrderChange change, int revision, ChannelSettings settings, Envelope envelope, LocalDateTime now) {
        return PoChange860Mapping.write(change, revision, answers.ourSide(settings), settings.version(),
                envelope.interchange(), envelope.group(), test(), now);
    }

    private boolean test() {
        return !properties.x12().production();
    }
}
