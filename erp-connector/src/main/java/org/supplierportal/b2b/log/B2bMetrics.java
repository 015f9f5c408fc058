package org.supplierportal.b2b.log;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counters of the B2B documents: {@code portal_b2b_documents_received_total} by type, and
 * {@code portal_b2b_documents_total} by direction, type and the state each reached (applied, refused, duplicate,
 * sent, acknowledged), so a dashboard shows refusals rising before a partner calls.
 */
@Component
class B2bMetrics {

    private final MeterRegistry registry;

    B2bMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void received(String type) {
        Counter.builder("portal.b2b.documents.received").description("B2B documents received, by type")
                .tag("type", type).register(registry).increment();
    }

    void state(String direction, String type, B2bMessageState state) {
        Counter.builder("portal.b2b.documents").description("B2B documents by direction, type and the state they reached")
                .tag("direction", direction).tag("type", type).tag("state", state.name().toLowerCase())
                .register(registry).increment();
    }
}
