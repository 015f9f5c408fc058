package org.supplierportal.businessevents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.web.client.RestClient;
import org.supplierportal.testsupport.PortalIntegrationTest;

/**
 * Without {@code spring.kafka.bootstrap-servers} (the embedded start, and every other test) the portal has no Kafka
 * at all: no producer that could try a broker, no externalizer that would leave publications incomplete. The event
 * catalogue is served all the same, without a login.
 */
@PortalIntegrationTest
class BusinessEventsOffIT {

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void withoutBootstrapServersThePortalHasNoKafka() {
        assertThat(context.getBeanNamesForType(KafkaOperations.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ProducerFactory.class)).isEmpty();
        assertThat(context.getBeanNamesForType(BusinessEventSender.class)).isEmpty(); // the envelopes stay: webhooks use them
        assertThat(context.getBeanNamesForType(DelegatingEventExternalizer.class)).isEmpty();
    }

    @Test
    void theEventCatalogueIsServedWithoutLogin() {
        ResponseEntity<String> response = RestClient.create("http://localhost:" + port).get().uri("/asyncapi.yaml")
                .retrieve().toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString("application/yaml");
        assertThat(response.getBody()).contains("asyncapi: 3.0.0").contains("name: order.received");
    }
}
