package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import io.stormcenter.workbench.telemetry.CollectionTarget;
import io.stormcenter.workbench.telemetry.LiveSource;
import io.stormcenter.workbench.telemetry.cluster.ClusterStreams;
import io.stormcenter.workbench.telemetry.kafka.KafkaSettings;
import io.stormcenter.workbench.telemetry.kafka.KafkaSource;
import io.stormcenter.workbench.telemetry.kafka.KafkaTopic;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * The live sources of {@code collect} besides the receiver: the cluster itself (its sensors' logs and
 * the honey namespace's Events, through the kubeconfig) and Kafka topics of the KSC pipeline.
 */
final class StreamOptions {

    @Option(names = "--cluster",
            description = "Stream the sensors' logs (Tetragon, Falco, Kubescape) and the honey namespace's Events "
                    + "through the API server of the deployment's context.")
    boolean cluster;

    @Option(names = "--context", paramLabel = "C", description = "With --cluster: the context (default: the deployment's).")
    String context;

    @Option(names = "--kubeconfig", paramLabel = "F",
            description = "With --cluster: the kubeconfig (default: the deployment's, else KUBECONFIG or ~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP", description = "Kafka bootstrap servers (host:port[,host:port]).")
    String kafka;

    @Option(names = "--topic", paramLabel = "T",
            description = "A topic to consume (repeatable); T=SENSOR binds it to one sensor (audit, falco, tetragon, "
                    + "kubescape, k8s-event), else each event's sensor is told by its shape.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--group", paramLabel = "G", description = "The consumer group (default: ksc-workbench-DEPLOYMENT).")
    String group;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Further Kafka client properties (TLS, SASL) from a properties file; never printed.")
    Path kafkaConfig;

    boolean requested() {
        return cluster || kafka != null || !topics.isEmpty();
    }

    /** The live sources asked for; the cluster session, when one is opened, is added to {@code opened}. */
    List<LiveSource> sources(CollectionTarget target, List<AutoCloseable> opened) {
        List<LiveSource> sources = new ArrayList<>();
        if (cluster) {
            String contextName = context != null ? context : target.context();
            if (contextName == null) {
                throw new CommandFailure("--cluster needs --context: the model has no deployment to take it from");
            }
            KubeconfigLocation location = kubeconfig != null ? KubeconfigLocation.file(kubeconfig)
                    : target.kubeconfig() != null ? KubeconfigLocation.file(Path.of(target.kubeconfig()))
                    : KubeconfigLocation.defaults();
            ClusterSession session;
            try {
                session = ClusterOptions.open(location, contextName);
            } catch (ClusterException e) {
                throw new CommandFailure(e.getMessage());
            }
            opened.add(session);
            sources.addAll(ClusterStreams.of(session, contextName, target));
        }
        if (kafka != null) {
            if (topics.isEmpty()) {
                throw new CommandFailure("--kafka needs at least one --topic");
            }
            List<KafkaTopic> parsed = new ArrayList<>();
            for (String topic : topics) {
                try {
                    parsed.add(KafkaTopic.parse(topic));
                } catch (IllegalArgumentException e) {
                    throw new CommandFailure("--topic " + topic + ": " + e.getMessage());
                }
            }
            sources.add(new KafkaSource(new KafkaSettings(kafka, parsed,
                    group != null ? group : KafkaSettings.defaultGroup(target.deploymentId()), clientProperties()),
                    Clock.systemUTC()));
        } else if (!topics.isEmpty()) {
            throw new CommandFailure("--topic needs --kafka BOOTSTRAP");
        }
        return sources;
    }

    private Map<String, String> clientProperties() {
        Map<String, String> out = new TreeMap<>();
        if (kafkaConfig == null) {
            return out;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(kafkaConfig)) {
            properties.load(in);
        } catch (IOException e) {
            throw new CommandFailure("cannot read --kafka-config " + kafkaConfig + ": " + e.getMessage());
        }
        properties.stringPropertyNames().forEach(name -> out.put(name, properties.getProperty(name)));
        return out;
    }
}
