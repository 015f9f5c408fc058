package org.supplierportal.businessevents;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends each business event to Kafka after its change committed, in the order the changes committed.
 *
 * <p>Why not Spring Modulith's own Kafka externalizer: it hands every event to its own asynchronous task, so two
 * events of one supplier can overtake each other (spring-modulith#415; {@code BusinessEventsToKafkaIT} saw a line's
 * commitment arrive before its order). Here the listener runs on the committing thread and hands the event to one
 * sender thread, first in, first out; that thread calls the producer in the same order, and Kafka keeps the order
 * of one key's records. The listener is still one of the event publication registry's: its publication completes
 * when the broker acknowledged the record (the returned future), and stays incomplete when sending failed, for the
 * cluster's housekeeping to resubmit (delivery is at least once; a resubmitted event may come after later ones).
 * The selection, envelope and topic are Modulith's {@link EventExternalizationConfiguration}.
 */
public class BusinessEventSender implements DisposableBean {

    private final EventExternalizationConfiguration configuration;
    private final KafkaOperations<String, String> kafka;
    private final JsonMapper json;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> new Thread(task, "business-events"));

    BusinessEventSender(EventExternalizationConfiguration configuration, KafkaOperations<String, String> kafka,
                        JsonMapper json) {
        this.configuration = configuration;
        this.kafka = kafka;
        this.json = json;
    }

    /**
     * @return completes when the broker acknowledged the record; on the sender thread, not on the producer's network
     *         thread, as the registry writes the publication's completion to the database then
     */
    @TransactionalEventListener(condition = "@businessEventsExternalization.supports(#root.args[0])")
    public CompletableFuture<Void> send(Object event) {
        return CompletableFuture.supplyAsync(() -> record(event), sender)
                .thenCompose(kafka::send)
                .thenApplyAsync(sent -> null, sender);
    }

    private ProducerRecord<String, String> record(Object event) {
        RoutingTarget target = configuration.determineTarget(event);
        return new ProducerRecord<>(target.getTarget(), target.getKey(), json.writeValueAsString(configuration.map(event)));
    }

    @Override
    public void destroy() {
        sender.shutdown();
    }
}
