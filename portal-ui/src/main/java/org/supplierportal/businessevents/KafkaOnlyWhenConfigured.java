package org.supplierportal.businessevents;

import java.util.Set;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Leaves Boot's Kafka auto-configuration out unless {@code spring.kafka.bootstrap-servers} is set: Boot would
 * otherwise make a producer factory and template aimed at localhost:9092. So the embedded start has no Kafka at all. A filter rather than {@code spring.autoconfigure.exclude},
 * which a test or an installation may set for its own reasons and would replace.
 */
public class KafkaOnlyWhenConfigured implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";

    private static final Set<String> KAFKA_AUTO_CONFIGURATIONS = Set.of(
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.metrics.KafkaMetricsAutoConfiguration");

    private boolean kafkaConfigured;

    @Override
    public void setEnvironment(Environment environment) {
        kafkaConfigured = StringUtils.hasText(environment.getProperty(BOOTSTRAP_SERVERS));
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int index = 0; index < matches.length; index++) {
            // An earlier filter leaves null where it already ruled a class out.
            String candidate = autoConfigurationClasses[index];
            matches[index] = kafkaConfigured || candidate == null || !KAFKA_AUTO_CONFIGURATIONS.contains(candidate);
        }
        return matches;
    }
}
