package io.stormcenter.workbench.telemetry.kafka;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where and how to consume: the bootstrap servers, the topics, the consumer group (one per
 * deployment by default, so a restart resumes from the group's committed offsets), and further
 * client properties for the cluster's security (TLS, SASL). Those may hold passwords: they are
 * handed to the client and never printed.
 */
public record KafkaSettings(String bootstrap, List<KafkaTopic> topics, String groupId, Map<String, String> client) {

    public KafkaSettings {
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new IllegalArgumentException("Kafka needs bootstrap servers (host:port[,host:port...])");
        }
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("Kafka needs at least one topic (--topic T)");
        }
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("Kafka needs a consumer group id");
        }
        client = Collections.unmodifiableMap(new TreeMap<>(client == null ? Map.of() : client));
    }

    /** The default group: one per deployment, so two deployments never share offsets. */
    public static String defaultGroup(String deploymentId) {
        return "ksc-workbench-" + deploymentId;
    }
}
