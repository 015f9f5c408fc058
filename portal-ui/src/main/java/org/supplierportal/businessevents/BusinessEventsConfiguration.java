package org.supplierportal.businessevents;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.json.JsonMapper;

/**
 * Business events out to Kafka, when a broker is configured: which domain events go out, as which envelope, to which
 * topic and key (Spring Modulith's {@link EventExternalizationConfiguration}), and the sender that puts them on the
 * topic in commit order ({@link BusinessEventSender}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.kafka.bootstrap-servers")
class BusinessEventsConfiguration {

    @Bean
    BusinessEventSender businessEventSender(EventExternalizationConfiguration businessEventsExternalization,
                                            KafkaOperations<String, String> kafka, JsonMapper json) {
        return new BusinessEventSender(businessEventsExternalization, kafka, json);
    }

    /**
     * @param envelopes looked up at the first event: Modulith asks for an externalization configuration while Spring is
     *                  still setting up its post-processors, too early to create the tenant service behind the envelopes
     */
    @Bean
    EventExternalizationConfiguration businessEventsExternalization(ObjectProvider<BusinessEventEnvelopes> envelopes,
            @Value("${portal.business-events.topic:supplier-portal.business-events}") String topic) {
        return EventExternalizationConfiguration.externalizing()
                .select(BusinessEventCatalogue::isExternal)
                .mapping(event -> envelopes.getObject().envelope(event))
                .routeAll(event -> RoutingTarget.forTarget(topic).andKey(envelopes.getObject().supplierKey(event)))
                .build();
    }
}
