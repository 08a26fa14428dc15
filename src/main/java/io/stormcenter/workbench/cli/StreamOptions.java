package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import io.stormcenter.workbench.honeycluster.TripwireIndex;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.telemetry.LiveSource;
import io.stormcenter.workbench.telemetry.cluster.EventsWatchSource;
import io.stormcenter.workbench.telemetry.cluster.PodLogSource;
import io.stormcenter.workbench.telemetry.cluster.RelevantEvents;
import io.stormcenter.workbench.telemetry.cluster.SensorContainer;
import io.stormcenter.workbench.telemetry.kafka.KafkaSettings;
import io.stormcenter.workbench.telemetry.kafka.KafkaSource;
import io.stormcenter.workbench.telemetry.kafka.KafkaTopic;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** What the streams need to know of the deployment: where, since when, and its namespace. */
    record Target(String deploymentId, String namespace, String context, String kubeconfig, Instant since) {
    }

    static Target target(Path model, AttackTree tree, long seed) {
        Optional<DeploymentRecord> record;
        try {
            record = DeploymentRecordFile.nextTo(model).load();
        } catch (RuntimeException damaged) {
            throw new CommandFailure(damaged.getMessage());
        }
        if (record.isPresent()) {
            DeploymentRecord r = record.get();
            return new Target(r.id(), r.namespace(), r.context(), r.kubeconfig(), r.deployedAt());
        }
        try {
            var plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(seed));
            return new Target(plan.deploymentId(), plan.namespace(), null, null, null);
        } catch (PlanRefusedException refused) {
            throw new CommandFailure(model + ": " + refused.getMessage());
        }
    }

    /** The live sources asked for; the cluster session, when one is opened, is added to {@code opened}. */
    List<LiveSource> sources(Target target, TripwireIndex index, List<AutoCloseable> opened) {
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
            RelevantEvents relevant = new RelevantEvents(target.namespace(), index);
            for (SensorContainer sensor : SensorContainer.defaults()) {
                sources.add(new PodLogSource(session.client(), contextName, sensor, relevant, target.since(),
                        session::reason));
            }
            sources.add(new EventsWatchSource(session.client(), contextName, target.namespace(), session::reason));
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
